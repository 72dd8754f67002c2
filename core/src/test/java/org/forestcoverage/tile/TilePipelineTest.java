package org.forestcoverage.tile;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.ZoneMask;
import org.forestcoverage.zones.ZoneMode;
import org.forestcoverage.zones.Zoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tile's path through the pipeline on a 64 x 64 scene (30 m, EPSG:32650): red 1000 everywhere; NIR 9000 (NDVI
 * 0.8, forest) in columns 0-31, 1000 (NDVI 0) in columns 32-63; one district over columns 0 to 40.5, all rows.
 */
@Tag("unit")
class TilePipelineTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);

    private Path scene(String name) {
        short[] red = new short[64 * 64];
        short[] nir = new short[64 * 64];
        Arrays.fill(red, (short) 1000);
        for (int i = 0; i < nir.length; i++) {
            nir[i] = (short) (i % 64 < 32 ? 9000 : 1000);
        }
        Path scene = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(scene.toString(), GRID, PixelType.INT16, 2, -9999.0)) {
            w.write(1, GRID.window(), red);
            w.write(2, GRID.window(), nir);
        }
        return scene;
    }

    private static SceneSpec spec(String id, int year, Path file) {
        Calibration cal = new Calibration(0.0001, 0);
        return new SceneSpec(id, year, "generic", new BandRef(file.toString(), 1), new BandRef(file.toString(), 2), cal,
                cal, null, null);
    }

    private AnalysisPlan plan(List<SceneSpec> scenes, int tileSize) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401215, 4500000);
        AnalysisRequest r = new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FIRST_SCENE, 0.6,
                tileSize, ZoneMode.FRACTIONAL, Compositor.max(), Resampling.BILINEAR);
        return PlanBuilder.open(r).build(null).plan();
    }

    /** Counts {@link #zones} calls, delegating to another zoner. */
    private static final class CountingZoner implements Zoner {
        private final Zoner inner;
        private final AtomicInteger calls = new AtomicInteger();

        CountingZoner(Zoner inner) {
            this.inner = inner;
        }

        @Override
        public GridSpec grid() {
            return inner.grid();
        }

        @Override
        public ZoneMask zones(PixelWindow window) {
            calls.incrementAndGet();
            return inner.zones(window);
        }
    }

    /**
     * Issue 4, cost: the zone mask of a tile is computed once per tile and reused for every year and scene. A
     * manifest of 3 years (the first with two scenes); the grid is the scene's lattice over the district, 41 x 64 px,
     * so 3 x 4 = 12 tiles of 16 px: a zoner that counts its calls must be called 12 times, not 12 x 3 or 12 x 4, and
     * every year must still get the whole mask.
     */
    @Test
    void testZoneMaskComputedOncePerTileForAThreeYearManifest() throws Exception {
        // setup
        Path file = scene("scene.tif");
        List<SceneSpec> scenes = new ArrayList<>();
        for (int year : new int[] {2020, 2021, 2022}) {
            scenes.add(spec("s" + year, year, file));
            if (year == 2020) {
                scenes.add(spec("s2020b", year, file));
            }
        }
        AnalysisPlan p = plan(scenes, 16);
        CountingZoner zoner = new CountingZoner(p.zoner());
        AnalysisPlan counted = new AnalysisPlan(p.grid(), p.tileSize(), p.years(), p.classifier(), p.compositor(),
                zoner, p.districtCount(), p.area(), p.resampling(), p.cacheBytesPerTile(), p.mapsDir());

        // process
        CoverageSums sums;
        try (TilePipeline pipeline = new TilePipeline(counted)) {
            for (int t = 0; t < counted.tiling().count(); t++) {
                pipeline.process(t);
            }
            sums = pipeline.sums();
        }

        // test: one mask per tile; each year has the district's 32 x 64 forest and 8.5 x 64 non-forest pixels
        assertEquals(41, p.grid().width(), "the district's extent, column 40.5, snapped outwards");
        assertEquals(64, p.grid().height());
        assertEquals(12, counted.tiling().count());
        assertEquals(12, zoner.calls.get(), "zones() calls for 12 tiles x 3 years (4 scenes)");
        for (int y = 0; y < 3; y++) {
            assertEquals(32L * 64 * CoverageSums.PX_UNIT, sums.px(y, 1, LandClass.FOREST), "forest px, year " + y);
            assertEquals(17L * 32 * CoverageSums.PX_UNIT, sums.px(y, 1, LandClass.NON_FOREST), "non-forest px, year " + y);
        }
    }

    @Test
    void aTaskFailingHalfWayThroughItsSetUpClosesTheFilesItOpened() throws Exception {
        // setup: the second year's scene disappears after planning: the task opens the first and fails on the second
        Path first = scene("first.tif");
        Path second = scene("second.tif");
        AnalysisPlan p = plan(List.of(spec("a", 2020, first), spec("b", 2021, second)), 32);
        Files.delete(second);
        int before = GdalRaster.openCount();

        // process
        RasterException e = assertThrows(RasterException.class, () -> new TilePipeline(p));

        // test
        assertTrue(e.getMessage().contains("second.tif"), e.getMessage());
        assertEquals(before, GdalRaster.openCount(), "datasets left open by the failed set-up");
    }

    @Test
    void aClosedPipelineLeavesNoDatasetOpen() throws Exception {
        Path file = scene("scene.tif");
        AnalysisPlan p = plan(List.of(spec("a", 2020, file), spec("b", 2021, file)), 32);
        int before = GdalRaster.openCount();
        try (TilePipeline pipeline = new TilePipeline(p)) {
            pipeline.process(0);
            assertEquals(before + 1, GdalRaster.openCount(), "one dataset per file, shared by the scenes");
        }
        assertEquals(before, GdalRaster.openCount());
    }

    @Test
    void theDriversLeadingTilesAndTheRestSumToEveryTile() throws Exception {
        // setup: tiles of 16 px over the district's extent (3 x 4), two years
        Path file = scene("scene.tif");
        AnalysisPlan p = plan(List.of(spec("a", 2020, file), spec("b", 2021, file)), 16);
        int n = p.tiling().count();
        assertEquals(12, n);
        CoverageSums all;
        try (TilePipeline whole = new TilePipeline(p)) {
            for (int t = 0; t < n; t++) {
                whole.process(t);
            }
            all = whole.sums().copy();
        }
        assertTrue(all.px(0, 1, LandClass.FOREST) > 0, "the scene has forest in the district");
        for (int k : new int[] {0, 1, 7, 11, 100}) {
            // act: stop asked before each tile, true from the k-th question on
            AtomicInteger questions = new AtomicInteger();
            LeadingTiles early = LeadingTiles.until(p, () -> questions.getAndIncrement() >= k);
            CoverageSums sums = early.sums();
            try (TilePipeline tasks = new TilePipeline(p)) {
                for (int t : early.rest()) {
                    tasks.process(t);
                }
                sums.merge(tasks.sums());
            }
            // assert: at most n - 1 (the tasks always get one), the rest is the others, the sums are every tile's
            int expected = Math.min(k, n - 1);
            assertEquals(expected, early.count(), "k " + k);
            assertEquals(n - expected, early.rest().length, "k " + k);
            assertTrue(Arrays.stream(early.rest()).allMatch(t -> t < n - expected), "k " + k);
            assertEquals(all, sums, "k " + k);
        }
    }
}
