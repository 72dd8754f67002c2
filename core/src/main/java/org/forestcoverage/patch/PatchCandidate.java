package org.forestcoverage.patch;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A forest patch that touches its tile's edge and whose part in the tile is below the unit: whether it stays forest
 * depends on the tiles around it. It carries its part's area, its pixels (tile-local, row-major; few, since its area
 * is below the unit) and what the sums received for them: {@code forest} for every pixel of the part, {@code filled}
 * for those whose class was filled from another year (the sums keep filled pixels apart too). Immutable.
 */
public final class PatchCandidate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long areaMm2;
    private final int[] pixels;
    private final Contribution forest;
    private final Contribution filled;

    public PatchCandidate(long areaMm2, int[] pixels, Contribution forest, Contribution filled) {
        this.areaMm2 = areaMm2;
        this.pixels = pixels.clone();
        this.forest = forest;
        this.filled = filled;
    }

    /** Area of the part in this tile, mm2. */
    public long areaMm2() {
        return areaMm2;
    }

    /** Its pixels, tile-local row-major indices, ascending (a copy). */
    public int[] pixels() {
        return pixels.clone();
    }

    public int pixelCount() {
        return pixels.length;
    }

    /** What the sums received for the part's pixels as forest. */
    public Contribution forest() {
        return forest;
    }

    /** What the sums' filled slot received for the part's filled pixels (empty without gap filling). */
    public Contribution filled() {
        return filled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchCandidate p && p.areaMm2 == areaMm2 && Arrays.equals(p.pixels, pixels)
                && p.forest.equals(forest) && p.filled.equals(filled);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(areaMm2) * 31 + Arrays.hashCode(pixels);
    }
}
