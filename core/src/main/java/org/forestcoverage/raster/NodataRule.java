package org.forestcoverage.raster;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which stored values of a band are not observations: NaN, and the band's nodata value as the band's own type holds
 * it. This is the one value-level validity rule: the kernels, the point sampler and the map scans of QA all ask it.
 *
 * <pre>{@code
 * NodataRule r = new NodataRule(PixelType.FLOAT32, 0.1);
 * r.isNodata((double) 0.1f);   // true: a Float32 band stores 0.1 as 0.1f
 * r.isNodata(Double.NaN);      // true
 * }</pre>
 *
 * <p>The stated value is compared as the band stores it: rounded to float for Float32, and for integer types only
 * when it is a whole number the type can hold (a nodata of -1 on a UInt16 band, or 0.5 on an Int16 one, can never
 * match a stored value). Immutable and thread-safe.
 */
public final class NodataRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PixelType type;
    private final Double nodata;
    /** The value stored pixels are compared with; NaN (which equals nothing) when none can match. */
    private final double stored;

    /**
     * @param type   the band's pixel type
     * @param nodata the stated nodata value, or {@code null} for none
     */
    public NodataRule(PixelType type, Double nodata) {
        this.type = Objects.requireNonNull(type);
        this.nodata = nodata;
        this.stored = nodata == null || nodata.isNaN() ? Double.NaN : asStored(type, nodata);
    }

    private static double asStored(PixelType type, double v) {
        return switch (type) {
            case FLOAT32 -> (float) v;
            case FLOAT64, OTHER -> v;
            case BYTE -> whole(v, 0, 255);
            case INT16 -> whole(v, Short.MIN_VALUE, Short.MAX_VALUE);
            case UINT16 -> whole(v, 0, 65535);
            case INT32 -> whole(v, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case UINT32 -> whole(v, 0, 4294967295.0);
        };
    }

    private static double whole(double v, double min, double max) {
        return v == Math.rint(v) && v >= min && v <= max ? v : Double.NaN;
    }

    public PixelType type() {
        return type;
    }

    /** The stated nodata value, or {@code null} for none. */
    public Double nodata() {
        return nodata;
    }

    /** The value stored pixels are compared with, or NaN (equal to nothing) when no stored value can be the nodata. */
    public double storedOrNaN() {
        return stored;
    }

    /** True when the (stored) value is NaN or the band's nodata. */
    public boolean isNodata(double value) {
        return value != value || value == stored;
    }

    /**
     * The nodata as the raw integer of 16-bit storage ({@code s & 0xFFFF} for unsigned types, {@code s} for Int16), or
     * {@link Integer#MIN_VALUE}, which no 16-bit value equals, when there is none.
     */
    public int rawShort() {
        return stored != stored || !type.inShortStorage() ? Integer.MIN_VALUE : (int) stored;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NodataRule r && r.type == type && Objects.equals(r.nodata, nodata);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Objects.hashCode(nodata);
    }

    @Override
    public String toString() {
        return nodata == null ? type + ", no nodata" : type + ", nodata " + nodata;
    }
}
