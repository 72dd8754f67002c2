package org.forestcoverage.raster;

/**
 * Where a band read onto a tile has data: every pixel ({@link #FULL}), none of them ({@link #NONE}: the scene misses
 * the tile), or only the pixels its mask marks ({@link #PARTIAL}: a scene edge, a warped footprint).
 */
public enum TileCoverage {
    FULL, PARTIAL, NONE;

    /** The coverage of two bands read onto the same tile: a pixel is covered when both cover it. */
    public TileCoverage and(TileCoverage other) {
        if (this == NONE || other == NONE) {
            return NONE;
        }
        return this == FULL && other == FULL ? FULL : PARTIAL;
    }
}
