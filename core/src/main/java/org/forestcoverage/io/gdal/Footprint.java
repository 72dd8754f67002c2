package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;

/**
 * Where a raster lies in another CRS: the extent of its outline (21 points per edge, so that the curved image of an
 * edge is followed) transformed with GDAL OSR. Thread-safe.
 *
 * <pre>{@code
 * Extent e = Footprint.in(sceneGrid, analysisGrid.crsWkt());   // null when no point transforms
 * }</pre>
 */
public final class Footprint {
    private static final int PER_EDGE = 21;

    private Footprint() {
    }

    /** The extent of {@code g} in {@code targetWkt}, or {@code null} when none of its outline transforms. */
    public static Extent in(GridSpec g, String targetWkt) {
        if (Crs.same(g.crsWkt(), targetWkt)) {
            return Extent.of(g);
        }
        double[] xs = new double[4 * PER_EDGE];
        double[] ys = new double[4 * PER_EDGE];
        for (int i = 0; i < PER_EDGE; i++) {
            double f = (double) i / (PER_EDGE - 1);
            double x = g.minX() + f * (g.maxX() - g.minX());
            double y = g.minY() + f * (g.maxY() - g.minY());
            set(xs, ys, i, x, g.minY());
            set(xs, ys, PER_EDGE + i, x, g.maxY());
            set(xs, ys, 2 * PER_EDGE + i, g.minX(), y);
            set(xs, ys, 3 * PER_EDGE + i, g.maxX(), y);
        }
        double[][] t = Crs.transform(g.crsWkt(), targetWkt, xs, ys);
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isNaN(t[0][i])) {
                minX = Math.min(minX, t[0][i]);
                maxX = Math.max(maxX, t[0][i]);
                minY = Math.min(minY, t[1][i]);
                maxY = Math.max(maxY, t[1][i]);
            }
        }
        return minX <= maxX ? new Extent(minX, minY, maxX, maxY) : null;
    }

    private static void set(double[] xs, double[] ys, int i, double x, double y) {
        xs[i] = x;
        ys[i] = y;
    }
}
