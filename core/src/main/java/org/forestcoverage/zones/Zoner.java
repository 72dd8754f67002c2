package org.forestcoverage.zones;

import org.forestcoverage.grid.GridSpec;

/** Assigns the pixels of one tile to districts. Implementations are immutable and thread-safe. */
public interface Zoner extends java.io.Serializable {
    /** The zone mask of the tile whose grid is {@code tile} (a crop of the analysis grid). */
    ZoneMask zones(GridSpec tile);
}
