package org.forestcoverage.patch;

import java.io.Serializable;
import java.util.List;
import org.forestcoverage.grid.PixelWindow;

/**
 * What one tile and year tells the driver about patches that cross its edge: the candidates (border patches whose
 * part is below the unit) and, for every pixel on the tile's four edges, {@link #NONE} (not a patch pixel),
 * {@link #KEPT} (a patch part already at the unit, so kept whatever its neighbours) or the candidate's number + 1.
 * Immutable (arrays are copied in and out).
 */
public final class TilePatches implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Edge pixel that belongs to no patch. */
    public static final int NONE = 0;
    /** Edge pixel of a patch part that reaches the unit by itself. */
    public static final int KEPT = -1;

    private final int year;
    private final int tile;
    private final PixelWindow window;
    private final int[] top;
    private final int[] bottom;
    private final int[] left;
    private final int[] right;
    private final List<PatchCandidate> candidates;

    /**
     * @param year   year index
     * @param tile   tile index in the plan's tiling
     * @param window the tile on the grid
     * @param top    the first row's labels ({@code window.width()}), likewise {@code bottom}; {@code left}, {@code right}
     *               the first and last column's ({@code window.height()})
     */
    public TilePatches(int year, int tile, PixelWindow window, int[] top, int[] bottom, int[] left, int[] right,
                       List<PatchCandidate> candidates) {
        if (top.length != window.width() || bottom.length != window.width() || left.length != window.height()
                || right.length != window.height()) {
            throw new IllegalArgumentException("edge label lengths do not fit tile " + window);
        }
        this.year = year;
        this.tile = tile;
        this.window = window;
        this.top = top.clone();
        this.bottom = bottom.clone();
        this.left = left.clone();
        this.right = right.clone();
        this.candidates = List.copyOf(candidates);
    }

    public int year() {
        return year;
    }

    public int tile() {
        return tile;
    }

    public PixelWindow window() {
        return window;
    }

    public List<PatchCandidate> candidates() {
        return candidates;
    }

    /**
     * The label of the grid pixel (x, y), which must lie on this tile's edge.
     *
     * @throws IllegalArgumentException when it does not
     */
    public int edgeLabel(int x, int y) {
        int c = x - window.col();
        int r = y - window.row();
        if (c < 0 || r < 0 || c >= window.width() || r >= window.height()) {
            throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is outside tile " + window);
        }
        if (r == 0) {
            return top[c];
        }
        if (r == window.height() - 1) {
            return bottom[c];
        }
        if (c == 0) {
            return left[r];
        }
        if (c == window.width() - 1) {
            return right[r];
        }
        throw new IllegalArgumentException("pixel (" + x + ", " + y + ") is not on the edge of tile " + window);
    }

    /** Whether nothing crosses this tile's edge: no candidate and no patch pixel on the edges. */
    public boolean isEmpty() {
        if (!candidates.isEmpty()) {
            return false;
        }
        for (int[] e : new int[][] {top, bottom, left, right}) {
            for (int v : e) {
                if (v != NONE) {
                    return false;
                }
            }
        }
        return true;
    }
}
