package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: {@code analyze --definition} and its overrides as a user meets them: mistakes end with one line naming
 * the file or value and no output; a calibration file's threshold reaches the classifier and is recorded. The small
 * scene has NDVI (6000 - 1000) / 7000 = 0.714 everywhere.
 */
@Tag("spark")
class DefinitionOptionsTest {
    @TempDir
    Path dir;

    @Test
    void mistakesEndWithOneLineAndNoOutput() throws Exception {
        CliRun.Inputs in = CliRun.Inputs.in(dir);
        Path out = dir.resolve("out");
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", "nosuch")
                .refused("nosuch", "neither a bundled definition (china, fao, gfw, ndvi) nor an existing definition file");
        assertFalse(Files.exists(out));

        Path bad = Files.writeString(dir.resolve("mine.json"), "{\"name\": \"mine\", \"canopy\": {\"ndvi_treshold\": 0.5},"
                + " \"mmu\": {\"area_ha\": 1}, \"denominator\": \"land\"}");
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", bad.toString())
                .refused("mine.json", "ndvi_threshold");
        assertFalse(Files.exists(out));

        // a calibration for Landsat only does not classify a generic scene
        Path cal = Files.createDirectories(dir.resolve("calibration"));
        Files.writeString(cal.resolve("calibration.json"), "{\"format\": \"forest-coverage calibration 1\","
                + " \"thresholds\": {\"landsat-c2-l2\": \"0.28\"}, \"criterion\": \"overall\", \"observed_plots\": 80}");
        in.analyze(in.scene().toString(), in.districts(), out, "--calibration", cal.toString())
                .refused("generic", "no NDVI threshold for sensor 'generic'");
        assertFalse(Files.exists(out));

        CliRun both = in.analyze(in.scene().toString(), in.districts(), out, "--calibration", cal.toString(),
                "--threshold", "0.5");
        assertEquals(1, both.rc(), both.error());
        assertTrue(both.error().contains("give --threshold or --calibration, not both"), both.error());
        CliRun den = in.analyze(in.scene().toString(), in.districts(), out, "--denominator", "total");
        assertEquals(1, den.rc(), den.error());
        assertTrue(den.error().contains("denominator 'total' is not one of land, observed"), den.error());
        assertFalse(Files.exists(out));
    }

    /**
     * Issue 14: {@code --rule-layer} as a user meets it. Mistakes (a name the definition does not declare, a missing
     * file, a file that is not a raster, a raster away from the districts) end with one line and no output; china
     * without the layer says so once and runs; with it, under {@code --threshold 0.8} (nothing is forest) a layer over
     * the left half of the scene (columns 0-31 of 64) adds half the land to the forest: 32 x 64 x 900 m2, 50 %.
     */
    @Test
    void ruleLayerMistakesEndWithOneLineAndTheLayerCounts() throws Exception {
        CliRun.Inputs in = CliRun.Inputs.in(dir);
        Path out = dir.resolve("out");
        Path away = CliRun.scene(dir.resolve("away.tif"), 600000, -9999.0);
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china", "--rule-layer",
                "shrubs=" + away).refused("shrubs=" + away, "the definition 'china' has no rule layer 'shrubs' (it"
                + " declares special_shrubland)");
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china", "--rule-layer",
                "special_shrubland=nowhere.tif").refused("nowhere.tif", "file not found (rule layer special_shrubland");
        Path text = Files.writeString(dir.resolve("notes.tif"), "not a raster");
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china", "--rule-layer",
                "special_shrubland=" + text).refused("notes.tif", "not a readable raster");
        in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china", "--rule-layer",
                "special_shrubland=" + away).refused("away.tif", "rule layer special_shrubland does not overlap the"
                + " districts");
        CliRun twice = in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china",
                "--rule-layer", "special_shrubland=a.tif", "--rule-layer", "special_shrubland=b.tif");
        assertEquals(1, twice.rc(), twice.error());
        assertEquals("forest: --rule-layer special_shrubland is given twice (a.tif, b.tif)", twice.error().strip());
        CliRun bare = in.analyze(in.scene().toString(), in.districts(), out, "--definition", "china",
                "--rule-layer", "=b.tif");
        assertEquals(1, bare.rc(), bare.error());
        assertTrue(bare.error().strip().startsWith("forest: --rule-layer =b.tif: expected NAME=FILE"), bare.error());
        assertFalse(Files.exists(out));

        CliRun without = in.analyze(in.scene().toString(), in.districts(), dir.resolve("without"), "--definition",
                "china");
        assertEquals(0, without.rc(), without.error());
        assertEquals(1, (without.stdout() + without.warnings()).lines()
                .filter(l -> l.contains("no --rule-layer special_shrubland=FILE was given")).count(),
                without.stdout() + without.warnings());
        assertFalse(Files.readString(dir.resolve("without/coverage.csv")).contains("designated_shrubland_m2"));

        Path layer = dir.resolve("shrubland.tif");
        org.forestcoverage.grid.GridSpec g = new org.forestcoverage.grid.GridSpec(
                org.forestcoverage.io.gdal.Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);
        byte[] v = new byte[64 * 64];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (i % 64 < 32 ? 1 : 0);
        }
        try (org.forestcoverage.io.gdal.GeoTiffWriter w = org.forestcoverage.io.gdal.GeoTiffWriter.create(
                layer.toString(), g, org.forestcoverage.raster.PixelType.BYTE, 1, null)) {
            w.write(1, g.window(), v);
        }
        CliRun with = in.analyze(in.scene().toString(), in.districts(), dir.resolve("with"), "--definition", "china",
                "--threshold", "0.8", "--rule-layer", "special_shrubland=" + layer);
        assertEquals(0, with.rc(), with.error());
        List<String> lines = Files.readAllLines(dir.resolve("with/coverage.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String[] city = lines.get(lines.size() - 1).split(",");
        assertEquals("0", city[header.indexOf("forest_px")]);
        assertEquals("1843200.00", city[header.indexOf("designated_shrubland_m2")]);
        assertEquals("50.0000", city[header.indexOf("coverage_pct")]);
        JsonNode rule = new ObjectMapper().readTree(dir.resolve("with/coverage.json").toFile()).path("run")
                .path("definition").path("rule_layers").get(0);
        assertEquals(layer.toAbsolutePath().toString(), rule.path("file").asText());
        assertEquals("designated_shrubland_m2", rule.path("column").asText());
    }

    @Test
    void aCalibrationFileClassifiesAndIsRecorded() throws Exception {
        CliRun.Inputs in = CliRun.Inputs.in(dir);
        Path cal = Files.createDirectories(dir.resolve("calibration"));
        // 0.72 is above the scene's NDVI of 0.714: nothing is forest; 0.71 below it: everything is
        for (String[] c : new String[][] {{"0.72", "0.0000"}, {"0.71", "100.0000"}}) {
            Files.writeString(cal.resolve("calibration.json"), "{\"format\": \"forest-coverage calibration 1\","
                    + " \"thresholds\": {\"any\": \"" + c[0] + "\"}, \"criterion\": \"overall\", \"observed_plots\": 80,"
                    + " \"weighting\": \"design\", \"accuracy\": {\"overall\": 0.8, \"overall_ci95\": 0.06}}");
            Path out = dir.resolve("out-" + c[0]);
            CliRun r = in.analyze(in.scene().toString(), in.districts(), out, "--calibration", cal.toString(),
                    "--definition", "gfw");
            assertEquals(0, r.rc(), r.error() + r.warnings());
            List<String> csv = Files.readAllLines(out.resolve("coverage.csv"));
            int coverage = List.of(csv.get(0).split(",")).indexOf("coverage_pct");
            assertEquals(c[1], csv.get(csv.size() - 1).split(",")[coverage], "threshold " + c[0]);
            JsonNode run = new ObjectMapper().readTree(out.resolve("coverage.json").toFile()).path("run");
            assertEquals("gfw", run.path("definition").path("name").asText());
            assertEquals(c[0], run.path("definition").path("ndvi_thresholds").path("any").asText());
            assertTrue(run.path("definition").path("canopy_basis").asText().contains("overall accuracy 0.8000 +/- 0.0600"),
                    run.toString());
        }
    }
}
