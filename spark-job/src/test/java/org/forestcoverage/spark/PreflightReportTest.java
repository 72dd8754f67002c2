package org.forestcoverage.spark;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkConf;
import org.forestcoverage.spark.Preflight.ExecutorGdal;
import org.forestcoverage.spark.Preflight.Report;
import org.junit.jupiter.api.Test;

/** The preflight's lines, summary and failure message from literal executor reports. */
@Tag("unit")
class PreflightReportTest {
    static ExecutorGdal ok(String host, String id) {
        return new ExecutorGdal(host, host, id, "3.6.2", 225, "3.6.0", null);
    }

    static ExecutorGdal missing(String host, String id) {
        return new ExecutorGdal(host, host, id, null, 0, null, "GdalUnavailableException: cannot load libgdalalljni.so");
    }

    @Test
    void oneLinePerHostListingItsExecutors() {
        Report r = new Report(List.of(ok("node-1", "0"), ok("node-1", "2"), ok("node-2", "1")), 3);
        assertEquals(List.of("node-1: executors 0, 2: GDAL 3.6.2, 225 drivers, org.gdal jar 3.6.0",
                "node-2: executor 1: GDAL 3.6.2, 225 drivers, org.gdal jar 3.6.0"), r.lines());
        assertEquals("GDAL 3.6.2 on 3 executor(s), 2 host(s)", r.summary());
        r.check();
    }

    @Test
    void failureNamesEveryHostWithoutGdalAndTheFix() {
        Report r = new Report(List.of(ok("node-1", "0"), missing("node-2", "1"), missing("node-3", "2"), missing("node-3", "4")), 4);
        ExecutorSetupException e = assertThrows(ExecutorSetupException.class, r::check);
        assertEquals("GDAL is missing on executor host node-2 (executor 1), node-3 (executor 2, 4): GdalUnavailableException:"
                + " cannot load libgdalalljni.so -- install libgdal32 on that host and give executors libgdalalljni.so built"
                + " by scripts/setup.sh (spark.executor.extraLibraryPath and spark.executorEnv.LD_LIBRARY_PATH; README,"
                + " section Cluster)", e.getMessage());
        assertTrue(r.lines().contains("node-3: executors 2, 4: GDAL MISSING: GdalUnavailableException: cannot load libgdalalljni.so"),
                r.lines().toString());
    }

    @Test
    void summarySaysWhenSomeRegisteredExecutorsRanNoProbe() {
        assertEquals("GDAL 3.6.2 on 1 executor(s), 1 host(s) (2 registered; the others ran no probe)",
                new Report(List.of(ok("n", "0")), 2).summary());
    }

    @Test
    void expectedExecutorsFromInstancesOrStandaloneCores() {
        assertEquals(4, Preflight.expectedExecutors(new SparkConf(false).set("spark.executor.instances", "4")));
        assertEquals(3, Preflight.expectedExecutors(new SparkConf(false).setMaster("spark://h:7077")
                .set("spark.cores.max", "6").set("spark.executor.cores", "2")));
        assertEquals(0, Preflight.expectedExecutors(new SparkConf(false).setMaster("spark://h:7077").set("spark.cores.max", "6")));
        assertEquals(0, Preflight.expectedExecutors(new SparkConf(false).setMaster("yarn")));
    }
}
