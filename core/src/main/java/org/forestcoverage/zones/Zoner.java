package org.forestcoverage.zones;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;

/**
 * Assigns the pixels of windows of one grid to districts. Implementations are immutable and thread-safe, and give
 * every pixel the same zone whatever window it is zoned in (so results do not depend on the tiling).
 *
 * <pre>{@code
 * Zoner z = new FractionalZoner(grid, districts);
 * ZoneMask m = z.zones(tiling.tile(7));
 * }</pre>
 */
public interface Zoner extends java.io.Serializable {
    /** The grid whose pixels this zoner assigns. */
    GridSpec grid();

    /** The zone mask of {@code window} (pixels of {@link #grid()}). */
    ZoneMask zones(PixelWindow window);

    /** The zone mask of the tile whose grid is {@code tile}, a crop of {@link #grid()}. */
    default ZoneMask zones(GridSpec tile) {
        PixelWindow w = grid().windowOf(tile);
        if (w == null) {
            throw new IllegalArgumentException("tile grid is not on the zoner grid's lattice");
        }
        return zones(w);
    }

    /**
     * The district of pixel (col, row) of the grid, 1-based (0 for none): its zone, or for a pixel shared by several
     * districts the one taking the largest part (the first of equal parts). How a point (a survey plot) is given a
     * district: the same zoning as the pixel's area.
     */
    default int districtOf(int col, int row) {
        ZoneMask m = zones(new PixelWindow(col, row, 1, 1));
        short z = m.zoneAt(0, 0);
        if (z != ZoneMask.SPLIT) {
            return z;
        }
        int best = 0;
        double most = -1;
        for (int i = 0; i < m.splitCount(); i++) {
            if (m.splitFraction(i) > most) {
                most = m.splitFraction(i);
                best = m.splitZone(i);
            }
        }
        return best;
    }
}
