package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.testtiles.DemoDataset;
import org.forestcoverage.testtiles.ExpectedCounts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo end to end: the job's city rows equal the generator's truth for every year, composite year included. */
@Tag("spark")
class DemoCommandTest {
    @TempDir
    Path dir;

    /** local[2] hands tiles out from a shared queue; local[2,2] (task retries allowed) gives each task a batch. */
    @ParameterizedTest
    @ValueSource(strings = {"local[2]", "local[2,2]"})
    void demoCityRowsEqualTheGeneratorsTruthAndTheTrajectoryIsWritten(String master) throws Exception {
        org.forestcoverage.testtiles.DemoTruth truth = DemoDataset.write(dir.resolve("input"));
        int rc = SharedSpark.cli().execute("demo", "--dir", dir.toString(), "--master", master,
                "--trajectory", Path.of("../config/beijing-trajectory.csv").toString());
        assertEquals(0, rc);
        List<String> lines = Files.readAllLines(dir.resolve("result/coverage.csv"));
        int cityRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String district = f[1];
            ExpectedCounts e = district.equals("ALL") ? truth.year(Integer.parseInt(f[0])).city()
                    : truth.year(Integer.parseInt(f[0])).districts().stream()
                            .filter(d -> d.districtId().equals(district)).findFirst().orElseThrow();
            assertEquals(e.forestPx(), Long.parseLong(f[3]), line);
            assertEquals(e.observedPx(), Long.parseLong(f[4]), line);
            assertEquals(e.unobservedPx(), Long.parseLong(f[5]), line);
            cityRows += district.equals("ALL") ? 1 : 0;
        }
        assertEquals(6, cityRows);
        for (int year = 2020; year <= 2025; year++) {
            for (String kind : List.of("forest", "ndvi", "count")) {
                assertTrue(Files.isRegularFile(dir.resolve("result/" + kind + "_" + year + ".tif")), kind + "_" + year);
            }
        }
        assertTrue(Files.notExists(dir.resolve("result/tiles")), "map tile folder left behind");
        List<String> trajectory = Files.readAllLines(dir.resolve("result/trajectory.csv"));
        assertEquals(7, trajectory.size());
        assertTrue(trajectory.get(1).startsWith("2020,44.4"), trajectory.get(1));
    }
}
