package org.forestcoverage.raster;

/**
 * The pixel types a band may have, as GDAL names them, and how a tile holds them in memory: Byte, Int16 and UInt16
 * in 16-bit storage ({@code short}, Byte and UInt16 as unsigned values), every other real type (Int32, UInt32,
 * Float32, Float64) in {@code double}, which holds each of their values exactly. {@link #OTHER} (complex types) is
 * refused wherever pixel values are read.
 */
public enum PixelType {
    BYTE(1, false, true), INT16(2, false, false), UINT16(2, false, true), INT32(4, false, false),
    UINT32(4, false, true), FLOAT32(4, true, false), FLOAT64(8, true, false), OTHER(8, true, false);

    private final int bytes;
    private final boolean floating;
    private final boolean unsigned;

    PixelType(int bytes, boolean floating, boolean unsigned) {
        this.bytes = bytes;
        this.floating = floating;
        this.unsigned = unsigned;
    }

    /** Bytes of one stored value in the file (what a GDAL block of this band holds per pixel). */
    public int bytes() {
        return bytes;
    }

    public boolean isFloating() {
        return floating;
    }

    /** True for unsigned integer types; in 16-bit storage their values are read as {@code s & 0xFFFF}. */
    public boolean isUnsigned() {
        return unsigned;
    }

    /** True when tiles hold this type in 16-bit ({@code short}) storage, else in {@code double}. */
    public boolean inShortStorage() {
        return this == BYTE || this == INT16 || this == UINT16;
    }
}
