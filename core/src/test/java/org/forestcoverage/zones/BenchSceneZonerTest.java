package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The benchmark scene's 17 districts (../shared/bench/gen_scene.py, size 8000: EPSG:32650, 30 m, origin
 * (400000, 4500000)) partition the scene: fractional areas must add up to 8000 x 8000 x 900 m2. Reads
 * {@code districts.geojson} from the directory in system property {@code forest.bench.dir} (default: where
 * {@code ./forest bench} caches the scene, ~/.cache/forest-coverage/bench-8000); skipped when absent. Prints the time
 * to compute all 512-px tile masks (no timed assertion).
 */
@Tag("bench")
class BenchSceneZonerTest {

    @Test
    void testBenchDistrictAreasSumToSceneArea() throws Exception {
        Path file = GeoJsonDistricts.benchDistricts();
        Assumptions.assumeTrue(Files.isRegularFile(file), GeoJsonDistricts.benchAbsent());
        List<District> ds = GeoJsonDistricts.read(file, "district_id");
        int n = 8000;
        GridSpec grid = new GridSpec("", 400000, 4500000, 30, 30, n, n);
        Tiling tiling = new Tiling(grid, 512);
        FractionalZoner zoner = new FractionalZoner(grid, ds);

        double worst = 0;
        for (PixelWindow w : tiling.tiles()) {
            ZoneMask m = zoner.zones(grid.crop(w));
            int[] px = m.splitPixels();
            for (int i = 0; i < px.length; ) {
                double sum = 0;
                int j = i;
                for (; j < px.length && px[j] == px[i]; j++) {
                    sum += m.splitFraction(j);
                }
                worst = Math.max(worst, Math.abs(sum - 1));
                i = j;
            }
            for (short z : m.zonesPerPixel()) {
                assertTrue(z != 0, "the districts cover the whole scene, tile " + w);
            }
        }
        System.out.printf("bench 8000: largest |sum of a split pixel's fractions - 1| = %.3g%n", worst);
        assertTrue(worst < 1e-12, "fractions of a pixel must sum to 1, worst deviation " + worst);

        double[] areaPx = null;
        long best = Long.MAX_VALUE;
        long splitPixels = 0;
        for (int rep = 0; rep < 4; rep++) {
            double[] a = new double[ds.size() + 1];
            long[] whole = new long[ds.size() + 1];
            long split = 0;
            long t0 = System.nanoTime();
            for (PixelWindow w : tiling.tiles()) {
                ZoneMask m = zoner.zones(grid.crop(w));
                for (short z : m.zonesPerPixel()) {
                    if (z > 0) {
                        whole[z]++;
                    } else if (z == ZoneMask.SPLIT) {
                        split++;
                    }
                }
                for (int i = 0; i < m.splitZones().length; i++) {
                    a[m.splitZone(i)] += m.splitFraction(i);
                }
            }
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            for (int z = 1; z < a.length; z++) {
                a[z] += whole[z];
            }
            areaPx = a;
            splitPixels = split;
            System.out.printf("bench 8000: all %d tile masks in %.3f s (%d split pixels)%n", tiling.count(), t / 1e9,
                    split);
        }
        System.out.printf("bench 8000: best of 4: %.3f s%n", best / 1e9);

        double total = 0;
        for (int z = 1; z < areaPx.length; z++) {
            double expected = ds.get(z - 1).geometry().getArea();
            assertEquals(expected, areaPx[z] * 900, 1e-9 * expected, "district " + ds.get(z - 1).id());
            total += areaPx[z];
        }
        double scene = (double) n * n * 900;
        assertEquals(scene, total * 900, 1e-9 * scene);
        assertTrue(splitPixels > 1000, "district boundaries must cut pixels, split " + splitPixels);
    }
}
