package org.forestcoverage.raster;

import org.forestcoverage.grid.PixelWindow;

/**
 * One band of one scene brought onto tiles of the analysis grid. Implementations read a window of a file that shares
 * the grid's lattice, or resample a file on another lattice or CRS onto the tile; a later exact, tile-invariant warp
 * is another implementation of this interface.
 *
 * <pre>{@code
 * BandTile t = source.read(tiling.tile(i), tile);   // t == tile, filled; t.coverage() says where it has data
 * }</pre>
 *
 * Not thread-safe: a source belongs to one task, which closes the files behind it.
 */
public interface BandSource {
    /**
     * Reads the band over {@code window} (pixels of the analysis grid) into {@code into} and returns it.
     *
     * @throws RasterException naming the file when it cannot be read
     */
    BandTile read(PixelWindow window, BandTile into);
}
