package org.forestcoverage.io.gdal;

import org.forestcoverage.warp.PointTransform;
import org.gdal.osr.CoordinateTransformation;

/**
 * The exact transformation between two CRSs by PROJ (OSR's {@code CoordinateTransformation}, no approximation), in
 * traditional GIS axis order: the same operation and the same bits as {@code osr.CoordinateTransformation} in
 * GDAL's Python bindings over the same libraries.
 *
 * <pre>{@code
 * try (ProjTransform t = ProjTransform.between(gridWkt, sourceWkt)) {
 *     t.transform(xs, ys, n);
 * }
 * }</pre>
 *
 * Not thread-safe (PROJ contexts are per thread): one per task.
 */
public final class ProjTransform implements PointTransform, AutoCloseable {
    private final CoordinateTransformation ct;
    private final double[] point = new double[3];

    private ProjTransform(CoordinateTransformation ct) {
        this.ct = ct;
    }

    /**
     * The transformation from {@code fromWkt} to {@code toWkt} (any definitions OSR accepts).
     *
     * @throws IllegalArgumentException when either CRS is unknown (the message names it) or there is no transformation
     *                                  between them
     */
    public static ProjTransform between(String fromWkt, String toWkt) {
        CoordinateTransformation ct = Crs.with(fromWkt, from -> Crs.with(toWkt, to -> {
            try {
                return CoordinateTransformation.CreateCoordinateTransformation(from, to);
            } catch (RuntimeException e) {
                return null;
            }
        }));
        if (ct == null) {
            throw new IllegalArgumentException("no transformation from '" + Crs.abbreviate(fromWkt) + "' to '"
                    + Crs.abbreviate(toWkt) + "'");
        }
        return new ProjTransform(ct);
    }

    @Override
    public void transform(double[] xs, double[] ys, int n) {
        for (int i = 0; i < n; i++) {
            try {
                ct.TransformPoint(point, xs[i], ys[i], 0);
                xs[i] = point[0];
                ys[i] = point[1];
            } catch (RuntimeException e) {
                xs[i] = Double.NaN;
                ys[i] = Double.NaN;
            }
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                xs[i] = Double.NaN;
                ys[i] = Double.NaN;
            }
        }
    }

    @Override
    public void close() {
        ct.delete();
    }
}
