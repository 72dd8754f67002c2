package org.forestcoverage.coverage;

import org.forestcoverage.grid.GridSpec;
import org.locationtech.jts.geom.Geometry;

/**
 * Entry point for one-off coverage: the fraction of each pixel of {@code grid} inside a (multi)polygon given in the
 * grid's CRS, holes and islands included.
 *
 * <pre>{@code
 * CoverageMatrix m = PolygonCoverage.of(tile, district.geometry());
 * }</pre>
 *
 * For many tiles, prepare the rings once with {@link PolygonRings#of(Geometry)}.
 */
public final class PolygonCoverage {
    private PolygonCoverage() {
    }

    /** The coverage of {@code polygonal} on {@code grid}; empty when it misses the grid. */
    public static CoverageMatrix of(GridSpec grid, Geometry polygonal) {
        return PolygonRings.of(polygonal).coverage(grid);
    }
}
