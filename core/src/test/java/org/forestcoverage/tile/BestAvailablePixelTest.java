package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.Season;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, best-available pixel: three OLI scenes of a 48 x 8 grid (30 m), acquired on day 100 (NDVI 0.2 everywhere),
 * day 200 (NDVI 0.5, cloud in columns 16-19, the first columns of the second 16 px tile) and day 250 (NDVI 0.7, clear).
 * Target day 213. Scores by hand (exp(-d²/1800) + min(cloud m, 150)/150 + 0.5 x 1): day 200 = 0.9105 + distance/150 +
 * 0.5; day 250 = 0.4675 + 1 + 0.5 = 1.9675; day 100 = 0.0008 + 1.5. Columns 16-19: day 200 is cloudy, day 250 wins;
 * columns 15 and 20 (30 m from the cloud, 1.6105) and 14 and 21 (60 m, 1.8105): day 250; the others (90 m and more,
 * 2.0105 and up): day 200. So the chosen day is 250 in columns 14-21 and 200 elsewhere, and forest (NDVI 0.7) is exactly
 * columns 14-21: 64 pixels, whatever the tiles.
 */
@Tag("unit")
class BestAvailablePixelTest {
    @TempDir
    Path dir;

    private SceneSpec scene(String id, double ndvi, boolean cloudy) {
        short[] red = new short[OliScenes.PIXELS];
        short[] nir = new short[OliScenes.PIXELS];
        short[] qa = new short[OliScenes.PIXELS];
        double r = 0.05;
        double n = r * (1 + ndvi) / (1 - ndvi);
        Arrays.fill(red, (short) Math.round((r + 0.2) / 2.75e-5));
        Arrays.fill(nir, (short) Math.round((n + 0.2) / 2.75e-5));
        for (int i = 0; i < OliScenes.PIXELS; i++) {
            qa[i] = cloudy && i % 48 >= 16 && i % 48 < 20 ? OliScenes.CLOUD : OliScenes.CLEAR;
        }
        return OliScenes.write(dir, id, red, nir, qa);
    }

    private AnalysisPlan plan(Compositor compositor, int tileSize, Season season, String maps) throws Exception {
        // reversed manifest order on purpose: the plan's order is by date, not the manifest's
        return OliScenes.plan(dir, List.of(scene("LC08_L2SP_123032_20220907", 0.7, false),
                scene("LC08_L2SP_123032_20220719", 0.5, true), scene("LC08_L2SP_123032_20220410", 0.2, false)),
                compositor, tileSize, season, maps);
    }

    private static long forest(AnalysisPlan plan) {
        return OliScenes.forest(plan);
    }

    @Test
    void chosenDayIsKnownByConstruction() throws Exception {
        Path maps = dir.resolve("maps");
        AnalysisPlan plan = plan(Compositor.bap(213), 48, null, maps.toString());
        assertEquals(64, forest(plan), "forest where the day-250 scene (NDVI 0.7) was chosen: columns 14-21");
        short[] day = OliScenes.map(maps, "doy");
        short[] sensor = OliScenes.map(maps, "sensor");
        for (int i = 0; i < 384; i++) {
            int c = i % 48;
            assertEquals(c >= 14 && c <= 21 ? 250 : 200, day[i], "day of year at column " + c + ", row " + i / 48);
            assertEquals(1, sensor[i], "OLI everywhere");
        }
    }

    @Test
    void cloudDistancesCrossTileEdgesAndMaxStillTakesTheGreenest() throws Exception {
        assertEquals(64, forest(plan(Compositor.bap(213), 16, null, null)), "tiles of 16 px: the cloud is in the next tile");
        assertEquals(384, forest(plan(Compositor.max(), 16, null, null)), "max: NDVI 0.7 everywhere");
    }

    @Test
    void tiesGoToThePlansFirstSceneWhicheverWayATileReadsItsScenes() throws Exception {
        // two scenes of equal NDVI 0.7 (days 100 and 200) and one of 0.2: max ties everywhere between days 100 and
        // 200 and takes the plan's first (day 100); a pipeline reads every other tile's scenes last to first (tiles of
        // 16 px: tile 1 backward), which must not change the choice
        Path maps = dir.resolve("ties");
        AnalysisPlan plan = OliScenes.plan(dir, List.of(scene("LC08_L2SP_123032_20220719", 0.7, false),
                scene("LC08_L2SP_123032_20220907", 0.2, false), scene("LC08_L2SP_123032_20220410", 0.7, false)),
                Compositor.max(), 16, null, maps.toString());
        assertEquals(384, forest(plan));
        for (int t = 0; t < 3; t++) {
            try (org.forestcoverage.io.gdal.GdalRaster r = org.forestcoverage.io.gdal.GdalRaster.open(
                    maps.resolve("doy_2022").resolve("tile_" + t + ".tif").toString())) {
                short[] day = new short[16 * 8];
                r.read(1, new org.forestcoverage.grid.PixelWindow(0, 0, 16, 8), day);
                for (short d : day) {
                    assertEquals(100, d, "tile " + t);
                }
            }
        }
    }

    @Test
    void seasonWindowLeavesOutTheSeptemberScene() throws Exception {
        // June to August: days 100 and 250 are out; day 200 alone (NDVI 0.5, cloudy in columns 16-19): no forest
        AnalysisPlan plan = plan(Compositor.max(), 16, Season.parse("06-01..08-31"), null);
        assertEquals(1, plan.years().get(0).scenes().size());
        assertEquals(0, forest(plan));
    }
}
