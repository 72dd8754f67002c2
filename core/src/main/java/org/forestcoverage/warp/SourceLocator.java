package org.forestcoverage.warp;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;

/**
 * Where each pixel centre of a window of the analysis grid falls in one source raster: its fractional source column
 * and row, and its nearest source pixel by GDAL's rule ({@code floor(x + 1e-10)}), decided per grid pixel so that the
 * answer never depends on the tile, the partitioning or the executor.
 *
 * <pre>{@code
 * SourceLocator at = new SourceLocator(grid, sourceGrid, projTransform);    // null transform: the same CRS
 * at.locate(tile);
 * int c = at.nearestCol()[i], r = at.nearestRow()[i];                        // c < 0: outside the source
 * at.locateNearest(tile);                   // nearest pixels only, for nearest-neighbour reads: no fractions kept
 * int k = at.nearestIndex(at.sourceWindow(0))[i];                           // row-major in that window, -1 outside
 * }</pre>
 *
 * <p><b>Exactness.</b> A pixel's source coordinates are by definition those of its centre {@code grid.x(c + 0.5)},
 * {@code grid.y(r + 0.5)} transformed exactly ({@link PointTransform}, PROJ) and converted to source pixels as
 * {@code (x - originX) / pixelWidth}, {@code (originY - y) / pixelHeight}; the nearest pixel is
 * {@code floor(col + 1e-10)}, {@code floor(row + 1e-10)}, inside when both coordinates are {@code >= 0} and below the
 * source's size. Transforming every pixel costs about a microsecond each, so instead the exact coordinates are taken
 * on a lattice of nodes every {@link #STEP} grid pixels, anchored to the grid (node {@code (i, j)} is the centre of
 * pixel {@code (i STEP, j STEP)}) and interpolated bilinearly inside each lattice cell. The bilinear error of a smooth
 * map on a cell is {@code -1/2 [u(1-u) h² f_xx + v(1-v) h² f_yy]} to second order (the mixed term is reproduced
 * exactly), at most {@code h² (|f_xx| + |f_yy|) / 8}; the exact error measured at the midpoints of the cell's four
 * edges (which are {@code h² |f_xx| / 8} and {@code h² |f_yy| / 8} there) and at its centre bounds it, and each cell
 * takes twice the sum of those measurements plus 1e-9 pixel (rounding of the interpolation) as its bound. Wherever
 * an interpolated coordinate plus 1e-10 lies within that bound of a whole number, the pixel is transformed exactly
 * instead, so the nearest pixel and the inside test equal those of the exact transform of every pixel. Between
 * neighbouring UTM zones the bound is a few 1e-6 pixel for 32-pixel cells, so about one pixel in 10^5 needs the exact
 * transform. For a source in the grid's CRS the map is affine and every pixel is computed exactly.
 *
 * <p>Bilinear and cubic resampling use the interpolated coordinates, which are the same bits whatever window asks
 * for a pixel. Its per-pixel arrays ({@link Buffers}) may be shared by the locators of a task: they hold the last
 * located window of whichever locator ran last. Not thread-safe: one per task and source grid.
 */
public final class SourceLocator {
    /** Lattice step in grid pixels: a power of two, so that a pixel's position in its cell is exact. */
    public static final int STEP = 32;
    /** GDAL's nearest-neighbour nudge, {@code floor(x + 1e-10)}. */
    private static final double NUDGE = 1e-10;
    private static final double ROUNDING = 1e-9;

    private final GridSpec grid;
    private final GridSpec source;
    private final PointTransform exact;
    private final Buffers buffers;
    private double[] col;
    private double[] row;
    private int[] nearCol;
    private int[] nearRow;
    private double[] xs;
    private double[] ys;
    private PixelWindow window;
    private PixelWindow nearestBox = PixelWindow.EMPTY;
    private int inside;
    private long located;
    private long transformed;

    /**
     * The per-pixel arrays of the locators of one task, shared: the scenes of a tile are read one after the other, so
     * a task holds one tile's worth of coordinates whatever the number of warped scenes. The last locator to use them
     * owns their contents. Not thread-safe.
     */
    public static final class Buffers {
        private double[] col = new double[0];
        private double[] row = new double[0];
        private int[] nearCol = new int[0];
        private int[] nearRow = new int[0];
        private double[] xs = new double[0];
        private double[] ys = new double[0];
        private int[] pending = new int[0];
        private int[] index = new int[0];
        private SourceLocator owner;
        /** Whether {@code col} and {@code row} hold the owner's window (not only its nearest pixels). */
        private boolean fractions;
        /** The source window {@code index} was made for, {@code null} when it is stale. */
        private PixelWindow indexFrom;
    }

    /**
     * @param grid   the analysis grid
     * @param source the source raster's grid
     * @param exact  the exact map from the grid's CRS to the source's, or {@code null} when both CRSs are the same
     */
    public SourceLocator(GridSpec grid, GridSpec source, PointTransform exact) {
        this(grid, source, exact, new Buffers());
    }

    /** A locator whose per-pixel arrays are the task's shared {@code buffers}. */
    public SourceLocator(GridSpec grid, GridSpec source, PointTransform exact, Buffers buffers) {
        this.grid = grid;
        this.source = source;
        this.exact = exact;
        this.buffers = buffers;
    }

    public GridSpec source() {
        return source;
    }

    /**
     * Locates every pixel of {@code w} (pixels of the analysis grid); the buffers then hold, row-major, each pixel's
     * fractional source column and row (NaN where the centre has no image) and its nearest source pixel (column
     * {@code -1} outside the source). Locating the same window again is free.
     */
    public void locate(PixelWindow w) {
        locate(w, true);
    }

    /**
     * Locates the nearest source pixel of every pixel of {@code w}, as {@link #locate} does, without keeping the
     * fractional coordinates ({@link #col()} and {@link #row()} are then undefined): what nearest-neighbour reads
     * need, at about half the memory traffic. The nearest pixels are the same bits as {@link #locate}'s.
     */
    public void locateNearest(PixelWindow w) {
        locate(w, false);
    }

    private void locate(PixelWindow w, boolean fractions) {
        Buffers b = buffers;
        if (b.owner == this && w.equals(window) && (b.fractions || !fractions)) {
            return;
        }
        int n = (int) w.pixelCount();
        if (b.nearCol.length < n) {
            b.nearCol = new int[n];
            b.nearRow = new int[n];
        }
        if (fractions && b.col.length < n) {
            b.col = new double[n];
            b.row = new double[n];
        }
        b.owner = this;
        b.fractions = fractions;
        b.indexFrom = null;
        col = fractions ? b.col : null;
        row = fractions ? b.row : null;
        nearCol = b.nearCol;
        nearRow = b.nearRow;
        if (exact == null) {
            affine(w);
        } else {
            interpolated(w);
        }
        box(n);
        located += n;
        window = w;
    }

    /** Source coordinates of a source in the grid's CRS: exact for every pixel. */
    private void affine(PixelWindow w) {
        int i = 0;
        for (int r = 0; r < w.height(); r++) {
            double sr = source.row(grid.y(w.row() + r + 0.5));
            for (int c = 0; c < w.width(); c++, i++) {
                put(i, source.col(grid.x(w.col() + c + 0.5)), sr);
            }
        }
    }

    /**
     * Stores pixel {@code i}'s source coordinates (when fractions are kept) and its nearest source pixel by GDAL's
     * rule, column and row {@code -1} outside the source (NaN fails every comparison: outside).
     */
    private void put(int i, double fx, double fy) {
        if (col != null) {
            col[i] = fx;
            row[i] = fy;
        }
        // floor of a non-negative value is its truncation, and the cast saturates at Integer.MAX_VALUE
        int c = fx >= 0 ? (int) (fx + NUDGE) : -1;
        int r = fy >= 0 ? (int) (fy + NUDGE) : -1;
        boolean in = c >= 0 && r >= 0 && c < source.width() && r < source.height();
        nearCol[i] = in ? c : -1;
        nearRow[i] = in ? r : -1;
    }

    /** Source coordinates interpolated on the grid-anchored lattice, exact where the error bound could matter. */
    private void interpolated(PixelWindow w) {
        int i0 = Math.floorDiv(w.col(), STEP);
        int i1 = Math.floorDiv(w.endCol() - 1, STEP);
        int j0 = Math.floorDiv(w.row(), STEP);
        int j1 = Math.floorDiv(w.endRow() - 1, STEP);
        int cellsX = i1 - i0 + 1;
        int cellsY = j1 - j0 + 1;
        int nodesX = cellsX + 1;
        int nodes = nodesX * (cellsY + 1);
        int cells = cellsX * cellsY;
        // nodes, then per cell: centre, top, bottom, left and right edge midpoints
        int points = nodes + 5 * cells;
        ensureWork(points);
        int k = 0;
        for (int j = j0; j <= j1 + 1; j++) {
            for (int i = i0; i <= i1 + 1; i++, k++) {
                centre(i * STEP, j * STEP, k);
            }
        }
        int half = STEP / 2;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int c = i * STEP;
                int r = j * STEP;
                centre(c + half, r + half, k++);
                centre(c + half, r, k++);
                centre(c + half, r + STEP, k++);
                centre(c, r + half, k++);
                centre(c + STEP, r + half, k++);
            }
        }
        exact.transform(xs, ys, points);
        transformed += points;
        for (int p = 0; p < points; p++) {
            xs[p] = source.col(xs[p]);
            ys[p] = source.row(ys[p]);
        }
        int pendingCount = 0;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int n00 = (j - j0) * nodesX + (i - i0);
                int check = nodes + 5 * ((j - j0) * cellsX + (i - i0));
                double boundX = bound(xs, n00, nodesX, check);
                double boundY = bound(ys, n00, nodesX, check);
                pendingCount = fillCell(w, i, j, n00, nodesX, boundX, boundY, pendingCount);
            }
        }
        exactFor(w, pendingCount);
    }

    /** Writes the map coordinates of the centre of grid pixel {@code (c, r)} into slot {@code k}. */
    private void centre(int c, int r, int k) {
        xs[k] = grid.x(c + 0.5);
        ys[k] = grid.y(r + 0.5);
    }

    /** The interpolation error bound of one coordinate on one cell (infinite when a node or check has no image). */
    private static double bound(double[] f, int n00, int nodesX, int check) {
        double a = f[n00];
        double b = f[n00 + 1];
        double c = f[n00 + nodesX];
        double d = f[n00 + nodesX + 1];
        double centre = Math.abs(f[check] - 0.25 * (a + b + c + d));
        double alongX = Math.max(Math.abs(f[check + 1] - 0.5 * (a + b)), Math.abs(f[check + 2] - 0.5 * (c + d)));
        double alongY = Math.max(Math.abs(f[check + 3] - 0.5 * (a + c)), Math.abs(f[check + 4] - 0.5 * (b + d)));
        double e = 2 * (centre + alongX + alongY) + ROUNDING;
        return e == e ? e : Double.POSITIVE_INFINITY;
    }

    /** Interpolates the pixels of cell {@code (i, j)} inside {@code w}; queues those within the bound of an edge. */
    private int fillCell(PixelWindow w, int i, int j, int n00, int nodesX, double boundX, double boundY, int queued) {
        int c0 = Math.max(w.col(), i * STEP);
        int c1 = Math.min(w.endCol(), (i + 1) * STEP);
        int r0 = Math.max(w.row(), j * STEP);
        int r1 = Math.min(w.endRow(), (j + 1) * STEP);
        double ax = xs[n00];
        double bx = xs[n00 + 1] - ax;
        double cx = xs[n00 + nodesX] - ax;
        double dx = xs[n00 + nodesX + 1] - xs[n00 + 1] - xs[n00 + nodesX] + ax;
        double ay = ys[n00];
        double by = ys[n00 + 1] - ay;
        double cy = ys[n00 + nodesX] - ay;
        double dy = ys[n00 + nodesX + 1] - ys[n00 + 1] - ys[n00 + nodesX] + ay;
        for (int r = r0; r < r1; r++) {
            double v = (r - j * STEP) / (double) STEP;
            double cxv = cx * v;
            double dxv = dx * v;
            double cyv = cy * v;
            double dyv = dy * v;
            int at = (r - w.row()) * w.width() - w.col();
            for (int c = c0; c < c1; c++) {
                double u = (c - i * STEP) / (double) STEP;
                double fx = ax + cxv + u * (bx + dxv);
                double fy = ay + cyv + u * (by + dyv);
                put(at + c, fx, fy);
                double tx = fx + NUDGE;
                double ty = fy + NUDGE;
                if (!(Math.abs(tx - Math.rint(tx)) > boundX && Math.abs(ty - Math.rint(ty)) > boundY)) {
                    if (queued == buffers.pending.length) {
                        buffers.pending = java.util.Arrays.copyOf(buffers.pending, Math.max(64, 2 * queued));
                    }
                    buffers.pending[queued++] = at + c;
                }
            }
        }
        return queued;
    }

    /** Replaces the queued pixels' coordinates by their exact transforms. */
    private void exactFor(PixelWindow w, int count) {
        if (count == 0) {
            return;
        }
        ensureWork(count);
        int[] pending = buffers.pending;
        for (int k = 0; k < count; k++) {
            int p = pending[k];
            centre(w.col() + p % w.width(), w.row() + p / w.width(), k);
        }
        exact.transform(xs, ys, count);
        transformed += count;
        for (int k = 0; k < count; k++) {
            put(pending[k], source.col(xs[k]), source.row(ys[k]));
        }
    }

    /** The box around the {@code n} located pixels' nearest source pixels, and how many are inside. */
    private void box(int n) {
        int minC = Integer.MAX_VALUE;
        int minR = Integer.MAX_VALUE;
        int maxC = -1;
        int maxR = -1;
        int in = 0;
        for (int i = 0; i < n; i++) {
            int c = nearCol[i];
            if (c >= 0) {
                int r = nearRow[i];
                minC = Math.min(minC, c);
                maxC = Math.max(maxC, c);
                minR = Math.min(minR, r);
                maxR = Math.max(maxR, r);
                in++;
            }
        }
        inside = in;
        nearestBox = in == 0 ? PixelWindow.EMPTY : new PixelWindow(minC, minR, maxC - minC + 1, maxR - minR + 1);
    }

    /**
     * Each located pixel's nearest source pixel as an index into {@code from} (row-major, a window of the source
     * that holds {@link #sourceWindow(int)}), {@code -1} outside the source: one array for all the bands read on
     * this source grid. Made once per located window and {@code from}.
     */
    public int[] nearestIndex(PixelWindow from) {
        Buffers b = buffers;
        if (b.owner != this) {
            throw new IllegalStateException("another locator used the shared buffers since this one located");
        }
        int n = (int) window.pixelCount();
        if (b.indexFrom != null && b.indexFrom.equals(from)) {
            return b.index;
        }
        if (b.index.length < n) {
            b.index = new int[n];
        }
        int fw = from.width();
        int base = -from.row() * fw - from.col();
        int[] index = b.index;
        for (int i = 0; i < n; i++) {
            int c = nearCol[i];
            index[i] = c >= 0 ? base + nearRow[i] * fw + c : -1;
        }
        b.indexFrom = from;
        return index;
    }

    private void ensureWork(int n) {
        if (buffers.xs.length < n) {
            buffers.xs = new double[n];
            buffers.ys = new double[n];
        }
        xs = buffers.xs;
        ys = buffers.ys;
    }

    /** The located window, or {@code null} before the first {@link #locate}. */
    public PixelWindow window() {
        return window;
    }

    /** Fractional source columns of the located pixels (NaN: no image); {@code null} after {@link #locateNearest}. */
    public double[] col() {
        return col;
    }

    /** Fractional source rows of the located pixels (NaN: no image); {@code null} after {@link #locateNearest}. */
    public double[] row() {
        return row;
    }

    /** Nearest source column of each located pixel, {@code -1} outside the source. */
    public int[] nearestCol() {
        return nearCol;
    }

    /** Nearest source row of each located pixel, {@code -1} outside the source. */
    public int[] nearestRow() {
        return nearRow;
    }

    /** Number of located pixels inside the source. */
    public int inside() {
        return inside;
    }

    /**
     * The source pixels the located window's nearest pixels span, widened by {@code radius} and clipped to the
     * source; empty when no pixel is inside.
     */
    public PixelWindow sourceWindow(int radius) {
        if (nearestBox.isEmpty()) {
            return PixelWindow.EMPTY;
        }
        PixelWindow wide = new PixelWindow(nearestBox.col() - radius, nearestBox.row() - radius,
                nearestBox.width() + 2 * radius, nearestBox.height() + 2 * radius);
        return wide.intersect(source.window());
    }

    /** Pixels located so far. */
    public long located() {
        return located;
    }

    /** Exact point transforms made so far (lattice nodes, checks and pixels near a source pixel edge). */
    public long transformed() {
        return transformed;
    }
}
