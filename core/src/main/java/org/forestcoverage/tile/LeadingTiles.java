package org.forestcoverage.tile;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.sums.CoverageSums;

/**
 * Tiles a thread processes while it would otherwise wait, from the last tile down, until told to stop: the driver's
 * share while Spark starts. Not a warm-up: their sums count like any task's, and the tasks get the rest
 * ({@link #rest()}). The sums are an exact monoid, so the result does not depend on how many tiles were done here.
 * Immutable once made.
 *
 * <pre>{@code
 * LeadingTiles early = LeadingTiles.until(plan, sparkStarting::isDone);
 * TileSums all = early.result().merge(tasksSums(early.rest()));
 * }</pre>
 */
public final class LeadingTiles {
    private final TileSums sums;
    private final int done;
    private final int tiles;

    private LeadingTiles(TileSums sums, int done, int tiles) {
        this.sums = sums;
        this.done = done;
        this.tiles = tiles;
    }

    /**
     * Processes tiles on the calling thread, from the last down, while {@code stop} is false (asked before each
     * tile; never once it said true), and at most {@code tiles - 1}, so the tasks always have one.
     */
    public static LeadingTiles until(AnalysisPlan plan, BooleanSupplier stop) {
        int tiles = plan.tiling().count();
        if (tiles < 2 || stop.getAsBoolean()) {
            return new LeadingTiles(TileSums.empty(plan), 0, tiles);
        }
        try (TilePipeline p = new TilePipeline(plan)) {
            int done = 0;
            do {
                p.process(tiles - 1 - done);
                done++;
            } while (done < tiles - 1 && !stop.getAsBoolean());
            return new LeadingTiles(p.result(), done, tiles);
        }
    }

    /** The sums of the tiles done here (a copy: merging into it leaves this unchanged). */
    public CoverageSums sums() {
        return sums.sums().copy();
    }

    /** The sums and border patches of the tiles done here (a copy). */
    public TileSums result() {
        return sums.copy();
    }

    /** Number of tiles done here. */
    public int count() {
        return done;
    }

    /** The tiles left for the tasks, {@code 0 .. tiles - count() - 1} in order (a new array). */
    public int[] rest() {
        int[] r = new int[tiles - done];
        Arrays.setAll(r, i -> i);
        return r;
    }
}
