package org.forestcoverage.tile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.patch.PatchCandidate;
import org.forestcoverage.patch.PatchResolver;
import org.forestcoverage.patch.RemovedPatch;
import org.forestcoverage.patch.TilePatches;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.sums.CoverageSums;

/**
 * What tiles return to the driver: their {@link CoverageSums} and, under a minimum mapping unit, the forest patches
 * that cross their edges ({@link TilePatches}), which only the driver can judge whole. A monoid like the sums:
 * {@link #merge} adds the sums and gathers the patches (their order does not matter: the resolver sorts them).
 *
 * <pre>{@code
 * TileSums all = taskA.merge(taskB);
 * CoverageSums sums = all.finish(plan);   // joins the patches across tiles, moves the small ones to non-forest
 * }</pre>
 *
 * {@code merge} adds into the receiver and returns it; not thread-safe.
 */
public final class TileSums implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CoverageSums sums;
    private final ArrayList<TilePatches> borders;

    public TileSums(CoverageSums sums, List<TilePatches> borders) {
        this.sums = sums;
        this.borders = new ArrayList<>(borders);
    }

    /** The identity for a plan's years and districts. */
    public static TileSums empty(AnalysisPlan plan) {
        return new TileSums(CoverageSums.empty(plan.years().size(), plan.districtCount(), plan.rules().size()),
                List.of());
    }

    /** Adds {@code other} into this and returns this. */
    public TileSums merge(TileSums other) {
        sums.merge(other.sums);
        borders.addAll(other.borders);
        return this;
    }

    /** A copy that later merges leave unchanged. */
    public TileSums copy() {
        return new TileSums(sums.copy(), borders);
    }

    /** The coverage sums before the driver judges the border patches (the live value). */
    public CoverageSums sums() {
        return sums;
    }

    /** Patches crossing tile edges, not yet judged. */
    public int borderCount() {
        return borders.size();
    }

    /**
     * The final sums, on the driver: under the plan's minimum mapping unit, the border patches are joined across
     * tiles and the parts of whole patches below the unit move from forest to non-forest (with their filled and rule
     * layer shares) and are counted as removed; with maps, their pixels turn non-forest in the map tiles. Returns a new value.
     */
    public Finished finish(AnalysisPlan plan) {
        CoverageSums out = sums.copy();
        if (!plan.mmu().active() || borders.isEmpty()) {
            return new Finished(out, 0);
        }
        List<RemovedPatch> removed = PatchResolver.resolve(plan.tiling(), plan.mmu(), borders);
        for (RemovedPatch r : removed) {
            int y = r.year();
            PatchCandidate c = r.candidate();
            c.forest().forEach((zone, units, mm2) -> {
                out.transfer(y, zone, CoverageSums.ALL, LandClass.FOREST, LandClass.NON_FOREST, units, mm2);
                out.add(y, zone, CoverageSums.REMOVED, LandClass.FOREST, units, mm2);
            });
            for (int k = 0; k < c.flagCount(); k++) {
                int layer = CoverageSums.flagLayer(k);
                c.flagged(k).forEach((zone, units, mm2) ->
                        out.transfer(y, zone, layer, LandClass.FOREST, LandClass.NON_FOREST, units, mm2));
            }
        }
        if (plan.mapsDir() != null) {
            // each map tile rewritten once, with all its removed parts
            java.util.TreeMap<Long, java.util.List<int[]>> byTile = new java.util.TreeMap<>();
            for (RemovedPatch r : removed) {
                byTile.computeIfAbsent(((long) r.year() << 32) | r.tile(), k -> new ArrayList<>())
                        .add(r.candidate().pixels());
            }
            MapTiles maps = new MapTiles(plan.mapsDir());
            byTile.forEach((key, parts) -> {
                int tile = (int) (long) key;
                maps.setNonForest(plan.year((int) (key >>> 32)), tile, plan.grid().crop(plan.tiling().tile(tile)),
                        parts.stream().flatMapToInt(java.util.Arrays::stream).toArray());
            });
        }
        return new Finished(out, removed.size());
    }

    /**
     * The final sums and the number of patch parts removed on the driver.
     *
     * @param sums         the sums to report
     * @param removedParts patch parts (one per tile) removed after joining tiles
     */
    public record Finished(CoverageSums sums, int removedParts) {
    }
}
