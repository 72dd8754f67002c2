package org.forestcoverage.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The working arrays of one task for tiles of up to {@code capacity} pixels, pooled per JVM. A task holds a few
 * MB of them for its whole life; allocated afresh per task, they were most of what the young generation had to
 * copy while tiles were being processed. Borrowed by a {@link TileProcessor}, returned when it closes; contents
 * are stale on borrowing, every user writes before it reads.
 */
final class TileBuffers {
    private static final ConcurrentLinkedQueue<TileBuffers> POOL = new ConcurrentLinkedQueue<>();
    /** At most this many sets stay pooled: one per task slot of a large executor. */
    private static final int MAX_POOLED = 64;

    final int capacity;
    final short[] red;
    final short[] nir;
    final short[] quality;
    final short[] zone;
    final byte[] covered;
    final byte[] alsoCovered;
    final byte[] classes;
    private short[] validCount;
    private double[] ndvi;
    private byte[] water;
    private final List<double[]> sceneNdvi = new ArrayList<>();
    private final List<byte[]> sceneWater = new ArrayList<>();

    private TileBuffers(int capacity) {
        this.capacity = capacity;
        this.red = new short[capacity];
        this.nir = new short[capacity];
        this.quality = new short[capacity];
        this.zone = new short[capacity];
        this.covered = new byte[capacity];
        this.alsoCovered = new byte[capacity];
        this.classes = new byte[capacity];
    }

    /** A set of at least {@code capacity} pixels: a pooled one when there is one, else a new one. */
    static TileBuffers borrow(int capacity) {
        for (TileBuffers b; (b = POOL.poll()) != null; ) {
            if (b.capacity == capacity) {
                return b;
            }
        }
        return new TileBuffers(capacity);
    }

    /** Returns this set to the pool; the caller must not use it afterwards. */
    void release() {
        if (POOL.size() < MAX_POOLED) {
            POOL.offer(this);
        }
    }

    // arrays only some plans need (NDVI maps, multi-scene composites) are made on first use

    short[] validCount() {
        return validCount != null ? validCount : (validCount = new short[capacity]);
    }

    double[] ndvi() {
        return ndvi != null ? ndvi : (ndvi = new double[capacity]);
    }

    byte[] water() {
        return water != null ? water : (water = new byte[capacity]);
    }

    /** NDVI buffers for {@code scenes} scenes of one year. */
    List<double[]> sceneNdvi(int scenes) {
        while (sceneNdvi.size() < scenes) {
            sceneNdvi.add(new double[capacity]);
        }
        return sceneNdvi.subList(0, scenes);
    }

    /** Water flag buffers for {@code scenes} scenes of one year. */
    List<byte[]> sceneWater(int scenes) {
        while (sceneWater.size() < scenes) {
            sceneWater.add(new byte[capacity]);
        }
        return sceneWater.subList(0, scenes);
    }
}
