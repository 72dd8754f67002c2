package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

@Tag("unit")
class CentreZonerTest {
    // 4 x 4 grid of 10 m pixels, top-left (0, 40)
    private static final GridSpec GRID = new GridSpec("", 0, 40, 10, 10, 4, 4);

    private static Geometry wkt(String s) throws Exception {
        return new WKTReader().read(s);
    }

    @Test
    void pixelCentresDecideMembership() throws Exception {
        // a triangle whose hypotenuse passes below/above centres; centre (5,35) etc.
        District a = new District(0, "a", "a", wkt("POLYGON ((0 20, 20 20, 20 40, 0 40, 0 20))"));
        District b = new District(1, "b", "b", wkt("POLYGON ((20 0, 40 0, 40 40, 21 40, 20 0))"));
        ZoneMask m = new CentreZoner(GRID, List.of(a, b)).zones(GRID);
        assertArrayEquals(new short[] {
            1, 1, 2, 2,
            1, 1, 2, 2,
            0, 0, 2, 2,
            0, 0, 2, 2}, m.zonesPerPixel());
    }

    @Test
    void holeAndEnclave() throws Exception {
        District outer = new District(0, "o", "o", wkt("POLYGON ((0 0, 40 0, 40 40, 0 40, 0 0), (10 10, 30 10, 30 30, 10 30, 10 10))"));
        District enclave = new District(1, "e", "e", wkt("POLYGON ((10 10, 30 10, 30 30, 10 30, 10 10))"));
        ZoneMask m = new CentreZoner(GRID, List.of(outer, enclave)).zones(GRID);
        assertArrayEquals(new short[] {
            1, 1, 1, 1,
            1, 2, 2, 1,
            1, 2, 2, 1,
            1, 1, 1, 1}, m.zonesPerPixel());
    }

    @Test
    void sameResultWhateverTheTile() throws Exception {
        District d = new District(0, "d", "d", wkt("POLYGON ((3 3, 37 9, 24 38, 3 3))"));
        CentreZoner z = new CentreZoner(GRID, List.of(d));
        short[] whole = z.zones(GRID).zonesPerPixel();
        ZoneMask tile = z.zones(GRID.crop(new PixelWindow(1, 2, 3, 2)));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertTrue(whole[(r + 2) * 4 + c + 1] == tile.zonesPerPixel()[r * 3 + c]);
            }
        }
    }

    @Test
    void districtOutsideTheGridAndTileWithoutDistrictAreEmpty() throws Exception {
        District far = new District(0, "far", "far", wkt("POLYGON ((1000 1000, 1010 1000, 1010 1010, 1000 1000))"));
        assertTrue(new CentreZoner(GRID, List.of(far)).zones(GRID).isEmpty());
        District corner = new District(0, "c", "c", wkt("POLYGON ((0 30, 10 30, 10 40, 0 40, 0 30))"));
        assertTrue(new CentreZoner(GRID, List.of(corner)).zones(GRID.crop(new PixelWindow(2, 2, 2, 2))).isEmpty());
    }

    @Test
    void manyEdgedDistrictsMatchCentreContainment() throws Exception {
        // irregular 300-gons (more edges than the zoner's first scratch arrays hold) over a 90 x 90 grid; the
        // oracle is JTS's point-in-polygon test at each pixel centre. Zoned in 16-pixel tiles, then again whole,
        // in the same thread, so a second call reuses the scratch arrays the first one grew.
        GridSpec grid = new GridSpec("", 0, 900, 10, 10, 90, 90);
        java.util.Random rnd = new java.util.Random(11);
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        List<District> ds = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[301];
            for (int i = 0; i < 300; i++) {
                double a = 2 * Math.PI * i / 300;
                double r = 150 + 250 * rnd.nextDouble();
                ring[i] = new org.locationtech.jts.geom.Coordinate(300 + 300 * k + r * Math.cos(a) + 0.123,
                        450 + r * Math.sin(a) + 0.0456);
            }
            ring[300] = ring[0];
            ds.add(new District(k, "d" + k, "d" + k, f.createPolygon(ring)));
        }
        CentreZoner zoner = new CentreZoner(grid, ds);
        short[] expected = new short[90 * 90];
        for (int row = 0; row < 90; row++) {
            for (int col = 0; col < 90; col++) {
                org.locationtech.jts.geom.Point centre = f.createPoint(new org.locationtech.jts.geom.Coordinate(
                        col * 10 + 5, 900 - row * 10 - 5));
                for (District d : ds) {
                    if (d.geometry().contains(centre)) {
                        expected[row * 90 + col] = (short) (d.index() + 1); // the later district wins
                    }
                }
            }
        }
        short[] tiled = new short[90 * 90];
        for (int r0 = 0; r0 < 90; r0 += 16) {
            for (int c0 = 0; c0 < 90; c0 += 16) {
                PixelWindow w = new PixelWindow(c0, r0, Math.min(16, 90 - c0), Math.min(16, 90 - r0));
                short[] z = zoner.zones(w).zonesPerPixel();
                for (int r = 0; r < w.height(); r++) {
                    System.arraycopy(z, r * w.width(), tiled, (r0 + r) * 90 + c0, w.width());
                }
            }
        }
        assertArrayEquals(expected, tiled);
        assertArrayEquals(expected, zoner.zones(grid).zonesPerPixel());
    }
}
