package org.forestcoverage.spark;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MixedTilesTest {
    private static List<Integer> all(List<int[]> batches) {
        List<Integer> l = new ArrayList<>();
        for (int[] b : batches) {
            for (int t : b) {
                l.add(t);
            }
        }
        return l;
    }

    @Test
    void everyTileOnceInBatchesOfDecreasingSizeSpreadOverTheScene() {
        // a 16 x 16 tiling in 8 batches for 2 slots: weights 10, 9, ..., 3 of 52
        List<int[]> batches = DecreasingBatches.batches(256, 8, 2);
        assertEquals(8, batches.size());
        List<Integer> tiles = all(batches);
        assertEquals(256, tiles.size());
        assertEquals(256, new HashSet<>(tiles).size());
        int[] sizes = batches.stream().mapToInt(b -> b.length).toArray();
        assertEquals(49, sizes[0]); // 256 x 10 / 52 = 49.2
        assertEquals(15, sizes[7]); // 256 x 3 / 52 = 14.8
        for (int k = 1; k < 8; k++) {
            assertTrue(sizes[k] <= sizes[k - 1], "sizes " + java.util.Arrays.toString(sizes));
        }
        for (int[] b : batches) {
            // dealing in tile order gave a partition whole columns; runs of 4 neighbours spread over the tiling's rows
            // and columns: a batch of 15 or more tiles holds at least 3 runs (a batch cut may split a run at each end)
            Set<Integer> columns = new HashSet<>();
            Set<Integer> rows = new HashSet<>();
            for (int t : b) {
                columns.add(t % 16);
                rows.add(t / 16);
            }
            assertTrue(columns.size() >= 8 && rows.size() >= 3, "columns " + columns + ", rows " + rows);
        }
    }

    @Test
    void aTaskReadsRunsOfNeighboursLeftToRight() {
        // 16 tiles per row, runs of 4 starting at multiples of 4: inside a run the next tile is the right-hand
        // neighbour, so at most one step in 4 (plus a batch's cut) is a jump; the runs themselves are spread
        int[] order = DecreasingBatches.shuffled(256);
        int neighbours = 0;
        for (int i = 1; i < order.length; i++) {
            if (order[i] == order[i - 1] + 1 && order[i] / 16 == order[i - 1] / 16) {
                neighbours++;
            }
        }
        assertEquals(256 - 64, neighbours, "3 steps of each of the 64 runs");
        for (int i = 0; i < order.length; i += DecreasingBatches.RUN) {
            assertEquals(0, order[i] % DecreasingBatches.RUN, "a run starts at a multiple of 4: " + order[i]);
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            starts.add(order[4 * i] / 4);
        }
        assertTrue(!starts.equals(List.of(0, 1, 2, 3, 4, 5, 6, 7)), "the runs are shuffled: " + starts);
        for (List<int[]> batches : List.of(DecreasingBatches.batches(256, 8, 2), DecreasingBatches.batches(10, 6, 2))) {
            List<Integer> dealt = all(batches);
            assertEquals(dealt.size(), new HashSet<>(dealt).size());
        }
    }

    @Test
    void noEmptyBatches() {
        assertEquals(List.of(0), all(DecreasingBatches.batches(1, 1, 1)));
        assertEquals(1, DecreasingBatches.batches(1, 4, 2).size());
        List<int[]> few = DecreasingBatches.batches(7, 6, 2);
        assertEquals(6, few.size());
        assertEquals(7, new HashSet<>(all(few)).size());
        few.forEach(b -> assertTrue(b.length >= 1));
    }
}
