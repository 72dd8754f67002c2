package org.forestcoverage.patch;

/**
 * How the district sums take one tile's pixels: which pixels lie (at least partly) in a district, and what each
 * district receives for a pixel, in the sums' own exact units, so that what a patch contributed can be moved exactly.
 * Implemented over the tile's zone mask by the accumulator's owner. One per tile.
 */
public interface PixelShares {

    /** Whether tile pixel {@code p} (row-major) lies at least partly in a district. */
    boolean inArea(int p);

    /**
     * Calls {@code sink} once per district part of pixel {@code p}, with what the sums add for it: pixel units and
     * area in mm2 for a pixel of {@code pixelMm2}.
     */
    void shares(int p, long pixelMm2, Sink sink);

    /** Receives a pixel's shares. */
    @FunctionalInterface
    interface Sink {
        void add(int zone, long px, long mm2);
    }
}
