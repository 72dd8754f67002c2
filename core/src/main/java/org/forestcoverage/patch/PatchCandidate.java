package org.forestcoverage.patch;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A forest patch that touches its tile's edge and whose part in the tile is below the unit: whether it stays forest
 * depends on the tiles around it. It carries its part's area, its pixels (tile-local, row-major; few, since its area
 * is below the unit) and what the sums received for them: {@code forest} for every pixel of the part, and per flag of
 * the tile ({@code flagged}: pixels whose class was filled from another year, pixels of a rule layer; the sums keep
 * them in layers of their own) what they received for the part's flagged pixels. Immutable.
 */
public final class PatchCandidate implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long areaMm2;
    private final int[] pixels;
    private final Contribution forest;
    private final List<Contribution> flagged;

    public PatchCandidate(long areaMm2, int[] pixels, Contribution forest, List<Contribution> flagged) {
        this.areaMm2 = areaMm2;
        this.pixels = pixels.clone();
        this.forest = forest;
        this.flagged = List.copyOf(flagged);
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

    /** What the layer of flag {@code k} received for the part's pixels with that flag (empty when none has it). */
    public Contribution flagged(int k) {
        return k < flagged.size() ? flagged.get(k) : Contribution.NONE;
    }

    /** Number of flags the tile passed (0 .. {@code flagCount() - 1}). */
    public int flagCount() {
        return flagged.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchCandidate p && p.areaMm2 == areaMm2 && Arrays.equals(p.pixels, pixels)
                && p.forest.equals(forest) && p.flagged.equals(flagged);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(areaMm2) * 31 + Arrays.hashCode(pixels);
    }
}
