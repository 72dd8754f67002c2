package org.forestcoverage.raster;

/**
 * The pixel types the analysis reads. Integer types are read into {@code short[]} (Byte and UInt16 are
 * read as unsigned values), Float32 into {@code float[]}.
 */
public enum PixelType {
    BYTE(false, true, 1), INT16(false, false, 2), UINT16(false, true, 2), FLOAT32(true, false, 4);

    private final boolean floating;
    private final boolean unsigned;
    private final int bytes;

    PixelType(boolean floating, boolean unsigned, int bytes) {
        this.floating = floating;
        this.unsigned = unsigned;
        this.bytes = bytes;
    }

    /** Bytes of one stored value. */
    public int bytes() {
        return bytes;
    }

    public boolean isFloating() {
        return floating;
    }

    /** True when the short storage holds unsigned values ({@code s & 0xFFFF}). */
    public boolean isUnsigned() {
        return unsigned;
    }
}
