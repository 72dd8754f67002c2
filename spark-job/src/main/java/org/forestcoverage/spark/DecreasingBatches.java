package org.forestcoverage.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tiles in runs of {@value #RUN} neighbours shuffled by a fixed permutation, then cut into batches of decreasing size:
 * every batch samples the whole scene (cut in tile order, a batch of all-nodata columns ran much faster than the
 * others), and since Spark starts tasks in partition order, the last tasks are short and the slots finish close
 * together. Sizes fall linearly from about {@code (P + S) / (S + 1)} times the last one's, for {@code P} partitions and
 * {@code S} slots. Within a run a task reads the tiles left to right: a tile's window rarely falls on the scenes'
 * block edges, so it shares a column of blocks with its right-hand neighbour, which then comes from GDAL's block
 * cache instead of being decoded again (the cache holds a tile's blocks of the scenes it read last,
 * plan.PlanBuilder). Stateless.
 */
final class DecreasingBatches implements TileSchedule {
    /** Consecutive tiles (of a tiling's row, in row-major order) a task reads one after the other. */
    static final int RUN = 4;

    @Override
    public List<int[]> partitions(int tiles, int partitions, int slots) {
        return batches(tiles, partitions, slots);
    }

    static List<int[]> batches(int tiles, int partitions, int slots) {
        int p = Math.max(1, Math.min(partitions, tiles));
        int[] order = shuffled(tiles);
        long totalWeight = 0;
        for (int k = 0; k < p; k++) {
            totalWeight += p + slots - k;
        }
        List<int[]> batches = new ArrayList<>(p);
        long weight = 0;
        int from = 0;
        for (int k = 0; k < p; k++) {
            weight += p + slots - k;
            // at least one tile per batch, and enough left for the batches after it
            int to = (int) Math.max(from + 1, Math.min(tiles - (p - 1 - k), Math.round((double) tiles * weight / totalWeight)));
            batches.add(Arrays.copyOfRange(order, from, to));
            from = to;
        }
        return batches;
    }

    /**
     * Tiles 0 .. {@code tiles - 1} in a fixed, well-spread order: runs of {@value #RUN} consecutive tiles sorted by a
     * hash of the run's index, each run in tile order.
     */
    static int[] shuffled(int tiles) {
        int runs = (tiles + RUN - 1) / RUN;
        Integer[] order = new Integer[runs];
        long[] key = new long[runs];
        for (int i = 0; i < runs; i++) {
            order[i] = i;
            key[i] = mix(i);
        }
        Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
        int[] out = new int[tiles];
        int k = 0;
        for (int run : order) {
            for (int t = run * RUN; t < Math.min(tiles, (run + 1) * RUN); t++) {
                out[k++] = t;
            }
        }
        return out;
    }

    /** SplitMix64's finaliser: a fixed, well-spread hash of the tile index. */
    private static long mix(long z) {
        z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
