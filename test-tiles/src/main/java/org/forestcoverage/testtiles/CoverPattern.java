package org.forestcoverage.testtiles;

/**
 * A deterministic pattern of {@link Cover}s over a pixel lattice, constant over blocks of {@code block} x
 * {@code block} pixels (2 for a Sentinel-2 10 m lattice, so that a 20 m pixel holds one cover): of every ten blocks,
 * four forest, three non-forest, one water, one cloud, one no data, spread by {@code (7 bc + 13 br + 3 (bc / 5)) mod
 * 10} over block column {@code bc} and row {@code br}. Immutable.
 */
public record CoverPattern(int block) {
    public CoverPattern {
        if (block < 1) {
            throw new IllegalArgumentException("block must be >= 1, got " + block);
        }
    }

    /** The cover of pixel {@code (col, row)}. */
    public Cover at(int col, int row) {
        int bc = col / block;
        int br = row / block;
        int k = Math.floorMod(7 * bc + 13 * br + 3 * (bc / 5), 10);
        if (k < 4) {
            return Cover.FOREST;
        }
        if (k < 7) {
            return Cover.NON_FOREST;
        }
        return switch (k) {
            case 7 -> Cover.WATER;
            case 8 -> Cover.CLOUD;
            default -> Cover.NODATA;
        };
    }
}
