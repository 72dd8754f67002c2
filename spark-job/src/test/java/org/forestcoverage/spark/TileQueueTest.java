package org.forestcoverage.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class TileQueueTest {
    @Test
    void fourThreadsTakeEveryTileExactlyOnce() throws Exception {
        int[] tiles = new int[10_000];
        for (int i = 0; i < tiles.length; i++) {
            tiles[i] = tiles.length - 1 - i;
        }
        long id = TileQueue.open(tiles);
        ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                TileQueue q = TileQueue.of(id);
                for (int tile; (tile = q.next()) >= 0; ) {
                    taken.add(tile);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        TileQueue.close(id);
        assertEquals(tiles.length, taken.size());
        Set<Integer> distinct = new HashSet<>(taken);
        assertEquals(tiles.length, distinct.size());
        assertThrows(IllegalStateException.class, () -> TileQueue.of(id));
    }
}
