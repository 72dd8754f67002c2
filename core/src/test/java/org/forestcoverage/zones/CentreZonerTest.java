package org.forestcoverage.zones;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

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
            0, 0, 2, 2}, m.zone());
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
            1, 1, 1, 1}, m.zone());
    }

    @Test
    void sameResultWhateverTheTile() throws Exception {
        District d = new District(0, "d", "d", wkt("POLYGON ((3 3, 37 9, 24 38, 3 3))"));
        CentreZoner z = new CentreZoner(GRID, List.of(d));
        short[] whole = z.zones(GRID).zone();
        ZoneMask tile = z.zones(GRID.crop(new PixelWindow(1, 2, 3, 2)));
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                assertTrue(whole[(r + 2) * 4 + c + 1] == tile.zone()[r * 3 + c]);
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
}
