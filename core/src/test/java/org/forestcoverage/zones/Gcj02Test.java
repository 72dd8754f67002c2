package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

@Tag("unit")
class Gcj02Test {

    /** Approximate ground distance in metres between two nearby lon/lat points. */
    static double metres(Coordinate a, Coordinate b) {
        double dx = (a.x - b.x) * 111_320 * Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dy = (a.y - b.y) * 110_900;
        return Math.hypot(dx, dy);
    }

    @Test
    void testRoundTripIsBelowOneCentimetre() {
        for (double lon = 73; lon < 135; lon += 3.7) {
            for (double lat = 18; lat < 53; lat += 2.9) {
                double[] g = Gcj02.fromWgs84(lon, lat);
                Coordinate shift = new Coordinate(g[0], g[1]);
                double d = metres(shift, new Coordinate(lon, lat));
                assertTrue(d > 1 && d < 1000, "GCJ-02 offset " + d + " m at " + lon + ", " + lat);
                double[] w = Gcj02.toWgs84(g[0], g[1]);
                assertTrue(metres(new Coordinate(w[0], w[1]), new Coordinate(lon, lat)) < 0.01,
                        "round trip at " + lon + ", " + lat);
            }
        }
    }

    @Test
    void testOutsideChinaIsUnchanged() {
        assertArrayEquals(new double[] {2.35, 48.85}, Gcj02.toWgs84(2.35, 48.85), 0);
        assertArrayEquals(new double[] {-74, 40.7}, Gcj02.fromWgs84(-74, 40.7), 0);
    }

    @Test
    void testBeijingDistrictsGcj02ToWgs84WithinTenMetres() throws Exception {
        Path dir = GeoJsonDistricts.sharedDir().resolve("data/beijing-districts");
        Path gcj = dir.resolve("beijing_districts_gcj02.geojson");
        Path wgs = dir.resolve("beijing_districts_wgs84.geojson");
        Assumptions.assumeTrue(Files.isRegularFile(gcj) && Files.isRegularFile(wgs),
                "shared data absent: " + dir.toAbsolutePath() + " (set -Dforest.shared.dir)");
        List<District> g = GeoJsonDistricts.read(gcj, "adcode");
        List<District> w = GeoJsonDistricts.read(wgs, "adcode");
        assertEquals(g.size(), w.size());
        int n = 0;
        double[] before = new double[10_000];
        double[] after = new double[10_000];
        for (int i = 0; i < g.size(); i++) {
            assertEquals(g.get(i).id(), w.get(i).id());
            Coordinate[] cg = g.get(i).geometry().getCoordinates();
            Coordinate[] cc = Gcj02.toWgs84(g.get(i).geometry()).getCoordinates();
            Coordinate[] cw = w.get(i).geometry().getCoordinates();
            assertEquals(cw.length, cc.length, "vertex count of " + g.get(i).id());
            for (int k = 0; k < cw.length; k++) {
                before[n] = metres(cg[k], cw[k]);
                after[n++] = metres(cc[k], cw[k]);
            }
        }
        double medBefore = median(Arrays.copyOf(before, n));
        double medAfter = median(Arrays.copyOf(after, n));
        System.out.printf("Beijing GCJ-02 vs WGS84: %d vertices, median %.1f m before, %.2f m after conversion%n",
                n, medBefore, medAfter);
        assertTrue(medBefore > 50, "the files must differ by the GCJ-02 offset, median " + medBefore + " m");
        assertTrue(medAfter < 10, "median distance after conversion " + medAfter + " m");
    }

    static double median(double[] a) {
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
