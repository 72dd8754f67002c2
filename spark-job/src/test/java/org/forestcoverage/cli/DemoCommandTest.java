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
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            rc = SharedSpark.cli().execute("demo", "--dir", dir.toString(), "--master", master,
                    "--trajectory", Path.of("../config/beijing-trajectory.csv").toString());
        } finally {
            System.setOut(stdout);
        }
        String out = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        stdout.print(out);
        assertEquals(0, rc);
        // issue 14: two definitions side by side, the panel's QA and the trajectory judged with its intervals
        assertTrue(out.contains("Two definitions side by side"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("2025 +city +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+")), out);
        assertTrue(out.contains("$ forest qa --plots"), out);
        assertTrue(out.contains("not distinguishable from the line at 95 %") || out.contains("above the line")
                || out.contains("below the line"), out);
        assertTrue(Files.isRegularFile(dir.resolve("qa/change.csv")), "the panel's change.csv");
        List<String> fao = Files.readAllLines(dir.resolve("result-fao/coverage.csv"));
        int filledPct = List.of(fao.get(0).split(",")).indexOf("filled_pct");
        assertTrue(fao.stream().skip(1).anyMatch(l -> Double.parseDouble(l.split(",")[filledPct]) > 0),
                "the fao run fills the cloudy years");
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
