package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.CoverTruth;
import org.forestcoverage.testtiles.LandsatL2Product;
import org.forestcoverage.testtiles.Sentinel2Safe;
import org.forestcoverage.testtiles.StacItems;
import org.forestcoverage.testtiles.WaterLayers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 12 acceptance, end to end through {@code analyze}: a Sentinel-2 L2A {@code .SAFE} folder built by test-tiles
 * (JPEG 2000 bands written with GDAL, baseline 04.00 metadata) gives the known answer; STAC items for a Landsat C2 L2
 * and a Sentinel-2 L2A scene, in the shapes Planetary Computer and Earth Search serve, give the same coverage as the
 * equivalent manifest entries; an item whose {@code raster:bands} offset disagrees with the product metadata is refused
 * naming both values, with no output; a scene with a water index or a water layer reports its water as water, not as
 * non-forest. Expected counts come from the generators' cover patterns and district layouts,
 * counted with integers ({@link CoverTruth}), never from the job.
 */
class ProductsAcceptanceTest {
    @TempDir
    static Path dir;
    static Sentinel2Safe safe;
    static LandsatL2Product landsat;

    @BeforeAll
    static void products() {
        safe = Sentinel2Safe.write(dir.resolve("s2"));
        landsat = LandsatL2Product.write(dir.resolve("landsat"));
    }

    private static Path manifest(String name, String entries) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"scenes\": [" + entries + "]}");
    }

    /** Runs analyze; returns stderr; asserts the exit status. */
    private static String analyze(int status, Path manifest, Path districts, Path out) {
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("analyze", "--manifest", manifest.toString(), "--districts", districts.toString(),
                "--id-field", "district_id", "--out", out.toString(), "--tile-size", "64", "--master", "local[2]");
        assertEquals(status, code, err.toString());
        return err.toString();
    }

    private static void assertTruth(CoverTruth truth, Path out, int year) throws Exception {
        CoverageCsvRows rows = new CoverageCsvRows(out.resolve("coverage.csv"));
        for (CoverTruth.Row r : truth.rows()) {
            String d = r.district();
            assertEquals(r.forestPx(), rows.px(year, d, "forest_px"), d + " forest");
            assertEquals(r.observedPx(), rows.px(year, d, "observed_px"), d + " observed");
            assertEquals(r.waterPx(), rows.px(year, d, "water_px"), d + " water");
            assertEquals(r.unobservedPx(), rows.px(year, d, "unobserved_px"), d + " unobserved");
        }
    }

    @Test
    void testSentinel2SafeFolderGivesTheKnownAnswer() throws Exception {
        Path m = manifest("safe.json", "{\"year\": 2022, \"sensor\": \"sentinel-2-l2a\", \"metadata\": \"s2/"
                + Sentinel2Safe.NAME + "\"}");
        Path out = dir.resolve("out-safe");
        analyze(0, m, safe.districts(), out);
        assertTruth(safe.truth(), out, Sentinel2Safe.YEAR);
        assertTrue(safe.truth().row("ALL").forestPx() > 3000 && safe.truth().row("ALL").waterPx() > 500,
                "the pattern has forest and water: " + safe.truth().row("ALL"));
        JsonNode run = new ObjectMapper().readTree(out.resolve("coverage.json").toFile()).get("run");
        JsonNode scene = run.get("scene_sources").get(0);
        assertTrue(scene.get("scaling").asText().contains("BOA_ADD_OFFSET"), scene.toString());
        assertTrue(scene.get("water").asText().contains("SCL classes [6]"), scene.toString());
        assertEquals(-0.1, scene.get("red_offset").asDouble(), 1e-12);
    }

    /** Runs both manifests; their coverage.csv must be identical and equal the truth. */
    private static void assertSameCoverage(String name, String entry, Path item, Path districts, CoverTruth truth,
                                           int year) throws Exception {
        Path viaEntry = dir.resolve("out-" + name + "-entry");
        Path viaStac = dir.resolve("out-" + name + "-stac");
        analyze(0, manifest(name + "-entry.json", entry), districts, viaEntry);
        analyze(0, manifest(name + "-stac.json", "{\"stac\": \"items/" + item.getFileName() + "\"}"), districts,
                viaStac);
        assertEquals(Files.readString(viaEntry.resolve("coverage.csv")),
                Files.readString(viaStac.resolve("coverage.csv")));
        assertTruth(truth, viaStac, year);
    }

    @Test
    void testSentinel2StacItemGivesTheSameCoverageAsTheSafeEntry() throws Exception {
        assertSameCoverage("s2", "{\"year\": 2022, \"id\": \"S2B_50TMK_20220801_0_L2A\", \"sensor\": "
                + "\"sentinel-2-l2a\", \"metadata\": \"s2/" + Sentinel2Safe.NAME + "/MTD_MSIL2A.xml\"}",
                StacItems.sentinel2(dir.resolve("items"), safe, -0.1), safe.districts(), safe.truth(),
                Sentinel2Safe.YEAR);
    }

    @Test
    void testLandsatStacItemGivesTheSameCoverageAsTheMtlEntry() throws Exception {
        assertSameCoverage("l8", "{\"year\": 2022, \"id\": \"LC08_L2SP_123032_20220801_02_T1\", \"sensor\": "
                + "\"landsat-c2-l2\", \"metadata\": \"landsat/" + LandsatL2Product.ID + "\"}",
                StacItems.landsat(dir.resolve("items"), landsat), landsat.districts(), landsat.truth(),
                LandsatL2Product.YEAR);
    }

    /**
     * A generic entry over the {@code .SAFE} folder's bands whose quality band masks only no data and cloud (SCL 0, 9):
     * without a water source its water is non-forest land; with an MNDWI rule (B03 against the 20 m B11), a water
     * polygon layer or a water raster it is water, pixel for pixel the pattern's.
     */
    @Test
    void testWaterFromAnIndexOrALayerIsReportedAsWaterNotAsNonForest() throws Exception {
        Path polygons = WaterLayers.polygons(dir.resolve("water.geojson"), safe.grid(), Sentinel2Safe.PATTERN,
                Sentinel2Safe.EPSG);
        Path raster = WaterLayers.raster(dir.resolve("water.tif"), safe.grid(), Sentinel2Safe.PATTERN);
        PixelWindow scene = new PixelWindow(0, 0, Sentinel2Safe.WIDTH, Sentinel2Safe.HEIGHT);
        CoverTruth land = CoverTruth.of(safe.layout(), Sentinel2Safe.PATTERN, scene, false);
        String[][] cases = {{"none", "", "none"}, {"mndwi", ", \"water\": {\"index\": \"mndwi\"}", "MNDWI > 0"},
                {"polygons", ", \"water\": {\"layer\": \"" + polygons.getFileName() + "\"}", "water layer"},
                {"raster", ", \"water\": {\"layer\": \"" + raster.getFileName() + "\"}", "raster band 1"}};
        for (String[] c : cases) {
            Path out = dir.resolve("out-water-" + c[0]);
            analyze(0, manifest("water-" + c[0] + ".json", "{\"year\": 2022, \"id\": \"water-" + c[0]
                    + "\", \"sensor\": \"generic\", \"red\": " + band("B04", "10m") + ", \"nir\": "
                    + band("B08", "10m") + ", \"green\": " + band("B03", "10m") + ", \"swir\": " + band("B11", "20m")
                    + ", \"quality\": {\"file\": \"" + rel(safe.band("SCL", "20m")) + "\", \"maskedValues\": [0, 9]}, "
                    + "\"scale\": 0.0001, \"offset\": -0.1, \"nodata\": 0" + c[1] + "}"), safe.districts(), out);
            assertTruth(c[0].equals("none") ? land : safe.truth(), out, Sentinel2Safe.YEAR);
            JsonNode sources = new ObjectMapper().readTree(out.resolve("coverage.json").toFile()).get("run")
                    .get("scene_sources").get(0);
            assertTrue(sources.get("water").asText().contains(c[2]), c[0] + ": " + sources);
        }
        assertTrue(land.row("ALL").waterPx() == 0 && safe.truth().row("ALL").waterPx() > 500,
                "the truths differ: " + land.row("ALL") + " / " + safe.truth().row("ALL"));
    }

    /**
     * A quality rule masking every class the product holds (SCL 0, 4, 5, 6, 9) leaves nothing observed: exit 1 with
     * one line naming the year, the scene and its mask, and no output, instead of a table of n/a.
     */
    @Test
    void testAMaskThatLeavesNothingObservedIsAnErrorNotATableOfNa() throws Exception {
        Path out = dir.resolve("out-all-masked");
        String err = analyze(1, manifest("all-masked.json", "{\"year\": 2022, \"id\": \"all-masked\", \"sensor\": "
                + "\"generic\", \"red\": " + band("B04", "10m") + ", \"nir\": " + band("B08", "10m")
                + ", \"quality\": {\"file\": \"" + rel(safe.band("SCL", "20m")) + "\", \"maskedValues\": [0, 4, 5, 6, 9]}, "
                + "\"scale\": 0.0001, \"offset\": -0.1}"), safe.districts(), out);
        assertTrue(err.contains("year 2022: no pixel of any district is observed") && err.contains("all-masked (mask: "
                + "quality band") && err.contains("values [0, 4, 5, 6, 9] masked"), err);
        assertEquals(1, err.lines().filter(l -> l.startsWith("forest:")).count(), err);
        assertFalse(Files.exists(out), "no output after the refusal");
    }

    private static String band(String name, String resolution) {
        return "{\"file\": \"" + rel(safe.band(name, resolution)) + "\"}";
    }

    /** A path relative to the manifests' folder. */
    private static String rel(Path p) {
        return dir.relativize(p).toString();
    }

    @Test
    void testItemWhoseOffsetDisagreesWithTheMtdIsRefusedNamingBothValues() throws Exception {
        Path items = dir.resolve("bad-items");
        Path item = StacItems.sentinel2(items, safe, 0.0);
        Path out = dir.resolve("out-bad");
        String err = analyze(1, manifest("bad.json", "{\"stac\": \"bad-items/" + item.getFileName() + "\"}"),
                safe.districts(), out);
        assertTrue(err.contains("raster:bands offset 0") && err.contains("gives offset -0.1"), err);
        assertTrue(err.contains(item.getFileName().toString()), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(Files.exists(out), "no output after a refusal");
    }
}
