package org.forestcoverage.coverage;

import org.junit.jupiter.api.Tag;
import static org.forestcoverage.coverage.CoverageAsserts.assertFractions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Hand-computed coverage cases and invariants (see exactextract's test_raster_cell_intersection.cpp). */
@Tag("unit")
class PolygonCoverageTest {
    private static final GeometryFactory GF = new GeometryFactory();

    static Geometry wkt(String s) {
        try {
            return new WKTReader(GF).read(s);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A unit-pixel grid whose pixel (c, r) spans x in [c, c+1], y in [h-r-1, h-r]. */
    static GridSpec unitGrid(int w, int h) {
        return new GridSpec("", 0, h, 1, 1, w, h);
    }

    @Test
    void testSquareCoveringHalfOfOnePixel() {
        // setup: a 30 m UTM-like grid, the square covers the left half of pixel (col 1, row 1)
        GridSpec grid = new GridSpec("", 400000, 4500000, 30, 30, 3, 3);
        Geometry g = wkt("POLYGON ((400030 4499940, 400045 4499940, 400045 4499970, 400030 4499970, 400030 4499940))");
        // process
        CoverageMatrix m = PolygonCoverage.of(grid, g);
        // test
        assertFractions(grid, new double[] {0, 0, 0, 0, 0.5, 0, 0, 0, 0}, m, 1e-12);
        assertEquals(0.5 * 900, m.sum() * 900, 1e-9);
    }

    @Test
    void testExactextractInsetSquare() {
        GridSpec grid = unitGrid(3, 3);
        CoverageMatrix m = PolygonCoverage.of(grid, wkt("POLYGON ((0.5 0.5, 2.5 0.5, 2.5 2.5, 0.5 2.5, 0.5 0.5))"));
        assertFractions(grid, new double[] {.25, .5, .25, .5, 1, .5, .25, .5, .25}, m, 1e-15);
        assertEquals(1.0, m.fraction(1, 1), 0.0, "interior pixel must be exactly 1");
    }

    @Test
    void testDistrictWithHole() {
        GridSpec grid = unitGrid(4, 4);
        Geometry g = wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1.5 1.5, 2.5 1.5, 2.5 2.5, 1.5 2.5, 1.5 1.5))");
        CoverageMatrix m = PolygonCoverage.of(grid, g);
        assertFractions(grid, new double[] {
            1, 1, 1, 1,
            1, .75, .75, 1,
            1, .75, .75, 1,
            1, 1, 1, 1}, m, 1e-15);
        assertEquals(15, m.sum(), 1e-12);
    }

    @Test
    void testDiagonalBoundaryHalvesDiagonalPixels() {
        GridSpec grid = unitGrid(2, 2);
        CoverageMatrix m = PolygonCoverage.of(grid, wkt("POLYGON ((0 0, 2 0, 2 2, 0 0))"));
        // top-left pixel is above the diagonal, bottom-right below it
        assertFractions(grid, new double[] {0, .5, .5, 1}, m, 1e-15);
    }

    @Test
    void testSteepDiagonalThroughManyCells() {
        // triangle with a slope-3 hypotenuse; pixel (0, row r) coverage from integrating x = y / 3
        GridSpec grid = unitGrid(1, 3);
        CoverageMatrix m = PolygonCoverage.of(grid, wkt("POLYGON ((0 0, 1 0, 1 3, 0 0))"));
        // row 2 is y in [0,1]: the part right of x = y/3 has area 1 - 1/6
        assertFractions(grid, new double[] {1 - 5.0 / 6, 1 - 3.0 / 6, 1 - 1.0 / 6}, m, 1e-15);
    }

    @Test
    void testTwoDistrictsSharingAWigglyBoundarySumToOne() {
        GridSpec grid = new GridSpec("", 1000, 2000, 10, 10, 20, 15);
        String line = "1000 1850, 1043.3 1877.1, 1071.7 1912.9, 1093.37 1941.1, 1130.01 1960.7, 1200 2000";
        Geometry a = wkt("POLYGON ((1000 2000, " + line + ", 1000 2000))");
        Geometry b = wkt("POLYGON ((" + line + ", 1200 1850, 1000 1850))");
        CoverageMatrix ma = PolygonCoverage.of(grid, a);
        CoverageMatrix mb = PolygonCoverage.of(grid, b);
        int shared = 0;
        for (int r = 0; r < grid.height(); r++) {
            for (int c = 0; c < grid.width(); c++) {
                double fa = ma.fraction(c, r);
                double fb = mb.fraction(c, r);
                if (fa > 0 && fb > 0) {
                    shared++;
                }
                assertEquals(1.0, fa + fb, 1e-13, "pixel (" + c + ", " + r + ")");
            }
        }
        assertTrue(shared > 20, "the boundary must cut through pixels, shared " + shared);
        assertEquals(a.getArea(), ma.sum() * 100, 1e-9 * a.getArea());
    }

    @Test
    void testEnclaveInsideAnotherDistrictsHoleSumsToOne() {
        GridSpec grid = unitGrid(8, 8);
        String enclave = "2.3 2.2, 5.7 1.9, 6.1 5.3, 3.3 6.45, 2.3 2.2";
        Geometry outer = wkt("POLYGON ((0 0, 8 0, 8 8, 0 8, 0 0), (" + enclave + "))");
        Geometry inner = wkt("POLYGON ((" + enclave + "))");
        CoverageMatrix mo = PolygonCoverage.of(grid, outer);
        CoverageMatrix mi = PolygonCoverage.of(grid, inner);
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertEquals(1.0, mo.fraction(c, r) + mi.fraction(c, r), 1e-14, "pixel (" + c + ", " + r + ")");
            }
        }
        assertEquals(inner.getArea(), mi.sum(), 1e-12);
        assertEquals(64 - inner.getArea(), mo.sum(), 1e-12);
    }

    @Test
    void testMultiPolygonAndSliver() {
        GridSpec grid = unitGrid(4, 2);
        Geometry g = wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2.5 0, 4 0, 4 1e-9, 2.5 0)))");
        CoverageMatrix m = PolygonCoverage.of(grid, g);
        assertEquals(1.0, m.fraction(0, 1), 0.0);
        // sliver of area 0.75e-9: its part in x [2.5, 3] is a triangle 0.5 wide and 0.5 / 1.5 * 1e-9 high
        double left = 0.5 * 0.5 * (0.5 / 1.5 * 1e-9);
        // absolute precision is about 1e-14 of a pixel (rows are shifted by 64 for exact cover sums)
        assertEquals(left, m.fraction(2, 1), 1e-14);
        assertEquals(0.75e-9 - left, m.fraction(3, 1), 1e-14);
        assertTrue(m.fraction(2, 1) > 0 && m.fraction(3, 1) > m.fraction(2, 1));
        assertEquals(g.getArea(), m.sum(), 1e-14);
        assertEquals(0, m.fraction(0, 0), 0.0);
    }

    @Test
    void testPolygonLargerThanGridIsExactlyOneInside() {
        GridSpec grid = unitGrid(5, 5);
        CoverageMatrix m = PolygonCoverage.of(grid, wkt("POLYGON ((-100.3 -77.1, 60.2 -80, 91.7 55.5, -40 66, -100.3 -77.1))"));
        for (double f : m.toArray()) {
            assertEquals(1.0, f, 0.0);
        }
        assertEquals(new PixelWindow(0, 0, 5, 5), m.window());
    }

    @Test
    void testDisjointPolygonGivesEmptyMatrix() {
        CoverageMatrix m = PolygonCoverage.of(unitGrid(3, 3), wkt("POLYGON ((10 10, 11 10, 11 11, 10 10))"));
        assertTrue(m.isEmpty());
        assertEquals(0, m.fraction(0, 0));
    }

    @Test
    void testNonPolygonalGeometryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolygonCoverage.of(unitGrid(3, 3), wkt("LINESTRING (0 0, 1 1)")));
        assertTrue(e.getMessage().contains("LineString"), e.getMessage());
    }

    @Test
    void testInvariantsOnRandomStarPolygonsUnderRotationAndReversal() {
        Random rnd = new Random(42);
        GridSpec grid = new GridSpec("", 500000, 4400000, 30, 30, 40, 35);
        for (int t = 0; t < 50; t++) {
            Polygon p = randomStar(rnd, 500000 + 600, 4400000 - 520, 400 + rnd.nextDouble() * 300, 5 + rnd.nextInt(40));
            CoverageMatrix m = PolygonCoverage.of(grid, p);
            for (double f : m.toArray()) {
                assertTrue(f >= 0 && f <= 1, "fraction " + f);
            }
            double area = m.sum() * 900;
            double expectedArea = p.intersection(box(grid)).getArea();
            assertEquals(expectedArea, area, 1e-9 * expectedArea, "polygon " + t);
            Coordinate[] cs = p.getExteriorRing().getCoordinates();
            int shift = 1 + rnd.nextInt(cs.length - 2);
            Coordinate[] rotated = new Coordinate[cs.length];
            for (int i = 0; i < cs.length - 1; i++) {
                rotated[i] = cs[(i + shift) % (cs.length - 1)];
            }
            rotated[cs.length - 1] = rotated[0];
            Polygon rot = GF.createPolygon(rotated);
            Polygon rev = (Polygon) p.reverse();
            CoverageMatrix mr = PolygonCoverage.of(grid, rot);
            CoverageMatrix mv = PolygonCoverage.of(grid, rev);
            for (int r = 0; r < grid.height(); r++) {
                for (int c = 0; c < grid.width(); c++) {
                    assertEquals(m.fraction(c, r), mr.fraction(c, r), 1e-13, "rotated, pixel (" + c + ", " + r + ")");
                    assertEquals(m.fraction(c, r), mv.fraction(c, r), 1e-13, "reversed, pixel (" + c + ", " + r + ")");
                }
            }
        }
    }

    @Test
    void testTilesAgreeWithWholeGrid() {
        Random rnd = new Random(7);
        GridSpec grid = new GridSpec("", 0, 100, 1, 1, 100, 100);
        Polygon p = randomStar(rnd, 50, 50, 45, 200);
        CoverageMatrix whole = PolygonCoverage.of(grid, p);
        PolygonRings rings = PolygonRings.of(p);
        double tiledSum = 0;
        for (PixelWindow w : new org.forestcoverage.grid.Tiling(grid, 32).tiles()) {
            CoverageMatrix m = rings.coverage(grid.crop(w));
            tiledSum += m.sum();
            for (int r = 0; r < w.height(); r++) {
                for (int c = 0; c < w.width(); c++) {
                    assertEquals(whole.fraction(w.col() + c, w.row() + r), m.fraction(c, r), 1e-12);
                }
            }
        }
        assertEquals(p.getArea(), tiledSum, 1e-9 * p.getArea());
    }

    static Polygon box(GridSpec g) {
        return (Polygon) GF.toGeometry(new org.locationtech.jts.geom.Envelope(g.minX(), g.maxX(), g.minY(), g.maxY()));
    }

    /** A star-shaped polygon (always simple) around (cx, cy). */
    static Polygon randomStar(Random rnd, double cx, double cy, double radius, int n) {
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * (i + 0.8 * rnd.nextDouble()) / n;
            double r = radius * (0.3 + 0.7 * rnd.nextDouble());
            cs[i] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        cs[n] = cs[0];
        return GF.createPolygon(cs);
    }
}
