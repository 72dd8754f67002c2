package org.forestcoverage.coverage;

import org.forestcoverage.grid.PixelWindow;

/**
 * The fraction of each pixel of a window covered by one polygon: {@code fractions[r * width + c]} for window row
 * {@code r} and column {@code c}, each in [0, 1], dimensionless (share of the pixel's area in the grid's CRS).
 * {@code spans[2 * r]} and {@code spans[2 * r + 1]} bound the window columns of row {@code r} that may be non-zero
 * (start inclusive, end exclusive; start == end for a row the polygon misses); fractions outside are 0.
 * The window is given in pixels of the frame (tile) the coverage was computed for; pixels outside it are not covered.
 * An {@linkplain #isEmpty() empty} matrix means the polygon misses the frame.
 *
 * <pre>{@code
 * CoverageMatrix m = PolygonCoverage.of(tile, polygon);
 * double f = m.fraction(col, row);   // frame pixel, 0 outside the window
 * double px = m.sum();               // covered area in pixel units
 * }</pre>
 *
 * Immutable by convention: do not modify the array.
 */
public record CoverageMatrix(PixelWindow window, double[] fractions, int[] spans) {

    public CoverageMatrix {
        if (fractions.length != window.pixelCount()) {
            throw new IllegalArgumentException(fractions.length + " fractions for window " + window);
        }
        if (spans.length != 2 * window.height()) {
            throw new IllegalArgumentException(spans.length + " span bounds for window " + window);
        }
    }

    /** A matrix whose rows may be non-zero anywhere in the window. */
    public CoverageMatrix(PixelWindow window, double[] fractions) {
        this(window, fractions, fullSpans(window));
    }

    /** The matrix of a polygon that misses the frame. */
    public static CoverageMatrix empty() {
        return new CoverageMatrix(PixelWindow.EMPTY, new double[0], new int[0]);
    }

    private static int[] fullSpans(PixelWindow window) {
        int[] s = new int[2 * window.height()];
        for (int r = 0; r < window.height(); r++) {
            s[2 * r + 1] = window.width();
        }
        return s;
    }

    public boolean isEmpty() {
        return window.isEmpty();
    }

    /** Fraction of frame pixel {@code (col, row)}; 0 outside the window. */
    public double fraction(int col, int row) {
        int c = col - window.col();
        int r = row - window.row();
        if (c < 0 || r < 0 || c >= window.width() || r >= window.height()) {
            return 0;
        }
        return fractions[r * window.width() + c];
    }

    /** Sum of all fractions: the covered area in pixel units. */
    public double sum() {
        double s = 0;
        for (double f : fractions) {
            s += f;
        }
        return s;
    }
}
