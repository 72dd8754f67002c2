package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MasterChoiceTest {
    @Test
    void optionThenSparkSubmitsMasterThenEmbedded() {
        assertEquals("local[2]", AnalyzeCommand.resolveMaster("local[2]", "yarn"));
        assertEquals("yarn", AnalyzeCommand.resolveMaster(null, "yarn"));
        assertEquals("spark://10.0.0.1:7077", AnalyzeCommand.resolveMaster("", "spark://10.0.0.1:7077"));
        assertEquals("local[*]", AnalyzeCommand.resolveMaster(null, null));
    }

    @Test
    void embeddedMastersRunTasksInThisJvm() {
        for (String m : new String[] {"local", "local[2]", "local[*]", "local[2,3]"}) {
            assertEquals(true, org.forestcoverage.spark.SparkAnalysis.inThisJvm(m), m);
        }
        for (String m : new String[] {"local-cluster[2,1,1024]", "spark://127.0.0.1:7077", "yarn"}) {
            assertEquals(false, org.forestcoverage.spark.SparkAnalysis.inThisJvm(m), m);
        }
    }
}
