package org.forestcoverage.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsTest {
    @TempDir
    Path dir;

    @Test
    void bundledProfilesSayWhatTheirSourcesSay() {
        ForestDefinition china = Definitions.profile("china");
        assertEquals(new BigDecimal("0.0667"), china.mmu().areaHa());
        assertFalse(china.mmu().strict());
        assertEquals(Denominator.LAND, china.denominator());
        assertEquals("designated_shrubland_m2", china.ruleLayers().get(0).column());
        assertTrue(china.canopy().basis().startsWith("canopy cover >= 20 %"), china.canopy().basis());
        ForestDefinition fao = Definitions.profile("fao");
        assertEquals(new BigDecimal("0.5"), fao.mmu().areaHa());
        assertTrue(fao.mmu().strict());
        assertEquals(Denominator.LAND, fao.denominator());
        ForestDefinition gfw = Definitions.profile("gfw");
        assertFalse(gfw.mmu().active());
        ForestDefinition ndvi = Definitions.profile("ndvi");
        assertEquals(Denominator.OBSERVED, ndvi.denominator());
        assertEquals(new BigDecimal("0.6"), ndvi.canopy().thresholdFor("landsat-c2-l2").orElseThrow());
        // the proxy thresholds follow c = ((NDVI - 0.2) / 0.66)^2: NDVI = 0.2 + 0.66 sqrt(c), to two decimals
        for (String[] p : new String[][] {{"china", "0.20"}, {"fao", "0.10"}, {"gfw", "0.30"}}) {
            double expected = Math.round((0.2 + 0.66 * Math.sqrt(Double.parseDouble(p[1]))) * 100) / 100.0;
            assertEquals(expected, Definitions.profile(p[0]).canopy().thresholdFor("any").orElseThrow().doubleValue(),
                    1e-12, p[0]);
        }
        assertEquals(Definitions.PROFILES, List.of("china", "fao", "gfw", "ndvi"));
    }

    @Test
    void minimumMappingUnitsCompareExactly() {
        // FAO: more than 0.5 ha. Five 30 m pixels are 4,500 m2 (out), six 5,400 m2 (in); exactly 5,000 m2 is out
        MinimumMappingUnit fao = Definitions.profile("fao").mmu();
        assertFalse(fao.keeps(5 * 900.0));
        assertTrue(fao.keeps(6 * 900.0));
        assertFalse(fao.keeps(5000.0));
        // China: at least 0.0667 ha = 667 m2: seven 10 m pixels (700 m2) in, six (600 m2) out, 667 m2 in
        MinimumMappingUnit china = Definitions.profile("china").mmu();
        assertTrue(china.keeps(700.0));
        assertFalse(china.keeps(600.0));
        assertTrue(china.keeps(667.0));
        assertEquals("> 0.5 ha, 8-connected", fao.describe());
        assertThrows(IllegalArgumentException.class, () -> new MinimumMappingUnit(BigDecimal.ONE, false, 6));
    }

    @Test
    void aCustomFileReadsLikeTheProfilesAndMayUseACalibration() throws Exception {
        Path cal = dir.resolve("cal");
        Files.createDirectories(cal);
        Files.writeString(cal.resolve("calibration.json"), """
            {"format": "forest-coverage calibration 1", "thresholds": {"landsat-c2-l2": "0.47"},
             "criterion": "overall_accuracy", "observed_plots": 300, "weighting": "strata as drawn",
             "accuracy": {"overall": 0.91, "overall_ci95": 0.03}}
            """);
        Files.writeString(dir.resolve("mine.json"), """
            {"name": "mine", "title": "Beijing plain forest", "source": "district rule",
             "canopy": {"calibration": "cal"},
             "mmu": {"area_ha": 0.2, "connectivity": 4},
             "denominator": "land"}
            """);
        ForestDefinition d = Definitions.resolve(dir.resolve("mine.json").toString());
        assertEquals("mine", d.name());
        assertEquals(new BigDecimal("0.47"), d.canopy().thresholdFor("landsat-c2-l2").orElseThrow());
        assertTrue(d.canopy().thresholdFor("sentinel-2-l2a").isEmpty());
        assertTrue(d.canopy().basis().contains("300 observed plots, overall accuracy 0.9100 +/- 0.0300"),
                d.canopy().basis());
        assertEquals(4, d.mmu().connectivity());
        assertEquals(new BigDecimal("0.2"), d.mmu().areaHa());
    }

    @Test
    void badFilesNameTheFileAndTheKey() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
            {"name": "x", "canopy": {"ndvi_treshold": {"any": "0.5"}}, "mmu": {"area_ha": "1"}, "denominator": "land"}
            """);
        DefinitionFileException typo = assertThrows(DefinitionFileException.class, () -> Definitions.read(f));
        assertTrue(typo.getMessage().startsWith(f + ": unknown key \"ndvi_treshold\" in canopy; did you mean"
                + " \"ndvi_threshold\"?"), typo.getMessage());
        Files.writeString(f, """
            {"name": "x", "canopy": {"ndvi_threshold": "0.5"}, "mmu": {"area_ha": "1"}, "denominator": "total"}
            """);
        assertTrue(assertThrows(DefinitionFileException.class, () -> Definitions.read(f)).getMessage()
                .contains("denominator 'total' is not one of land, observed"));
        Files.writeString(f, """
            {"name": "x", "canopy": {"ndvi_threshold": "1.5"}, "mmu": {"area_ha": "1"}, "denominator": "land"}
            """);
        assertTrue(assertThrows(DefinitionFileException.class, () -> Definitions.read(f)).getMessage()
                .contains("outside [-1, 1]"));
        DefinitionFileException missing = assertThrows(DefinitionFileException.class,
                () -> Definitions.resolve("chinese"));
        assertTrue(missing.getMessage().contains("neither a bundled definition (china, fao, gfw, ndvi)"),
                missing.getMessage());
    }

    @Test
    void calibrationFilesCombineOnePerSensor() throws Exception {
        CalibrationFile a = new CalibrationFile("a.json", java.util.Map.of("landsat-c2-l2", new BigDecimal("0.5")), "a");
        CalibrationFile b = new CalibrationFile("b.json", java.util.Map.of("sentinel-2-l2a", new BigDecimal("0.55")), "b");
        CanopyRule r = CalibrationFile.combine(List.of(a, b));
        assertEquals(new BigDecimal("0.55"), r.thresholdFor("sentinel-2-l2a").orElseThrow());
        assertTrue(r.thresholdFor("generic").isEmpty());
        DefinitionFileException twice = assertThrows(DefinitionFileException.class,
                () -> CalibrationFile.combine(List.of(a, a)));
        assertTrue(twice.getMessage().contains("give one calibration per sensor"), twice.getMessage());
        Path old = dir.resolve("old.json");
        Files.writeString(old, "{\"recommended_threshold\": \"0.5\"}");
        assertTrue(assertThrows(DefinitionFileException.class, () -> CalibrationFile.read(old)).getMessage()
                .contains("run forest calibrate again"));
    }

    @Test
    void choiceAppliesOverridesInOrder() throws Exception {
        // fao with a threshold, a unit of 1 ha (strict as FAO's), 4-connectivity and the observed denominator
        ForestDefinition d = new DefinitionChoice("fao", List.of(), 0.55, new BigDecimal("1"), 4,
                Denominator.OBSERVED).resolve();
        assertEquals(new BigDecimal("0.55"), d.canopy().thresholdFor("sentinel-2-l2a").orElseThrow());
        assertEquals(new MinimumMappingUnit(new BigDecimal("1"), true, 4), d.mmu());
        assertEquals(Denominator.OBSERVED, d.denominator());
        assertEquals("fao", d.name());
        // the default is the ndvi profile untouched
        assertEquals(Definitions.profile("ndvi"), DefinitionChoice.DEFAULT.resolve());
        // a calibration replaces the canopy rule, per sensor
        Path cal = dir.resolve("calibration.json");
        Files.writeString(cal, "{\"format\": \"forest-coverage calibration 1\", \"thresholds\": {\"landsat-c2-l2\": \"0.28\"},"
                + " \"criterion\": \"overall\", \"observed_plots\": 120, \"weighting\": \"design\","
                + " \"accuracy\": {\"overall\": 0.79, \"overall_ci95\": 0.05}}");
        ForestDefinition c = new DefinitionChoice("china", List.of(dir), null, null, null, null).resolve();
        assertEquals(new BigDecimal("0.28"), c.canopy().thresholdFor("landsat-c2-l2").orElseThrow());
        assertTrue(c.canopy().thresholdFor("sentinel-2-l2a").isEmpty(), "no threshold for a sensor not calibrated");
        assertTrue(c.canopy().basis().contains("overall accuracy 0.7900 +/- 0.0500"), c.canopy().basis());
        assertThrows(IllegalArgumentException.class,
                () -> new DefinitionChoice("china", List.of(dir), 0.5, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new DefinitionChoice("ndvi", List.of(), 1.5, null, null, null).resolve());
    }
}
