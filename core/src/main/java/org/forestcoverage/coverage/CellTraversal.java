package org.forestcoverage.coverage;

import org.forestcoverage.grid.PixelWindow;

/**
 * Cuts straight edges at pixel row and column boundaries and reports each piece to a {@link CellSink}.
 *
 * <pre>{@code
 * CellTraversal t = new CellTraversal(new PixelWindow(0, 0, 3, 3));
 * t.edge(0.5, 0.5, 2.5, 2.5, 1.0, sink); // pieces in cells (0,0), (1,1), (2,2)
 * }</pre>
 *
 * <p>Coordinates are in pixel units of a frame (the analysis grid): {@code u} is the fractional column, {@code v} the
 * fractional row, both measured from the frame's top-left corner. Only the rows and columns of {@code window} (given
 * in frame pixels) are reported; the part of an edge left of the window is reported as column {@code -1}, the part
 * right of it is dropped, rows outside are dropped.
 *
 * <p>Exactness: rows are processed in a shifted coordinate {@code v + 2^k} (the smallest power of two, at least 64,
 * not below the frame's height), where all values inside the frame's rows share one binade; the piece heights
 * {@code dv} are then exact differences, so the sums of {@code dv} (the full-cell "cover" of
 * {@link FractionAccumulator}) are exact and interior cells come out exactly 1.
 *
 * <p>Window invariance: edges are cut at the frame's column boundaries, each cut computed from the edge's ends alone,
 * and the shift depends on the frame, not the window. So a window reports exactly the pieces the whole frame would
 * report in its cells, bit for bit, and the part left of it sums (exactly) to what the frame's cells left of it get:
 * coverage computed tile by tile in one frame (the analysis grid) does not depend on the tiling. Each edge is processed from its
 * northern to its southern end whatever its direction, so an edge shared by two rings gives bit-identical pieces of
 * opposite sign. Edges along a column boundary belong to the cell on their left (so they add only cover).
 * Immutable and thread-safe.
 */
public final class CellTraversal {
    private final int col0;
    private final int row0;
    private final int width;
    private final int height;
    private final double vShift;

    /** A traversal reporting the cells of {@code window} (frame pixels), in a frame as tall as the window's bottom. */
    public CellTraversal(PixelWindow window) {
        this(window, window.row() + window.height());
    }

    /**
     * A traversal reporting the cells of {@code window} (frame pixels, non-negative offsets) of a frame of
     * {@code frameHeight} rows.
     */
    public CellTraversal(PixelWindow window, int frameHeight) {
        if (window.col() < 0 || window.row() < 0) {
            throw new IllegalArgumentException("window " + window + " must lie at non-negative frame pixels");
        }
        this.col0 = window.col();
        this.row0 = window.row();
        this.width = window.width();
        this.height = window.height();
        long bottom = Math.max(64L, Math.max(frameHeight, (long) window.row() + window.height()));
        this.vShift = Long.highestOneBit(bottom) == bottom ? bottom : Long.highestOneBit(bottom) << 1;
    }

    /**
     * Reports the pieces of the edge from {@code (u0, v0)} to {@code (u1, v1)} (frame pixel units), with heights
     * multiplied by {@code sign}. Horizontal edges and edges outside the window's rows report nothing.
     */
    public void edge(double u0, double v0, double u1, double v1, double sign, CellSink sink) {
        double a = v0 + vShift;
        double b = v1 + vShift;
        if (a == b) {
            return;
        }
        if (a > b) {              // canonical direction: north to south
            edgeSouthward(u1, b, u0, a, -sign, sink);
        } else {
            edgeSouthward(u0, a, u1, b, sign, sink);
        }
    }

    private void edgeSouthward(double ua, double va, double ub, double vb, double sign, CellSink sink) {
        double top = vShift + row0;
        double bottom = top + height;
        if (vb <= top || va >= bottom || Math.min(ua, ub) >= col0 + width) {
            return;
        }
        double dudv = (ub - ua) / (vb - va);
        int first = (int) Math.max(row0, Math.floor(va - vShift));
        int last = (int) Math.min(row0 + height - 1L, Math.ceil(vb - vShift) - 1);
        for (int j = first; j <= last; j++) {
            double s0 = vShift + j;
            double s1 = s0 + 1;
            double p = Math.max(va, s0);
            double q = Math.min(vb, s1);
            if (!(q > p)) {
                continue;
            }
            double up = p == va ? ua : ua + (p - va) * dudv;
            double uq = q == vb ? ub : ua + (q - va) * dudv;
            if (up <= uq) {
                strip(j - row0, up, p, uq, q, sign, sink);
            } else {
                strip(j - row0, uq, q, up, p, -sign, sink);
            }
        }
    }

    /**
     * One row strip, walked west to east from (uL, vL) to (uR, vR) in frame columns; pieces are reported in window
     * columns; dv = sgn * (v_next - v).
     */
    private void strip(int row, double uL, double vL, double uR, double vR, double sgn, CellSink sink) {
        if (uR <= col0) {
            sink.piece(row, -1, sgn * (vR - vL), 0);
            return;
        }
        if (uL >= col0 + width) {
            return;
        }
        if (uL == uR) {           // vertical: the cell left of a column boundary owns it
            int c = (int) Math.ceil(uL) - 1;
            sink.piece(row, c - col0, sgn * (vR - vL), c + 1 - uL);
            return;
        }
        double dvdu = (vR - vL) / (uR - uL);
        boolean down = vR >= vL;
        double pu = uL;
        double pv = vL;
        if (uL < col0) {
            double nv = clamp(vL + (col0 - uL) * dvdu, pv, vR, down);
            sink.piece(row, -1, sgn * (nv - pv), 0);
            pu = col0;
            pv = nv;
        }
        for (int c = (int) Math.floor(pu); c < col0 + width; c++) {
            double nu = c + 1;
            if (uR <= nu) {
                sink.piece(row, c - col0, sgn * (vR - pv), nu - 0.5 * (pu + uR));
                return;
            }
            double nv = clamp(vL + (nu - uL) * dvdu, pv, vR, down);
            sink.piece(row, c - col0, sgn * (nv - pv), nu - 0.5 * (pu + nu));
            pu = nu;
            pv = nv;
        }
    }

    private static double clamp(double v, double from, double to, boolean down) {
        return down ? Math.min(Math.max(v, from), to) : Math.max(Math.min(v, from), to);
    }
}
