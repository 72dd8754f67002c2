package org.forestcoverage.coverage;

import org.forestcoverage.grid.PixelWindow;

/**
 * The fraction of each pixel of a window covered by one polygon: {@link #fractionAt}{@code (r * width + c)} for window
 * row {@code r} and column {@code c}, each in [0, 1], dimensionless (share of the pixel's area in the grid's CRS).
 * {@link #spanStart}{@code (r)} and {@link #spanEnd}{@code (r)} bound the window columns of row {@code r} that may be
 * non-zero (start == end for a row the polygon misses); fractions outside are 0.
 * The window is given in pixels of the frame (tile) the coverage was computed for; pixels outside it are not covered.
 * An {@linkplain #isEmpty() empty} matrix means the polygon misses the frame.
 *
 * <pre>{@code
 * CoverageMatrix m = PolygonCoverage.of(tile, polygon);
 * double f = m.fraction(col, row);   // frame pixel, 0 outside the window
 * double px = m.sum();               // covered area in pixel units
 * }</pre>
 *
 * Immutable and thread-safe: the arrays are private and never handed out.
 */
public final class CoverageMatrix {
    private static final CoverageMatrix EMPTY = new CoverageMatrix(PixelWindow.EMPTY, new double[0], new int[0]);

    private final PixelWindow window;
    private final double[] fractions;
    private final int[] spans;

    /** Takes ownership of the arrays (callers in this package build them and drop them). */
    CoverageMatrix(PixelWindow window, double[] fractions, int[] spans) {
        if (fractions.length != window.pixelCount()) {
            throw new IllegalArgumentException(fractions.length + " fractions for window " + window);
        }
        if (spans.length != 2 * window.height()) {
            throw new IllegalArgumentException(spans.length + " span bounds for window " + window);
        }
        this.window = window;
        this.fractions = fractions;
        this.spans = spans;
    }

    /** The matrix of a polygon that misses the frame. */
    public static CoverageMatrix empty() {
        return EMPTY;
    }

    /** The covered window, in pixels of the frame. */
    public PixelWindow window() {
        return window;
    }

    /** The same fractions with the window moved by {@code (dCol, dRow)} frame pixels. */
    CoverageMatrix shifted(int dCol, int dRow) {
        return new CoverageMatrix(window.translate(dCol, dRow), fractions, spans);
    }

    public boolean isEmpty() {
        return window.isEmpty();
    }

    /** First window column of window row {@code r} that may be non-zero. */
    public int spanStart(int r) {
        return spans[2 * r];
    }

    /** End (exclusive) of the window columns of window row {@code r} that may be non-zero. */
    public int spanEnd(int r) {
        return spans[2 * r + 1];
    }

    /** Fraction at window-relative flat index {@code r * window().width() + c}. */
    public double fractionAt(int index) {
        return fractions[index];
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

    /** Every fraction, row by row over the window (a new array). */
    public double[] toArray() {
        return fractions.clone();
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
