package org.forestcoverage.chart;

import java.util.Arrays;

/**
 * A PNG image stretched over the rectangle ({@code x}, {@code y}, {@code width}, {@code height}), drawn without
 * smoothing (class maps must not blend). Immutable: the bytes are copied in and out.
 */
public final class Picture implements Mark {
    private final double x;
    private final double y;
    private final double width;
    private final double height;
    private final byte[] png;
    private final Meta meta;

    public Picture(double x, double y, double width, double height, byte[] png, Meta meta) {
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.png = png.clone();
        this.meta = meta == null ? Meta.NONE : meta;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The PNG file's bytes (a copy). */
    public byte[] png() {
        return png.clone();
    }

    @Override
    public Meta meta() {
        return meta;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.x == x && p.y == y && p.width == width && p.height == height
                && Arrays.equals(p.png, png) && p.meta.equals(meta);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png) * 31 + Double.hashCode(x + y + width + height);
    }
}
