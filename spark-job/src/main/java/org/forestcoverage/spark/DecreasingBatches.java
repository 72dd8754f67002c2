package org.forestcoverage.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tiles shuffled by a fixed permutation, then cut into batches of decreasing size: every batch samples the whole
 * scene (cut in tile order, a batch of all-nodata columns ran much faster than the others), and since Spark starts
 * tasks in partition order, the last tasks are short and the slots finish close together. Sizes fall linearly from
 * about {@code (P + S) / (S + 1)} times the last one's, for {@code P} partitions and {@code S} slots. Stateless.
 */
final class DecreasingBatches implements TileSchedule {

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

    /** Tiles 0 .. {@code tiles - 1} in a fixed, well-spread order (sorted by a hash of the index). */
    static int[] shuffled(int tiles) {
        Integer[] order = new Integer[tiles];
        long[] key = new long[tiles];
        for (int i = 0; i < tiles; i++) {
            order[i] = i;
            key[i] = mix(i);
        }
        Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
        int[] out = new int[tiles];
        for (int i = 0; i < tiles; i++) {
            out[i] = order[i];
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
