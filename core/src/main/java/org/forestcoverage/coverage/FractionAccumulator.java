package org.forestcoverage.coverage;

import org.forestcoverage.grid.PixelWindow;

/**
 * Accumulates the signed area of rings per cell of a window and turns it into coverage fractions.
 *
 * <pre>{@code
 * FractionAccumulator acc = new FractionAccumulator(new PixelWindow(0, 0, 3, 3));
 * acc.addRing(new double[] {0.5, 2.5, 2.5, 0.5}, new double[] {0.5, 0.5, 2.5, 2.5}, 4, -1);
 * CoverageMatrix m = acc.toMatrix(); // .25 .5 .25 / .5 1 .5 / .25 .5 .25
 * }</pre>
 *
 * <p>Each edge piece from {@link CellTraversal} adds {@code dv * rightShare} to the "area" of its cell (a trapezoid)
 * and {@code dv} to the "cover" of the cell right of it; a prefix sum of cover along each row plus the cell's own
 * area gives the winding-number-weighted area of the cell in pixel units. Cells no edge crosses have zero own area,
 * and their cover is an exact sum, so interior cells get exactly 1.
 *
 * <p>The sign passed with a ring decides whether it adds or removes area: a ring whose vertices run clockwise on the
 * map (counter-clockwise in the (u, v) frame, where v grows south) adds area with sign {@code -1}; see
 * {@link PolygonRings} for shells and holes. Not thread-safe; {@link #toMatrix()} may be called once.
 */
public final class FractionAccumulator implements CellSink {
    private final PixelWindow window;
    private final CellTraversal traversal;
    private final int width;
    private final double[] cover;
    private final int[] spans;       // per row: first and last+1 window column a piece touched (col -1 counts as 0)
    private double[] area;

    /** An accumulator over {@code window}, given in frame pixels, of a frame as tall as the window's bottom. */
    public FractionAccumulator(PixelWindow window) {
        this(window, window.row() + window.height());
    }

    /**
     * An accumulator over {@code window} (frame pixels) of a frame of {@code frameHeight} rows: the same window of the
     * same frame gives the same fractions whatever other windows the frame is cut into ({@link CellTraversal}).
     */
    public FractionAccumulator(PixelWindow window, int frameHeight) {
        this.window = window;
        this.traversal = new CellTraversal(window, frameHeight);
        this.width = window.width();
        this.cover = new double[(width + 1) * window.height()];
        this.area = new double[width * window.height()];
        this.spans = new int[2 * window.height()];
        for (int r = 0; r < window.height(); r++) {
            spans[2 * r] = width;
        }
    }

    /**
     * Adds the ring with vertices {@code (u[i], v[i])}, {@code i < n}, in frame pixel units (closed or not: the
     * closing edge is implied), every piece multiplied by {@code sign}.
     */
    public void addRing(double[] u, double[] v, int n, double sign) {
        checkOpen();
        if (n < 2) {
            return;
        }
        for (int i = 1; i < n; i++) {
            traversal.edge(u[i - 1], v[i - 1], u[i], v[i], sign, this);
        }
        if (u[n - 1] != u[0] || v[n - 1] != v[0]) {
            traversal.edge(u[n - 1], v[n - 1], u[0], v[0], sign, this);
        }
    }

    /** Adds one edge piece; see {@link CellSink}. */
    @Override
    public void piece(int row, int col, double dv, double rightShare) {
        if (col >= 0) {
            area[row * width + col] += dv * rightShare;
        }
        cover[row * (width + 1) + col + 1] += dv;
        int c = Math.max(col, 0);
        if (c < spans[2 * row]) {
            spans[2 * row] = c;
        }
        if (c >= spans[2 * row + 1]) {
            spans[2 * row + 1] = c + 1;
        }
    }

    /**
     * The fractions of the window's cells, clamped to [0, 1] (rounding, or overlapping parts of an invalid
     * multipolygon, can leave them slightly outside). Ends this accumulator.
     *
     * <p>Left of the first piece of a row the fraction is 0; right of the last piece it is the row's total cover, an
     * exact sum that is 0 unless the polygon goes on right of the window, so only the columns between them are summed
     * (the matrix's spans).
     */
    public CoverageMatrix toMatrix() {
        checkOpen();
        double[] f = area;
        area = null;
        for (int r = 0, h = window.height(); r < h; r++) {
            double run = 0;
            int ci = r * (width + 1);
            int fi = r * width;
            int end = spans[2 * r + 1];
            if (spans[2 * r] >= end) {
                spans[2 * r] = 0;
                spans[2 * r + 1] = 0;
                continue;
            }
            for (int c = spans[2 * r]; c < end; c++) {
                run += cover[ci + c];
                double x = run + f[fi + c];
                f[fi + c] = x <= 0 ? 0 : (x >= 1 ? 1 : x);
            }
            run += cover[ci + end];    // the cover of the last piece's right neighbours
            if (run != 0) {     // the polygon goes on right of the window: the cover carries to the end of the row
                double x = run <= 0 ? 0 : (run >= 1 ? 1 : run);
                java.util.Arrays.fill(f, fi + end, fi + width, x);
                spans[2 * r + 1] = width;
            }
        }
        return new CoverageMatrix(window, f, spans);
    }

    private void checkOpen() {
        if (area == null) {
            throw new IllegalStateException("accumulator already turned into a matrix");
        }
    }
}
