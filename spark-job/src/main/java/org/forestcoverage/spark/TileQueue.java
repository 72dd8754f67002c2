package org.forestcoverage.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tiles of one embedded job, handed out one at a time to its tasks, which all run in the driver's JVM: each
 * task slot works until the queue is empty, so the slots finish within one tile of each other and the job needs
 * one task per slot. Only for runs where a task is never retried nor duplicated (plain {@code local[N]}, no
 * speculation): a second attempt would find the tiles of the first one taken.
 */
final class TileQueue {
    private static final Map<Long, TileQueue> JOBS = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();
    private final int[] tiles;
    private final AtomicInteger next = new AtomicInteger();
    private volatile boolean stopped;

    private TileQueue(int[] tiles) {
        this.tiles = tiles;
    }

    /** Registers a queue over {@code tiles} (in the order given) and returns its key. */
    static long open(int[] tiles) {
        long id = IDS.incrementAndGet();
        JOBS.put(id, new TileQueue(tiles));
        return id;
    }

    /** The queue of key {@code id}; throws when it is not open in this JVM. */
    static TileQueue of(long id) {
        TileQueue q = JOBS.get(id);
        if (q == null) {
            throw new IllegalStateException("tile queue " + id + " is not open in this JVM: shared queues work in embedded runs only");
        }
        return q;
    }

    /** Forgets the queue of key {@code id}. */
    static void close(long id) {
        JOBS.remove(id);
    }

    /** Hands out no more tiles from any queue of this JVM: each task stops after its current tile (an interrupt). */
    static void stopAll() {
        JOBS.values().forEach(q -> q.stopped = true);
    }

    /** The next tile, or -1 when all have been handed out or the queue was stopped. */
    int next() {
        if (stopped) {
            return -1;
        }
        int i = next.getAndIncrement();
        return i < tiles.length ? tiles[i] : -1;
    }
}
