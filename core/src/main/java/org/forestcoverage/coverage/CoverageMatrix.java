package org.forestcoverage.coverage;

import org.forestcoverage.grid.PixelWindow;

/**
 * The fraction of each pixel of a window covered by one polygon: {@code fractions[r * width + c]} for window row
 * {@code r} and column {@code c}, each in [0, 1], dimensionless (share of the pixel's area in the grid's CRS).
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
public record CoverageMatrix(PixelWindow window, double[] fractions) {

    public CoverageMatrix {
        if (fractions.length != window.pixelCount()) {
            throw new IllegalArgumentException(fractions.length + " fractions for window " + window);
        }
    }

    /** The matrix of a polygon that misses the frame. */
    public static CoverageMatrix empty() {
        return new CoverageMatrix(PixelWindow.EMPTY, new double[0]);
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
