package org.forestcoverage.raster;

import org.forestcoverage.grid.GridSpec;

/**
 * A reduced copy of a class map (Byte codes), {@code width} x {@code height} cells covering the whole extent of
 * {@code source}, row-major from the top left, for previews. Immutable: the codes are copied in and out.
 */
public final class ClassImage {
    private final GridSpec source;
    private final int width;
    private final int height;
    private final byte[] codes;

    public ClassImage(GridSpec source, int width, int height, byte[] codes) {
        if (codes.length != width * height) {
            throw new IllegalArgumentException(codes.length + " codes for " + width + " x " + height + " cells");
        }
        this.source = source;
        this.width = width;
        this.height = height;
        this.codes = codes.clone();
    }

    /** The full-resolution grid the image covers (its CRS and extent). */
    public GridSpec source() {
        return source;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The class code of cell ({@code col}, {@code row}), 0..255. */
    public int code(int col, int row) {
        return codes[row * width + col] & 0xFF;
    }

    /** All codes, row-major (a copy). */
    public byte[] codes() {
        return codes.clone();
    }
}
