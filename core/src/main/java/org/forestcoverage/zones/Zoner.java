package org.forestcoverage.zones;

import org.forestcoverage.grid.GridSpec;

/** Assigns the pixels of one tile to districts. Implementations are immutable and thread-safe. */
public interface Zoner extends java.io.Serializable {
    /** The zone mask of the tile whose grid is {@code tile} (a crop of the analysis grid). */
    ZoneMask zones(GridSpec tile);

    /**
     * The same mask, possibly written into {@code buffer} (at least the tile's pixel count) instead of a new array,
     * so that a task touches no fresh memory per tile; the mask is valid until the buffer is used again.
     * Implementations that cannot use it return {@link #zones(GridSpec)}.
     */
    default ZoneMask zones(GridSpec tile, short[] buffer) {
        return zones(tile);
    }
}
