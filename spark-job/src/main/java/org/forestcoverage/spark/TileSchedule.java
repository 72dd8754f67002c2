package org.forestcoverage.spark;

import java.util.List;

/**
 * How the tiles of a job are cut into Spark partitions. A partition is one task's tiles; Spark's scheduler hands the
 * tasks to free slots, and a task lost with its executor is run again with the same tiles.
 *
 * <pre>{@code
 * List<int[]> parts = schedule.partitions(tiles, 3 * slots, slots);
 * }</pre>
 */
interface TileSchedule {
    /** The tiles {@code 0 .. tiles - 1}, each once, cut into at most {@code partitions} non-empty batches. */
    List<int[]> partitions(int tiles, int partitions, int slots);
}
