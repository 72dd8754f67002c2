package org.forestcoverage.zones;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

@Tag("unit")
class FractionalZonerTest {

    static Geometry wkt(String s) {
        try {
            return new WKTReader(new GeometryFactory()).read(s);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void testTwoDistrictsSplitThroughPixelColumnAndOneMissingPixelRow() {
        // setup: 4 x 3 unit grid (y from 0 to 3); A = x in [0, 1.5], B = x in [1.5, 4]; both stop at y = 1,
        // so the bottom row is uncovered
        GridSpec grid = new GridSpec("", 0, 3, 1, 1, 4, 3);
        List<District> ds = List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 1, 1.5 1, 1.5 3, 0 3, 0 1))")),
                new District(1, "B", "B", wkt("POLYGON ((1.5 1, 4 1, 4 3, 1.5 3, 1.5 1))")));
        // process
        ZoneMask m = new FractionalZoner(grid, ds).zones(grid);
        // test
        short s = ZoneMask.SPLIT;
        assertArrayEquals(new short[] {1, s, 2, 2, 1, s, 2, 2, 0, 0, 0, 0}, m.zonesPerPixel());
        assertArrayEquals(new int[] {1, 1, 5, 5}, m.splitPixels());
        assertArrayEquals(new short[] {1, 2, 1, 2}, m.splitZones());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, m.splitFractions(), 1e-15);
    }

    @Test
    void testPartialPixelOfSingleDistrictIsSplitWithOneEntry() {
        GridSpec grid = new GridSpec("", 0, 1, 1, 1, 2, 1);
        ZoneMask m = new FractionalZoner(grid, List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 1.25 0, 1.25 1, 0 1, 0 0))")))).zones(grid);
        assertArrayEquals(new short[] {1, ZoneMask.SPLIT}, m.zonesPerPixel());
        assertArrayEquals(new int[] {1}, m.splitPixels());
        assertArrayEquals(new double[] {0.25}, m.splitFractions(), 1e-15);
    }

    @Test
    void testTileMissedByAllDistrictsIsEmpty() {
        GridSpec grid = new GridSpec("", 100, 103, 1, 1, 3, 3);
        ZoneMask m = new FractionalZoner(grid, List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))).zones(grid);
        assertTrue(m.isEmpty());
        assertEquals(9, m.zonesPerPixel().length);
    }

    @Test
    void testFractionBelowDropThresholdIsDropped() {
        // B only grazes pixel 0 with an area of 5e-13 pixel
        GridSpec grid = new GridSpec("", 0, 1, 1, 1, 2, 1);
        ZoneMask m = new FractionalZoner(grid, List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))")),
                new District(1, "B", "B", wkt("POLYGON ((0.9999999999995 0, 1 0, 1 1, 0.9999999999995 1, 0.9999999999995 0))"))))
                .zones(grid);
        assertArrayEquals(new short[] {1, 1}, m.zonesPerPixel(), "B's 5e-13 part is dropped, so A is whole");
        assertEquals(0, m.splitCount());
    }

    @Test
    void testZonerSurvivesJavaSerialization() throws Exception {
        GridSpec grid = new GridSpec("", 0, 3, 1, 1, 4, 3);
        FractionalZoner z = new FractionalZoner(grid, List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0.5, 2.2 0.5, 2.2 3, 0 3, 0 0.5))"))));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(z);
        }
        Zoner back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Zoner) in.readObject();
        }
        ZoneMask a = z.zones(grid);
        ZoneMask b = back.zones(grid);
        assertArrayEquals(a.zonesPerPixel(), b.zonesPerPixel());
        assertArrayEquals(a.splitFractions(), b.splitFractions(), 0.0);
        assertEquals(5, a.splitCount(), "column 2 (0.2 in rows 0-1, 0.1 in row 2) and the bottom row (0.5) are partial");
    }

    /**
     * Issue 11: fractions are computed in pixels of the whole grid, so a pixel's zone and fractions are the same bits
     * in any tiling. Two districts split a 300 x 200 grid (origin far from 0, fractional pixel size) along a random
     * zig-zag, with a third, a 96-gon, over both; tilings of 300 (whole), 64, 37 and 1 x 200 strips must give the
     * same per-pixel entries.
     */
    @Test
    void testFractionsDoNotDependOnTheTiling() {
        GridSpec grid = new GridSpec("", 451234.5, 4412345.25, 29.7, 29.7, 300, 200);
        java.util.Random rnd = new java.util.Random(11);
        StringBuilder cut = new StringBuilder();
        int n = 40;
        double[] xs = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            xs[i] = grid.x(120 + 60 * rnd.nextDouble());
        }
        StringBuilder west = new StringBuilder("POLYGON ((" + grid.minX() + " " + grid.minY());
        StringBuilder east = new StringBuilder("POLYGON ((" + grid.maxX() + " " + grid.minY() + ", " + grid.maxX() + " "
                + grid.maxY());
        for (int i = n; i >= 0; i--) {
            west.append(", ").append(xs[i]).append(' ').append(grid.y(200.0 * (n - i) / n));
        }
        for (int i = 0; i <= n; i++) {
            east.append(", ").append(xs[i]).append(' ').append(grid.y(200.0 * (n - i) / n));
        }
        west.append(", ").append(grid.minX()).append(' ').append(grid.maxY()).append(", ").append(grid.minX()).append(' ')
                .append(grid.minY()).append("))");
        east.append(", ").append(grid.maxX()).append(' ').append(grid.minY()).append("))");
        Geometry star = new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(grid.x(150.37),
                grid.y(100.21))).buffer(2500, 24);
        FractionalZoner zoner = new FractionalZoner(grid, List.of(new District(0, "w", "w", wkt(west.toString())),
                new District(1, "e", "e", wkt(east.toString())), new District(2, "s", "s", star)));
        java.util.Map<Integer, String> whole = entries(zoner, grid, grid.width());
        assertTrue(whole.values().stream().filter(v -> v.contains(";")).count() > 500, "many shared pixels");
        for (int tile : new int[] {64, 37, 3}) {
            java.util.Map<Integer, String> tiled = entries(zoner, grid, tile);
            for (java.util.Map.Entry<Integer, String> e : whole.entrySet()) {
                assertEquals(e.getValue(), tiled.get(e.getKey()), "tiles of " + tile + ": pixel (col "
                        + e.getKey() % grid.width() + ", row " + e.getKey() / grid.width() + ")");
            }
        }
    }

    /** Every pixel's zone and split entries (bits of the fractions) by grid pixel index. */
    private static java.util.Map<Integer, String> entries(Zoner zoner, GridSpec grid, int tile) {
        java.util.Map<Integer, String> out = new java.util.TreeMap<>();
        for (org.forestcoverage.grid.PixelWindow w : new org.forestcoverage.grid.Tiling(grid, tile).tiles()) {
            ZoneMask m = zoner.zones(w);
            short[] z = m.zonesPerPixel();
            for (int i = 0; i < z.length; i++) {
                out.put((w.row() + i / w.width()) * grid.width() + w.col() + i % w.width(), Short.toString(z[i]));
            }
            for (int i = 0; i < m.splitCount(); i++) {
                int p = m.splitPixel(i);
                int g = (w.row() + p / w.width()) * grid.width() + w.col() + p % w.width();
                out.merge(g, m.splitZone(i) + ":" + Double.doubleToLongBits(m.splitFraction(i)), (a, b) -> a + ";" + b);
            }
        }
        return out;
    }

    @Test
    void testDistrictIndexMustMatchListPosition() {
        GridSpec grid = new GridSpec("", 0, 3, 1, 1, 3, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FractionalZoner(grid, List.of(
                new District(3, "X", "X", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))));
        assertTrue(e.getMessage().contains("X"), e.getMessage());
    }
}
