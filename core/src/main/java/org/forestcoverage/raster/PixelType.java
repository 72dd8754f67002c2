package org.forestcoverage.raster;

/**
 * The pixel types the analysis reads. Integer types are read into {@code short[]} (Byte and UInt16 are
 * read as unsigned values), Float32 into {@code float[]}.
 */
public enum PixelType {
    BYTE(false, true), INT16(false, false), UINT16(false, true), FLOAT32(true, false);

    private final boolean floating;
    private final boolean unsigned;

    PixelType(boolean floating, boolean unsigned) {
        this.floating = floating;
        this.unsigned = unsigned;
    }

    public boolean isFloating() {
        return floating;
    }

    /** True when the short storage holds unsigned values ({@code s & 0xFFFF}). */
    public boolean isUnsigned() {
        return unsigned;
    }
}
