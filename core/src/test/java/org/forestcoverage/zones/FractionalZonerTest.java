package org.forestcoverage.zones;

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
        ZoneMask m = new FractionalZoner(ds).zones(grid);
        // test
        short s = ZoneMask.SPLIT;
        assertArrayEquals(new short[] {1, s, 2, 2, 1, s, 2, 2, 0, 0, 0, 0}, m.zone());
        assertArrayEquals(new int[] {1, 1, 5, 5}, m.splitPixel());
        assertArrayEquals(new short[] {1, 2, 1, 2}, m.splitZone());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, m.splitFraction(), 1e-15);
    }

    @Test
    void testPartialPixelOfSingleDistrictIsSplitWithOneEntry() {
        GridSpec grid = new GridSpec("", 0, 1, 1, 1, 2, 1);
        ZoneMask m = new FractionalZoner(List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 1.25 0, 1.25 1, 0 1, 0 0))")))).zones(grid);
        assertArrayEquals(new short[] {1, ZoneMask.SPLIT}, m.zone());
        assertArrayEquals(new int[] {1}, m.splitPixel());
        assertArrayEquals(new double[] {0.25}, m.splitFraction(), 1e-15);
    }

    @Test
    void testTileMissedByAllDistrictsIsEmpty() {
        GridSpec grid = new GridSpec("", 100, 103, 1, 1, 3, 3);
        ZoneMask m = new FractionalZoner(List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))).zones(grid);
        assertTrue(m.isEmpty());
        assertEquals(9, m.zone().length);
    }

    @Test
    void testFractionBelowDropThresholdIsDropped() {
        // B only grazes pixel 0 with an area of 5e-13 pixel
        GridSpec grid = new GridSpec("", 0, 1, 1, 1, 2, 1);
        ZoneMask m = new FractionalZoner(List.of(
                new District(0, "A", "A", wkt("POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))")),
                new District(1, "B", "B", wkt("POLYGON ((0.9999999999995 0, 1 0, 1 1, 0.9999999999995 1, 0.9999999999995 0))"))))
                .zones(grid);
        assertArrayEquals(new short[] {1, 1}, m.zone(), "B's 5e-13 part is dropped, so A is whole");
        assertEquals(0, m.splitPixel().length);
    }

    @Test
    void testZonerSurvivesJavaSerialization() throws Exception {
        GridSpec grid = new GridSpec("", 0, 3, 1, 1, 4, 3);
        FractionalZoner z = new FractionalZoner(List.of(
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
        assertArrayEquals(a.zone(), b.zone());
        assertArrayEquals(a.splitFraction(), b.splitFraction(), 0.0);
        assertEquals(5, a.splitPixel().length, "column 2 (0.2 in rows 0-1, 0.1 in row 2) and the bottom row (0.5) are partial");
    }

    @Test
    void testDistrictIndexMustMatchListPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FractionalZoner(List.of(
                new District(3, "X", "X", wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))));
        assertTrue(e.getMessage().contains("X"), e.getMessage());
    }
}
