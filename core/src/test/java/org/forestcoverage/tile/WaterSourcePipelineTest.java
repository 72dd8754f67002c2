package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.ObservationCheck;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestException;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneProvenance;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a scene's water source besides its quality band reaches the one class rule, through the plan and the tile
 * pipeline. A 64 x 64 scene (30 m, EPSG:32650, Int16, nodata -9999, reflectance = DN x 1e-4) in four column stripes
 * of 16: forest (red 500, NIR 4000, green 700, SWIR 1500: NDVI 0.78, MNDWI -0.36), water (400, 200, 600, 100: NDVI
 * -0.33, MNDWI 0.71), non-forest (1500, 2500, 1200, 2500: NDVI 0.25, MNDWI -0.35), and water again whose green band is
 * nodata in rows 0-7. One district covers the scene. Expected counts are by hand from the stripes. Also: a year whose
 * masks leave nothing observed is an error ({@link ObservationCheck}).
 */
@Tag("unit")
class WaterSourcePipelineTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);
    static final Calibration CAL = new Calibration(1e-4, 0);
    static final long STRIPE = 16 * 64;

    private Path scene() {
        short[][] bands = new short[4][64 * 64];
        short[][] stripes = {{500, 4000, 700, 1500}, {400, 200, 600, 100}, {1500, 2500, 1200, 2500},
                {400, 200, 600, 100}};
        for (int r = 0; r < 64; r++) {
            for (int c = 0; c < 64; c++) {
                for (int b = 0; b < 4; b++) {
                    bands[b][r * 64 + c] = stripes[c / 16][b];
                }
                if (c >= 48 && r < 8) {
                    bands[2][r * 64 + c] = -9999;
                }
            }
        }
        Path f = dir.resolve("scene.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(f.toString(), GRID, PixelType.INT16, 4, -9999.0)) {
            for (int b = 0; b < 4; b++) {
                w.write(b + 1, GRID.window(), bands[b]);
            }
        }
        return f;
    }

    private static SceneSpec spec(String id, Path file, WaterSource water) {
        return new SceneSpec(id, 2020, "generic", new BandRef(file.toString(), 1), new BandRef(file.toString(), 2), CAL,
                CAL, null, null, water, new SceneProvenance("stated", "none", water.describe()), null);
    }

    private AnalysisPlan plan(List<SceneSpec> scenes, int tileSize) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401920, 4500000);
        AnalysisRequest r = new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, 0.6,
                tileSize, ZoneMode.CENTRE, Compositor.max(), Resampling.BILINEAR);
        return PlanBuilder.open(r).build(null).plan();
    }

    /** Runs every tile of the plan; returns the sums. */
    private static CoverageSums run(AnalysisPlan p) {
        try (TilePipeline pipeline = new TilePipeline(p)) {
            for (int t = 0; t < p.tiling().count(); t++) {
                pipeline.process(t);
            }
            return pipeline.sums();
        }
    }

    private CoverageSums run(List<SceneSpec> scenes, int tileSize) throws Exception {
        return run(plan(scenes, tileSize));
    }

    /** Asserts the district's forest, non-forest, water and unobserved pixels. */
    private static void assertCounts(CoverageSums s, long forest, long nonForest, long water, long unobserved,
                                     String what) {
        assertEquals(forest * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.FOREST), what + ": forest");
        assertEquals(nonForest * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.NON_FOREST), what + ": non-forest");
        assertEquals(water * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.WATER), what + ": water");
        assertEquals(unobserved * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.UNOBSERVED), what + ": unobserved");
    }

    /** One scene (the fused single-scene path) and the same scene twice (NDVI, composite): the same counts. */
    private void assertBothPaths(WaterSource water, long forest, long nonForest, long wet, long unobserved)
            throws Exception {
        Path f = scene();
        for (int tile : new int[] {64, 24}) {
            assertCounts(run(List.of(spec("a", f, water)), tile), forest, nonForest, wet, unobserved,
                    "one scene, tiles of " + tile);
            assertCounts(run(List.of(spec("a", f, water), spec("b", f, water)), tile), forest, nonForest, wet,
                    unobserved, "two scenes, tiles of " + tile);
        }
    }

    @Test
    void testWithoutAWaterSourceWaterIsNonForestLand() throws Exception {
        assertBothPaths(WaterSource.NONE, STRIPE, 3 * STRIPE, 0, 0);
    }

    @Test
    void testMndwiMarksWaterAndLeavesPixelsWithoutGreenUnobserved() throws Exception {
        Path f = scene();
        WaterSource mndwi = new WaterSource.Index(WaterSource.IndexKind.MNDWI, new BandRef(f.toString(), 3),
                new BandRef(f.toString(), 4), CAL, CAL, 0.0);
        assertBothPaths(mndwi, STRIPE, STRIPE, STRIPE + 16 * 56, 16 * 8);
    }

    @Test
    void testNdwiAboveAThresholdMarksOnlyWaterAboveIt() throws Exception {
        // NDWI (green - NIR) / (green + NIR): forest -0.70, water 0.5, non-forest -0.35; above 0.6 nothing is water
        Path f = scene();
        WaterSource ndwi = new WaterSource.Index(WaterSource.IndexKind.NDWI, new BandRef(f.toString(), 3),
                new BandRef(f.toString(), 2), CAL, CAL, 0.6);
        assertBothPaths(ndwi, STRIPE, 3 * STRIPE - 16 * 8, 0, 16 * 8);
    }

    @Test
    void testOverlappingPolygonsOfAWaterLayerAreTheirUnion() throws Exception {
        // columns 16-31 and 24-39 (x 400480-400960 and 400720-401200): their union is columns 16-39
        Path layer = dir.resolve("water.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
                 "features": [%s, %s]}""".formatted(square(400480, 400960), square(400720, 401200)));
        WaterSource lakes = new WaterSource.Layer(layer.toString(), WaterSource.LayerKind.VECTOR, 1, List.of());
        assertBothPaths(lakes, STRIPE, 64 * 64 - STRIPE - 24 * 64, 24 * 64, 0);
    }

    private static String square(int minX, int maxX) {
        return """
                {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[%d, 4498080], \
                [%d, 4498080], [%d, 4500000], [%d, 4500000], [%d, 4498080]]]}}""".formatted(minX, maxX, maxX, minX, minX);
    }

    @Test
    void testAWaterRasterOnAnotherLatticeMarksItsWaterValues() throws Exception {
        // 60 m classes: 1 (water) in 60 m columns 8-15 = 30 m columns 16-31, 7 in columns 16-23 (30 m 32-47), 0 else;
        // read with nearest neighbour onto the 30 m grid
        GridSpec coarse = new GridSpec(GRID.crsWkt(), 400000, 4500000, 60, 60, 32, 32);
        byte[] v = new byte[32 * 32];
        for (int i = 0; i < v.length; i++) {
            int c = i % 32;
            v[i] = (byte) (c >= 8 && c < 16 ? 1 : c >= 16 && c < 24 ? 7 : 0);
        }
        Path raster = dir.resolve("water.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(raster.toString(), coarse, PixelType.BYTE, 1, null)) {
            w.write(1, coarse.window(), v);
        }
        WaterSource any = new WaterSource.Layer(raster.toString(), WaterSource.LayerKind.RASTER, 1, List.of());
        assertBothPaths(any, STRIPE, STRIPE, 2 * STRIPE, 0);
        WaterSource listed = new WaterSource.Layer(raster.toString(), WaterSource.LayerKind.RASTER, 1, List.of(1));
        assertBothPaths(listed, STRIPE, 2 * STRIPE, STRIPE, 0);
    }

    @Test
    void testScenesNamingOneWaterLayerShareItsPlan() throws Exception {
        Path layer = dir.resolve("water.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
                 "features": [%s]}""".formatted(square(400480, 400960)));
        WaterSource lakes = new WaterSource.Layer(layer.toString(), WaterSource.LayerKind.VECTOR, 1, List.of());
        Path f = scene();
        AnalysisPlan p = plan(List.of(spec("a", f, lakes), spec("b", f, lakes)), 64);
        assertSame(p.years().get(0).scenes().get(0).water(), p.years().get(0).scenes().get(1).water(),
                "one zoner, shipped once");
    }

    @Test
    void testAWaterLayerOfLinesIsRefusedNamingTheFeature() throws Exception {
        Path layer = dir.resolve("rivers.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
                 "features": [{"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
                   "coordinates": [[400100, 4499000], [401000, 4499500]]}}]}""");
        WaterSource rivers = new WaterSource.Layer(layer.toString(), WaterSource.LayerKind.VECTOR, 1, List.of());
        ManifestException e = assertThrows(ManifestException.class,
                () -> run(List.of(spec("a", scene(), rivers)), 64));
        assertTrue(e.getMessage().contains("rivers.geojson") && e.getMessage().contains("feature 0")
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("linestring"), e.getMessage());
    }

    @Test
    void testMissingWaterFilesFailWithTheSceneHeadersSayingWhatToDo() throws Exception {
        Path f = scene();
        WaterSource noGreen = new WaterSource.Index(WaterSource.IndexKind.MNDWI,
                new BandRef(dir.resolve("B3.TIF").toString(), 1), new BandRef(f.toString(), 4), CAL, CAL, 0.0);
        WaterSource noLayer = new WaterSource.Layer(dir.resolve("lakes.gpkg").toString(), WaterSource.LayerKind.VECTOR,
                1, List.of());
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401920, 4500000);
        for (WaterSource w : List.of(noGreen, noLayer)) {
            AnalysisRequest r = new AnalysisRequest(new Manifest(List.of(spec("a", f, w))),
                    new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES,
                    0.6, 64, ZoneMode.CENTRE, Compositor.max(), Resampling.BILINEAR);
            RuntimeException e = assertThrows(RuntimeException.class, () -> PlanBuilder.open(r));
            String m = e.getMessage();
            assertTrue(w == noGreen ? m.contains("B3.TIF: file not found") && m.contains("name the files with \"green\""
                    + " and \"swir\"") : m.endsWith("lakes.gpkg: water layer not found"), m);
        }
    }

    @Test
    void testAYearWhoseMasksLeaveNothingObservedIsAnErrorNamingItsScenes() throws Exception {
        // setup: year 2020 observed; year 2021's quality band (the red band, never 0) masks every pixel
        Path f = scene();
        SceneSpec clear = spec("clear", f, WaterSource.NONE);
        SceneSpec masked = new SceneSpec("cloudy", 2021, "generic", clear.red(), clear.nir(), CAL, CAL, null,
                new QualityBand(new BandRef(f.toString(), 1), new MaskRule.Bits(0xFFFF, 0)));
        AnalysisPlan p = plan(List.of(clear, masked), 64);
        CoverageSums sums = run(p);
        // process
        ObservationCheck.NothingObservedException e = assertThrows(ObservationCheck.NothingObservedException.class,
                () -> ObservationCheck.requireObserved(p, sums));
        // test: the year and the scene with its mask; a year that observes passes
        assertTrue(e.getMessage().startsWith("year 2021: no pixel of any district is observed")
                && e.getMessage().contains("cloudy (mask: quality band"), e.getMessage());
        AnalysisPlan one = plan(List.of(clear), 64);
        ObservationCheck.requireObserved(one, run(one));
    }

    @Test
    void theBlockCacheHoldsEveryScenesBlocksOfATileUpToABound() throws Exception {
        // scenes in files of one layout: a task keeps every scene's blocks of its tile (the next tile of its run
        // reads the column of blocks they share from the cache), so the need is the sum over the scenes, up to
        // PlanBuilder's 32 MiB, which more scenes do not raise
        Path f = scene();
        long one = plan(List.of(spec("a", f, WaterSource.NONE)), 64).cacheBytesPerTile();
        List<SceneSpec> three = new ArrayList<>();
        List<SceneSpec> many = new ArrayList<>();
        long copies = (32L << 20) / one + 2;
        for (int i = 0; i < copies; i++) {
            SceneSpec s = spec("s" + i, Files.copy(f, dir.resolve("copy-" + i + ".tif")), WaterSource.NONE);
            if (i < 3) {
                three.add(s);
            }
            many.add(s);
        }
        assertEquals(3 * one, plan(three, 64).cacheBytesPerTile());
        assertEquals(32L << 20, plan(many, 64).cacheBytesPerTile(), copies + " scenes of " + one + " bytes each");
    }

    @Test
    void testTheWaterIndexBandsCountInTheBlockCacheNeed() throws Exception {
        // a scene whose water bands are in another file: the plan's cache need covers them too
        Path f = scene();
        Path copy = Files.copy(f, dir.resolve("green-swir.tif"));
        WaterSource mndwi = new WaterSource.Index(WaterSource.IndexKind.MNDWI, new BandRef(copy.toString(), 3),
                new BandRef(copy.toString(), 4), CAL, CAL, 0.0);
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401920, 4500000);
        List<Long> needs = new ArrayList<>();
        for (WaterSource w : List.of(WaterSource.NONE, mndwi)) {
            AnalysisRequest r = new AnalysisRequest(new Manifest(List.of(spec("a", f, w))),
                    new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES,
                    0.6, 64, ZoneMode.CENTRE, Compositor.max(), Resampling.BILINEAR);
            needs.add(PlanBuilder.open(r).build(null).plan().cacheBytesPerTile());
        }
        assertEquals(2 * needs.get(0), needs.get(1), "a second file of the same layout doubles the need");
    }
}
