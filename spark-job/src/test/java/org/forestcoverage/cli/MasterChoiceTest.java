package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

@Tag("unit")
class MasterChoiceTest {
    @Test
    void optionThenSparkSubmitsMasterThenEmbedded() {
        assertEquals("local[2]", AnalyzeCommand.resolveMaster("local[2]", "yarn"));
        assertEquals("yarn", AnalyzeCommand.resolveMaster(null, "yarn"));
        assertEquals("spark://10.0.0.1:7077", AnalyzeCommand.resolveMaster("", "spark://10.0.0.1:7077"));
        assertEquals("local[*]", AnalyzeCommand.resolveMaster(null, null));
    }
}
