package org.forestcoverage.io.gdal;

import java.util.Arrays;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;

/**
 * Where a raster lies in another CRS: its outline (21 points per edge, so that the curved image of an edge is followed)
 * and the outline's extent, transformed with GDAL OSR. Thread-safe.
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
        double[][] t = outline(g, targetWkt);
        return Extent.around(t[0], t[1]);
    }

    /**
     * The outline of {@code g} in {@code targetWkt} (x = easting or longitude: {@code EPSG:4326} gives longitude,
     * latitude) as a closed ring {@code {xs, ys}}: {@value #PER_EDGE} points per edge, counter-clockwise in the grid's
     * CRS (from the bottom-left corner to the bottom-right, top-right and top-left), the first point repeated at the
     * end. Points that do not transform are left out; empty arrays when none does.
     */
    public static double[][] outline(GridSpec g, String targetWkt) {
        int segments = PER_EDGE - 1;
        int n = 4 * segments + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < segments; i++) {
            double f = (double) i / segments;
            double dx = f * (g.maxX() - g.minX());
            double dy = f * (g.maxY() - g.minY());
            set(xs, ys, i, g.minX() + dx, g.minY());
            set(xs, ys, segments + i, g.maxX(), g.minY() + dy);
            set(xs, ys, 2 * segments + i, g.maxX() - dx, g.maxY());
            set(xs, ys, 3 * segments + i, g.minX(), g.maxY() - dy);
        }
        set(xs, ys, n - 1, g.minX(), g.minY());
        double[][] t = Crs.transform(g.crsWkt(), targetWkt, xs, ys);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(t[0][i])) {
                t[0][kept] = t[0][i];
                t[1][kept] = t[1][i];
                kept++;
            }
        }
        return new double[][] {Arrays.copyOf(t[0], kept), Arrays.copyOf(t[1], kept)};
    }

    private static void set(double[] xs, double[] ys, int i, double x, double y) {
        xs[i] = x;
        ys[i] = y;
    }
}
