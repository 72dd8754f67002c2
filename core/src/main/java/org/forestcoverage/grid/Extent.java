package org.forestcoverage.grid;

import java.util.Locale;

/**
 * An axis-aligned rectangle in map units of some CRS: {@code [minX, maxX] x [minY, maxY]}. Immutable.
 *
 * <pre>{@code
 * Extent scene = Extent.of(grid);
 * boolean overlap = scene.overlaps(new Extent(400000, 4400000, 420000, 4420000));
 * }</pre>
 */
public record Extent(double minX, double minY, double maxX, double maxY) {

    /** The extent a grid covers. */
    public static Extent of(GridSpec g) {
        return new Extent(g.minX(), g.minY(), g.maxX(), g.maxY());
    }

    /**
     * The smallest extent holding the points {@code (xs[i], ys[i])}, or {@code null} for none. NaN coordinates are
     * not allowed.
     */
    public static Extent around(double[] xs, double[] ys) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return minX <= maxX ? new Extent(minX, minY, maxX, maxY) : null;
    }

    /** True when the two share an area (touching edges do not count). */
    public boolean overlaps(Extent o) {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }

    /** True when every edge is within {@code tolerance} of {@code o}'s. */
    public boolean sameAs(Extent o, double tolerance) {
        return Math.abs(minX - o.minX) <= tolerance && Math.abs(maxX - o.maxX) <= tolerance
                && Math.abs(minY - o.minY) <= tolerance && Math.abs(maxY - o.maxY) <= tolerance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "x %.6g..%.6g, y %.6g..%.6g", minX, maxX, minY, maxY);
    }
}
