package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.definition.CalibrationFile;
import org.forestcoverage.testtiles.CalibrationScene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forest calibrate} on a stratified sample drawn by {@code forest sample} from a scene whose truth is known at
 * every pixel ({@link CalibrationScene}): the design-weighted overall accuracy's 95 % interval covers the census value,
 * the unweighted one does not (150 plots in each stratum over-weight the small, poor forest stratum).
 */
class CalibrateDesignTest {
    @TempDir
    static Path dir;
    static CalibrationScene scene;
    static Path ndvi;
    static Path filled;

    @BeforeAll
    static void sampleAndLabel() throws Exception {
        scene = CalibrationScene.build();
        ndvi = scene.writeNdvi(dir.resolve("ndvi_2020.tif"));
        Path map = scene.writeForestMap(dir.resolve("forest_2020.tif"), 0.5);
        String[] r = QaFixture.run("sample", "--forest-map", map.toString(), "--per-stratum", "150", "--seed", "11",
                "--out", dir.resolve("s").toString());
        assertEquals("0", r[0], r[1]);
        // the field team: each plot's label is the truth of its pixel
        List<String> lines = Files.readAllLines(dir.resolve("s/plots.csv"));
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int col = (int) Math.floor((Double.parseDouble(f[1]) - 400000) / 30);
            int row = (int) Math.floor((4500000 - Double.parseDouble(f[2])) / 30);
            sb.append(line).append(scene.forest(col, row) ? "forest" : "non-forest").append('\n');
        }
        filled = dir.resolve("plots_labelled.csv");
        Files.writeString(filled, sb);
    }

    /** Census overall accuracy of NDVI >= t against the truth, counted over every pixel. */
    private static double censusOverall(double t) {
        long right = 0;
        for (int row = 0; row < CalibrationScene.SIZE; row++) {
            for (int col = 0; col < CalibrationScene.SIZE; col++) {
                if ((scene.ndvi(col, row) >= t) == scene.forest(col, row)) {
                    right++;
                }
            }
        }
        return (double) right / (CalibrationScene.SIZE * CalibrationScene.SIZE);
    }

    private static String[] row(Path csv, String threshold) throws Exception {
        return Files.readAllLines(csv).stream().filter(l -> l.startsWith(threshold + ",")).findFirst()
                .orElseThrow().split(",");
    }

    private static boolean covers(String[] row, double census) {
        double oa = Double.parseDouble(row[6]);
        double half = Double.parseDouble(row[7]);
        return Math.abs(oa - census) <= half;
    }

    @Test
    void designWeightedIntervalCoversTheCensusWhereTheUnweightedDoesNot() throws Exception {
        String[] w = QaFixture.run("calibrate", "--plots", filled.toString(), "--ndvi", ndvi.toString(), "--design",
                dir.resolve("s").toString(), "--out", dir.resolve("weighted").toString());
        assertEquals("0", w[0], w[1]);
        String[] u = QaFixture.run("calibrate", "--plots", filled.toString(), "--ndvi", ndvi.toString(), "--out",
                dir.resolve("unweighted").toString());
        assertEquals("0", u[0], u[1]);
        assertTrue(u[1].contains("no --design was given"), u[1]);
        assertFalse(w[1].contains("warning"), w[1]);
        double census = censusOverall(0.5);
        String[] weighted = row(dir.resolve("weighted/calibration.csv"), "0.50");
        String[] unweighted = row(dir.resolve("unweighted/calibration.csv"), "0.50");
        assertTrue(covers(weighted, census), "weighted " + String.join(",", weighted) + " vs census " + census);
        assertFalse(covers(unweighted, census), "unweighted " + String.join(",", unweighted) + " vs census " + census);
        // the map-based coverage at 0.50 is the map's share of NDVI >= 0.5, counted here over every pixel
        long mapped = 0;
        for (int row = 0; row < CalibrationScene.SIZE; row++) {
            for (int col = 0; col < CalibrationScene.SIZE; col++) {
                mapped += scene.ndvi(col, row) >= 0.5 ? 1 : 0;
            }
        }
        assertEquals(String.format(Locale.ROOT, "%.4f", 100.0 * mapped / (CalibrationScene.SIZE * CalibrationScene.SIZE)),
                weighted[11]);
        // the recommended threshold's interval covers its own census value too
        JsonNode j = new ObjectMapper().readTree(dir.resolve("weighted/calibration.json").toFile());
        double best = j.path("recommended_threshold").asDouble();
        JsonNode acc = j.path("accuracy");
        assertTrue(Math.abs(acc.path("overall").asDouble() - censusOverall(best)) <= acc.path("overall_ci95").asDouble(),
                acc + " vs census " + censusOverall(best) + " at " + best);
        assertEquals(CalibrationFile.FORMAT, j.path("format").asText());
        assertEquals(j.path("recommended_threshold").asText(), j.path("thresholds").path("any").asText());
        // and the calibration file reads back as a canopy rule
        assertEquals(j.path("recommended_threshold").asText(), CalibrationFile.read(dir.resolve("weighted"))
                .canopyRule().thresholdFor("landsat-c2-l2").orElseThrow().toPlainString());
    }

    @Test
    void designWeightedReferenceCoverageCoversTheTrueForestShare() throws Exception {
        String[] w = QaFixture.run("calibrate", "--plots", filled.toString(), "--ndvi", ndvi.toString(), "--design",
                dir.resolve("s/design.json").toString(), "--out", dir.resolve("reference").toString());
        assertEquals("0", w[0], w[1]);
        long forest = 0;
        for (int row = 0; row < CalibrationScene.SIZE; row++) {
            for (int col = 0; col < CalibrationScene.SIZE; col++) {
                forest += scene.forest(col, row) ? 1 : 0;
            }
        }
        double truePct = 100.0 * forest / (CalibrationScene.SIZE * CalibrationScene.SIZE);
        JsonNode acc = new ObjectMapper().readTree(dir.resolve("reference/calibration.json").toFile()).path("accuracy");
        assertTrue(Math.abs(acc.path("reference_coverage_pct").asDouble() - truePct)
                <= acc.path("reference_coverage_ci95_pp").asDouble(), acc + " vs true " + truePct);
    }
}
