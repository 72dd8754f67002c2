package org.forestcoverage.warp;

/**
 * An exact point transformation from the analysis grid's CRS to a source raster's CRS (map coordinates, traditional
 * GIS axis order: x = easting or longitude).
 *
 * <pre>{@code
 * t.transform(xs, ys, n);   // xs[0..n), ys[0..n) replaced by their images; NaN where the point has none
 * }</pre>
 *
 * Implementations need not be thread-safe: one per task.
 */
public interface PointTransform {
    /** Replaces the first {@code n} points of {@code xs}, {@code ys} by their images, NaN where there is none. */
    void transform(double[] xs, double[] ys, int n);
}
