package org.forestcoverage.grid;

import java.io.Serializable;

/**
 * A north-up raster grid: a CRS (as WKT), the map coordinates of the top-left corner, the pixel size
 * in CRS units and the size in pixels. Column {@code c} spans x in
 * {@code [originX + c * pixelWidth, originX + (c + 1) * pixelWidth)}; row {@code r} spans y in
 * {@code (originY - (r + 1) * pixelHeight, originY - r * pixelHeight]}. Immutable.
 *
 * <pre>{@code
 * GridSpec g = GridSpec.snapped(wkt, 400010, 4259990, 640000, 4500000, 30, 30, 0, 0);
 * GridSpec tile = g.crop(new PixelWindow(0, 0, 512, 512));
 * }</pre>
 */
public record GridSpec(String crsWkt, double originX, double originY, double pixelWidth, double pixelHeight,
                       int width, int height) implements Serializable {

    public GridSpec {
        if (!(pixelWidth > 0) || !(pixelHeight > 0)) {
            throw new IllegalArgumentException("pixel size must be positive, got " + pixelWidth + " x " + pixelHeight);
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative grid size " + width + " x " + height);
        }
        crsWkt = crsWkt == null ? "" : crsWkt;
    }

    /**
     * The grid of a GDAL geotransform {@code [x0, dx, rx, y0, ry, dy]}; rotated or south-up transforms
     * are refused because every later step assumes north-up pixels.
     */
    public static GridSpec fromGeoTransform(String crsWkt, double[] gt, int width, int height) {
        if (gt[2] != 0 || gt[4] != 0 || gt[5] >= 0) {
            throw new IllegalArgumentException("only north-up grids are supported, geotransform "
                    + java.util.Arrays.toString(gt));
        }
        return new GridSpec(crsWkt, gt[0], gt[3], gt[1], -gt[5], width, height);
    }

    /**
     * The smallest grid on the lattice anchored at {@code (anchorX, anchorY)} with the given pixel size
     * that contains the extent {@code [minX, maxX] x [minY, maxY]}.
     */
    public static GridSpec snapped(String crsWkt, double minX, double minY, double maxX, double maxY,
                                   double pixelWidth, double pixelHeight, double anchorX, double anchorY) {
        if (!(maxX > minX) || !(maxY > minY)) {
            throw new IllegalArgumentException("empty extent [" + minX + ", " + maxX + "] x [" + minY + ", " + maxY + "]");
        }
        // a tolerance of 1e-9 pixel keeps extents that already sit on the lattice from growing by one pixel
        double c0 = Math.floor((minX - anchorX) / pixelWidth + 1e-9);
        double c1 = Math.ceil((maxX - anchorX) / pixelWidth - 1e-9);
        double r0 = Math.floor((anchorY - maxY) / pixelHeight + 1e-9);
        double r1 = Math.ceil((anchorY - minY) / pixelHeight - 1e-9);
        return new GridSpec(crsWkt, anchorX + c0 * pixelWidth, anchorY - r0 * pixelHeight, pixelWidth, pixelHeight,
                (int) (c1 - c0), (int) (r1 - r0));
    }

    /** GDAL geotransform of this grid. */
    public double[] geoTransform() {
        return new double[] {originX, pixelWidth, 0, originY, 0, -pixelHeight};
    }

    /** The whole grid as a window. */
    public PixelWindow window() {
        return new PixelWindow(0, 0, width, height);
    }

    public long pixelCount() {
        return (long) width * height;
    }

    /** Map x of a (fractional) column; {@code x(c + 0.5)} is the centre of column c. */
    public double x(double col) {
        return originX + col * pixelWidth;
    }

    /** Map y of a (fractional) row; {@code y(r + 0.5)} is the centre of row r. */
    public double y(double row) {
        return originY - row * pixelHeight;
    }

    /** Fractional column of map x. */
    public double col(double x) {
        return (x - originX) / pixelWidth;
    }

    /** Fractional row of map y. */
    public double row(double y) {
        return (originY - y) / pixelHeight;
    }

    public double minX() {
        return originX;
    }

    public double maxX() {
        return x(width);
    }

    public double maxY() {
        return originY;
    }

    public double minY() {
        return y(height);
    }

    /** The sub-grid covering {@code w}, which must lie inside this grid. */
    public GridSpec crop(PixelWindow w) {
        if (w.col() < 0 || w.row() < 0 || w.endCol() > width || w.endRow() > height) {
            throw new IllegalArgumentException("window " + w + " outside grid " + width + " x " + height);
        }
        return new GridSpec(crsWkt, x(w.col()), y(w.row()), pixelWidth, pixelHeight, w.width(), w.height());
    }

    /**
     * Where {@code other}'s pixels lie in this grid, when both share pixel size and lattice (within
     * 1e-6 pixel); {@code null} when they do not, which means a read needs resampling.
     */
    public PixelWindow windowOf(GridSpec other) {
        double c = col(other.originX);
        double r = row(other.originY);
        long ci = Math.round(c);
        long ri = Math.round(r);
        boolean aligned = Math.abs(c - ci) < 1e-6 && Math.abs(r - ri) < 1e-6
                && Math.abs(other.pixelWidth / pixelWidth - 1) < 1e-9
                && Math.abs(other.pixelHeight / pixelHeight - 1) < 1e-9;
        return aligned ? new PixelWindow((int) ci, (int) ri, other.width, other.height) : null;
    }
}
