package org.forestcoverage.grid;

/**
 * A rectangle of pixels: columns {@code [col, col + width)}, rows {@code [row, row + height)}.
 * Immutable; operations return new windows. An empty window has zero width or height.
 *
 * <pre>{@code
 * PixelWindow a = new PixelWindow(0, 0, 512, 512);
 * PixelWindow b = a.intersect(new PixelWindow(500, 500, 100, 100)); // (500, 500, 12, 12)
 * }</pre>
 */
public record PixelWindow(int col, int row, int width, int height) implements java.io.Serializable {

    public PixelWindow {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative window size " + width + " x " + height);
        }
    }

    public static final PixelWindow EMPTY = new PixelWindow(0, 0, 0, 0);

    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** Number of pixels in the window. */
    public long pixelCount() {
        return (long) width * height;
    }

    public int endCol() {
        return col + width;
    }

    public int endRow() {
        return row + height;
    }

    /** The common part of both windows, or {@link #EMPTY}. */
    public PixelWindow intersect(PixelWindow other) {
        int c0 = Math.max(col, other.col);
        int r0 = Math.max(row, other.row);
        int c1 = Math.min(endCol(), other.endCol());
        int r1 = Math.min(endRow(), other.endRow());
        return c1 <= c0 || r1 <= r0 ? EMPTY : new PixelWindow(c0, r0, c1 - c0, r1 - r0);
    }

    /** This window moved by {@code (dCol, dRow)}. */
    public PixelWindow translate(int dCol, int dRow) {
        return new PixelWindow(col + dCol, row + dRow, width, height);
    }

    @Override
    public String toString() {
        return "[col " + col + ", row " + row + ", " + width + " x " + height + "]";
    }
}
