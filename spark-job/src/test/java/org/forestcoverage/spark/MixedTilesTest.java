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
            // dealing in tile order gave a partition whole columns; a sample of 15 or more spreads wide
            Set<Integer> columns = new HashSet<>();
            Set<Integer> rows = new HashSet<>();
            for (int t : b) {
                columns.add(t % 16);
                rows.add(t / 16);
            }
            assertTrue(columns.size() >= 8 && rows.size() >= 8, "columns " + columns + ", rows " + rows);
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
