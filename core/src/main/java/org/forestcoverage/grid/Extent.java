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
