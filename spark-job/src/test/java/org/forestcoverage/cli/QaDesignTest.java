package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.qa.PanelWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forest qa} with the strata as drawn (a design file), a panel of plots re-measured in two years, and plots in
 * clusters, on the known-answer map of {@link QaFixture} (forest columns 0-39, non-forest 40-99).
 */
class QaDesignTest {
    @TempDir
    Path dir;

    /** The hand-computed panel of PanelEstimatorTest: strata A (3 km2) and B (7 km2) as drawn, six plots each. */
    private static final int[] Y2020 = {1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
    private static final int[] Y2021 = {1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0};

    private Path run() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        QaFixture.forestMap(run.resolve("forest_2020.tif"));
        QaFixture.forestMap(run.resolve("forest_2021.tif"));
        return run;
    }

    private Path designAndPanel() throws Exception {
        Files.writeString(dir.resolve("design.json"), """
            {"seed": 1, "strata": [{"stratum": "A", "map_class": "forest", "pixels": 3333, "area_m2": 3000000,
              "sample_size": 6}, {"stratum": "B", "map_class": "non-forest", "pixels": 7777, "area_m2": 7000000,
              "sample_size": 6}]}
            """);
        StringBuilder csv = new StringBuilder("id,x,y,label,year,stratum\n");
        for (int u = 0; u < 12; u++) {
            // A's plots on mapped forest (columns 5, 8, ...), B's on mapped non-forest (50, 53, ...), 3 pixels apart
            int col = u < 6 ? 5 + 3 * u : 50 + 3 * (u - 6);
            for (int y = 0; y < 2; y++) {
                int label = (y == 0 ? Y2020 : Y2021)[u];
                csv.append(String.format(Locale.ROOT, "P%02d,%s,%s,%s,%d,%s%n", u, QaFixture.x(col), QaFixture.y(40),
                        label == 1 ? "forest" : "non-forest", 2020 + y, u < 6 ? "A" : "B"));
            }
        }
        Path plots = dir.resolve("panel.csv");
        Files.writeString(plots, csv);
        return plots;
    }

    private static String[] row(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + prefix + " in " + lines)).split(",");
    }

    @Test
    void aPanelWithItsDesignGivesTheHandComputedChange() throws Exception {
        Path plots = designAndPanel();
        String[] r = QaFixture.run("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650", "--run",
                run().toString(), "--design", dir.resolve("design.json").toString(), "--out", dir.resolve("q").toString());
        assertEquals("0", r[0], r[1]);
        List<String> change = Files.readAllLines(dir.resolve("q/change.csv"));
        assertEquals(PanelWriter.CHANGE_HEADER, change.get(0));
        // PanelEstimatorTest: change 0.3 (-1/6) + 0.7 (1/6) = 6.6667 pp, SE sqrt(0.58 / 36) = 12.6930 pp,
        // 1.96 * 12.692955 = 24.8782; independent years: sqrt(0.0161111 + 0.0257778) = 0.2046677, 20.4668 pp
        String[] all = row(change, "2020,2021,ALL,");
        assertEquals("12", all[3]);
        assertEquals("6.6667", all[5]);
        assertEquals("12.6930", all[6]);
        assertEquals("24.8782", all[7]);
        assertEquals("no", all[10]);
        assertEquals("20.4668", all[13]);
        List<String> panel = Files.readAllLines(dir.resolve("q/panel.csv"));
        assertEquals("36.6667", row(panel, "2020,ALL,")[4]);
        assertEquals("43.3333", row(panel, "2021,ALL,")[4]);
        // each year's accuracy with the drawn strata: 2020 map = forest for A, non-forest for B, so correct = 5 of 6
        // in both strata: OA = 5/6 with SE sqrt(0.58 / 36) = 0.126930; the adjusted coverage is the reference share
        JsonNode q = new ObjectMapper().readTree(dir.resolve("q/qa.json").toFile());
        JsonNode city = q.path("years").get(0).path("areas").get(0);
        assertEquals(0.833333, city.path("overall_accuracy").path("value").asDouble(), 1e-6);
        assertEquals(0.126930, city.path("overall_accuracy").path("se").asDouble(), 1e-6);
        assertEquals(36.6667, city.path("forest_coverage").path("adjusted_pct").asDouble(), 1e-4);
        assertTrue(q.path("weighting").asText().startsWith("strata as drawn (2 strata"), q.path("weighting").asText());
        assertEquals(12, q.path("panel").path("plots").asInt());
        // 2021: plot 3 lost its forest, plot 8 gained: 2021's map has them wrong; OA = 0.3 * 4/6 + 0.7 * 4/6 = 2/3
        JsonNode city2021 = q.path("years").get(1).path("areas").get(0);
        assertEquals(0.666667, city2021.path("overall_accuracy").path("value").asDouble(), 1e-6);
    }

    @Test
    void aPlotWhoseStratumTheDesignLacksNamesItsLine() throws Exception {
        Path plots = designAndPanel();
        Files.writeString(plots, String.join("\n", Files.readAllLines(plots).stream()
                .map(l -> l.startsWith("P00,") ? l.replace(",A", ",C") : l).toList()) + "\n");
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                "--run", run().toString(), "--design", dir.resolve("design.json").toString(), "--out",
                dir.resolve("q").toString()), dir, "q", "panel.csv line 2", "stratum 'C' is not one of [A, B]");
    }

    /**
     * Four forest and four non-forest 3 x 3 blocks of plots (every pixel of eight polygons); per block all plots are
     * right or all wrong: forest blocks right, right, wrong, right; non-forest blocks the same. OA = 0.75 either way.
     * As independent plots: s^2 = 36/35 * 0.1875 per stratum, V = (W_F^2 + W_N^2) * s^2 / 36 with W = 3900 / 9800,
     * 5900 / 9800: 0.520825 * 0.00535714 = 0.00279013, SE 0.0528217. With the blocks as clusters: cluster totals of
     * y - 0.75 are 2.25, 2.25, -6.75, 2.25 (mean 0): 4/3 * 60.75 = 81 per stratum, times (N_h / 36)^2, over
     * (N_F + N_N)^2: V = 81 / 1296 * 0.520825 = 0.0325516, SE 0.180420.
     */
    @Test
    void plotsInClustersGetAClusterVarianceAndCrowdedPlotsAWarning() throws Exception {
        StringBuilder plain = new StringBuilder("id,x,y,label,year\n");
        StringBuilder clustered = new StringBuilder("id,x,y,label,year,cluster\n");
        boolean[] right = {true, true, false, true};
        for (int b = 0; b < 8; b++) {
            boolean forestBlock = b < 4;
            int col0 = forestBlock ? 2 + 8 * b : 50 + 8 * (b - 4);
            boolean forestLabel = forestBlock == right[b % 4];
            for (int k = 0; k < 9; k++) {
                String line = String.format(Locale.ROOT, "B%d_%d,%s,%s,%s,2020", b, k, QaFixture.x(col0 + k % 3),
                        QaFixture.y(30 + k / 3), forestLabel ? "forest" : "non-forest");
                plain.append(line).append('\n');
                clustered.append(line).append(",block").append(b).append('\n');
            }
        }
        Path map = QaFixture.forestMap(dir.resolve("forest_2020.tif"));
        Files.writeString(dir.resolve("plain.csv"), plain);
        Files.writeString(dir.resolve("clustered.csv"), clustered);
        String[] r = QaFixture.run("qa", "--plots", dir.resolve("plain.csv").toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", map.toString(), "--out", dir.resolve("plain").toString());
        assertEquals("0", r[0], r[1]);
        assertTrue(r[1].contains("72 of the 72 plots used in 2020 lie on or next to another plot's pixel"), r[1]);
        JsonNode p = new ObjectMapper().readTree(dir.resolve("plain/qa.json").toFile());
        JsonNode oa = p.path("years").get(0).path("areas").get(0).path("overall_accuracy");
        assertEquals(0.75, oa.path("value").asDouble(), 1e-12);
        assertEquals(0.0528217, oa.path("se").asDouble(), 1e-7);
        assertEquals(1, p.path("warnings").size());

        r = QaFixture.run("qa", "--plots", dir.resolve("clustered.csv").toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", map.toString(), "--out", dir.resolve("clustered").toString());
        assertEquals("0", r[0], r[1]);
        assertFalse(r[1].contains("warning"), r[1]);
        JsonNode c = new ObjectMapper().readTree(dir.resolve("clustered/qa.json").toFile());
        JsonNode coa = c.path("years").get(0).path("areas").get(0).path("overall_accuracy");
        assertEquals(0.75, coa.path("value").asDouble(), 1e-12);
        assertEquals(0.180420, coa.path("se").asDouble(), 1e-6);
        assertTrue(c.path("weighting").asText().contains("cluster-aware"), c.path("weighting").asText());
    }
}
