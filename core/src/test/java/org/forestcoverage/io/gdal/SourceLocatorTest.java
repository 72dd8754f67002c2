package org.forestcoverage.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.warp.SourceLocator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, exact warping: the locator's nearest source pixel, interpolated on the grid-anchored lattice with exact
 * fall-backs, equals PROJ's exact transform of every pixel centre followed by GDAL's floor(x + 1e-10), and a pixel's
 * answer is the same bits whatever window asks for it. A UTM 50 N grid over Beijing, a UTM 49 N source, on a lattice
 * rotated against the grid by the zone change, as in ../shared/bench/multi.
 */
@Tag("unit")
class SourceLocatorTest {
    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400010, 4500010, 30, 30, 600, 600);
    /** UTM 49 N, its corner near grid pixel (100, 50), on its own lattice (5 m off multiples of 30). */
    static final GridSpec SOURCE = source();

    private static GridSpec source() {
        double[][] corner = Crs.transform(GRID.crsWkt(), "EPSG:32649", new double[] {GRID.x(100)},
                new double[] {GRID.y(50)});
        return new GridSpec(Crs.toWkt("EPSG:32649"), Math.floor(corner[0][0] / 30) * 30 + 5,
                Math.ceil(corner[1][0] / 30) * 30 - 5, 30, 30, 700, 700);
    }

    /** A window that crosses the source's edge. */
    static final PixelWindow CROSSING = new PixelWindow(37, 11, 300, 280);

    /** A locator that located {@link #CROSSING}, with its fractional coordinates or its nearest pixels only. */
    private static SourceLocator located(ProjTransform t, boolean fractions) {
        SourceLocator at = new SourceLocator(GRID, SOURCE, t);
        if (fractions) {
            at.locate(CROSSING);
        } else {
            at.locateNearest(CROSSING);
        }
        return at;
    }

    @Test
    void nearestPixelsEqualTheExactTransformOfEveryCentre() {
        PixelWindow w = CROSSING;
        try (ProjTransform t = ProjTransform.between(GRID.crsWkt(), SOURCE.crsWkt())) {
            SourceLocator at = located(t, true);
            SourceLocator near = located(t, false);            // without fractional coordinates: the same pixels
            int n = (int) w.pixelCount();
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = GRID.x(w.col() + i % w.width() + 0.5);
                ys[i] = GRID.y(w.row() + i / w.width() + 0.5);
            }
            t.transform(xs, ys, n);
            int inside = 0;
            for (int i = 0; i < n; i++) {
                double fx = SOURCE.col(xs[i]);
                double fy = SOURCE.row(ys[i]);
                int c = (int) Math.floor(fx + 1e-10);
                int r = (int) Math.floor(fy + 1e-10);
                boolean in = fx >= 0 && fy >= 0 && c < SOURCE.width() && r < SOURCE.height();
                assertEquals(in ? c : -1, at.nearestCol()[i], "column of pixel " + i);
                assertEquals(in ? r : -1, at.nearestRow()[i], "row of pixel " + i);
                assertEquals(in ? c : -1, near.nearestCol()[i], "column of pixel " + i + ", nearest only");
                assertEquals(in ? r : -1, near.nearestRow()[i], "row of pixel " + i + ", nearest only");
                inside += in ? 1 : 0;
            }
            assertTrue(inside > n / 2 && inside < n, "the window crosses the source's edge: " + inside + " of " + n);
            assertEquals(inside, near.inside());
            assertTrue(at.transformed() < n / 10, "exact transforms: " + at.transformed() + " for " + n + " pixels");
        }
    }

    @Test
    void nearestOnlyGivesOneIndexIntoTheSourceWindow() {
        PixelWindow w = CROSSING;
        try (ProjTransform t = ProjTransform.between(GRID.crsWkt(), SOURCE.crsWkt())) {
            SourceLocator full = located(t, true);
            SourceLocator near = located(t, false);
            assertEquals(full.sourceWindow(0), near.sourceWindow(0));
            // an index into a source window one pixel wider on each side: row-major, counted by hand
            PixelWindow from = new PixelWindow(near.sourceWindow(0).col() - 1, near.sourceWindow(0).row() - 1,
                    near.sourceWindow(0).width() + 2, near.sourceWindow(0).height() + 2);
            int[] index = near.nearestIndex(from);
            for (int i = 0; i < (int) w.pixelCount(); i++) {
                int c = full.nearestCol()[i];
                int r = full.nearestRow()[i];
                assertEquals(c < 0 ? -1 : (r - from.row()) * from.width() + c - from.col(), index[i], "index of " + i);
            }
            // the same buffers, asked for fractions after nearest pixels only: located again, with them
            SourceLocator.Buffers shared = new SourceLocator.Buffers();
            SourceLocator both = new SourceLocator(GRID, SOURCE, t, shared);
            both.locateNearest(w);
            both.locate(w);
            for (int i = 0; i < (int) w.pixelCount(); i++) {
                assertEquals(full.col()[i], both.col()[i], 0.0, "column of pixel " + i);
            }
            new SourceLocator(GRID, SOURCE, t, shared).locateNearest(new PixelWindow(0, 0, 8, 8));
            assertThrows(IllegalStateException.class, () -> both.nearestIndex(from), "another locator used the buffers");
        }
    }

    @Test
    void aPixelGetsTheSameCoordinatesFromEveryWindow() {
        try (ProjTransform t = ProjTransform.between(GRID.crsWkt(), SOURCE.crsWkt())) {
            SourceLocator big = new SourceLocator(GRID, SOURCE, t);
            SourceLocator small = new SourceLocator(GRID, SOURCE, t);
            PixelWindow all = new PixelWindow(0, 0, 200, 200);
            big.locate(all);
            for (PixelWindow w : new PixelWindow[] {new PixelWindow(0, 0, 16, 16), new PixelWindow(31, 47, 70, 33),
                    new PixelWindow(150, 100, 50, 100)}) {
                small.locate(w);
                for (int r = 0; r < w.height(); r++) {
                    for (int c = 0; c < w.width(); c++) {
                        int i = r * w.width() + c;
                        int j = (w.row() + r) * all.width() + w.col() + c;
                        assertEquals(big.col()[j], small.col()[i], 0.0, "column of " + (w.col() + c) + ", " + (w.row() + r));
                        assertEquals(big.row()[j], small.row()[i], 0.0, "row of " + (w.col() + c) + ", " + (w.row() + r));
                    }
                }
            }
        }
    }
}
