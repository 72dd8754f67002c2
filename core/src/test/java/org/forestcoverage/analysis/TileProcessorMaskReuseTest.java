package org.forestcoverage.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.FractionalZoner;
import org.forestcoverage.zones.ZoneMask;
import org.forestcoverage.zones.Zoner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/**
 * Issue 4, cost: the zone mask of a tile is computed once per tile and reused for every year and scene. A 64 x 64
 * scene (30 m, EPSG:32650) in 16 tiles of 16 px, a manifest of 3 years (the first with two scenes): a zoner that
 * counts its calls must be called 16 times, not 16 x 3 or 16 x 4, and every year must still get the whole mask.
 */
class TileProcessorMaskReuseTest {
    @TempDir
    Path dir;

    /** Counts {@link #zones} calls, delegating to another zoner. */
    private static final class CountingZoner implements Zoner {
        private final Zoner inner;
        private final AtomicInteger calls = new AtomicInteger();

        CountingZoner(Zoner inner) {
            this.inner = inner;
        }

        @Override
        public ZoneMask zones(GridSpec tile) {
            calls.incrementAndGet();
            return inner.zones(tile);
        }
    }

    @Test
    void testZoneMaskComputedOncePerTileForAThreeYearManifest() throws Exception {
        // setup: red 1000 everywhere; NIR 9000 (NDVI 0.8, forest) in columns 0-31, 1000 (NDVI 0) in columns 32-63
        GridSpec grid = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);
        short[] red = new short[64 * 64];
        short[] nir = new short[64 * 64];
        Arrays.fill(red, (short) 1000);
        for (int i = 0; i < nir.length; i++) {
            nir[i] = (short) (i % 64 < 32 ? 9000 : 1000);
        }
        Path scene = dir.resolve("scene.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(scene.toString(), grid, PixelType.INT16, 2, -9999.0)) {
            w.write(1, grid.window(), red);
            w.write(2, grid.window(), nir);
        }
        // one district over columns 0 to 40.5 (x 400000 to 401215), all rows
        Geometry g = new WKTReader().read("POLYGON ((400000 4498080, 401215 4498080, 401215 4500000, 400000 4500000, "
                + "400000 4498080))");
        CountingZoner zoner = new CountingZoner(new FractionalZoner(List.of(new District(0, "d", "d", g))));
        Calibration cal = new Calibration(0.0001, 0);
        Map<Integer, List<SceneSpec>> scenes = new LinkedHashMap<>();
        for (int year : new int[] {2020, 2021, 2022}) {
            List<SceneSpec> l = new ArrayList<>();
            l.add(new SceneSpec("s" + year, year, "generic", new BandRef(scene.toString(), 1),
                    new BandRef(scene.toString(), 2), cal, cal, null, null));
            if (year == 2020) {
                l.add(new SceneSpec("s2020b", year, "generic", new BandRef(scene.toString(), 1),
                        new BandRef(scene.toString(), 2), cal, cal, null, null));
            }
            scenes.put(year, l);
        }
        double[] rowArea = new double[64];
        Arrays.fill(rowArea, 900);
        AnalysisPlan plan = new AnalysisPlan(grid, 16, List.of(2020, 2021, 2022), scenes, new ForestClassifier(0.6),
                Compositor.max(), zoner, 1, rowArea, "bilinear", null);

        // process
        CoverageSums sums;
        try (TileProcessor p = new TileProcessor(plan)) {
            for (int t = 0; t < plan.tiling().count(); t++) {
                p.process(t);
            }
            sums = p.sums();
        }

        // test: one mask per tile; each year has the district's 32 x 64 forest and 8.5 x 64 non-forest pixels
        assertEquals(16, plan.tiling().count());
        assertEquals(16, zoner.calls.get(), "zones() calls for 16 tiles x 3 years (4 scenes)");
        for (int y = 0; y < 3; y++) {
            assertEquals(32L * 64 * CoverageSums.PX_UNIT, sums.px(y, 1, LandClass.FOREST), "forest px, year " + y);
            assertEquals(17L * 32 * CoverageSums.PX_UNIT, sums.px(y, 1, LandClass.NON_FOREST), "non-forest px, year " + y);
        }
    }
}
