package org.forestcoverage.tile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.imglib2.img.array.ArrayImgs;
import org.forestcoverage.fill.GapFill;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.kernel.YearKernel;
import org.forestcoverage.patch.PatchFilter;
import org.forestcoverage.patch.PixelShares;
import org.forestcoverage.patch.TilePatches;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.plan.YearPlan;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.DistrictTally;

/**
 * The path of a tile through the layers, for the tiles of one task: the tile's zone mask (once, for every year); then
 * for each year each scene's bands read onto the tile ({@link org.forestcoverage.raster.BandSource}: a window read or
 * a warp, as the plan decided) and the year's kernel (observations, composite, classes: {@link YearKernel}, with the
 * year's classifier); then, the forest definition's steps on the tile's classes of all years: unobserved pixels
 * filled from the nearest year that observed them ({@link GapFill}, under the land denominator), forest patches
 * below the minimum mapping unit removed ({@link PatchFilter}: those inside the tile at once, those touching its edge
 * left to the driver as {@link TilePatches}); the classes added to the district sums ({@link DistrictTally}, with the
 * filled and removed layers, and the pixels of each rule layer of the definition, read once per tile by
 * {@link RuleReader}, by their class after the unit); and the tile's maps when the plan asks for them.
 *
 * <pre>{@code
 * try (TilePipeline p = new TilePipeline(plan)) {
 *     for (int t : tiles) p.process(t);
 *     TileSums s = p.result();          // then, on the driver, s.finish(plan)
 * }
 * }</pre>
 *
 * <p>Set-up opens the scenes' files (each once) and reserves the task's share of GDAL's block cache; if it fails
 * half-way, what it opened is closed before the exception leaves the constructor. Tile buffers are allocated once per
 * task and shared by the scenes. Not thread-safe: one per task.
 */
public final class TilePipeline implements AutoCloseable {
    private final AnalysisPlan plan;
    private final OpenRasters files;
    private final GdalRuntime.CacheReservation cache;
    private final List<List<SceneReader>> years = new ArrayList<>();
    /** One kernel per distinct classifier (usually one: years differ only with per-sensor thresholds). */
    private final Map<ForestClassifier, YearKernel> kernels = new HashMap<>();
    private final DistrictTally tally;
    private final MapTiles maps;
    private final int capacity;
    private final int[] yearValues;
    /** Per year index, the tile's classes (all years are needed at once to fill gaps). */
    private final byte[][] classes;
    /** Per year index, the distance in years a pixel was filled from (0: not filled), when filling. */
    private final byte[][] filled;
    private final byte[] removed;
    private final PatchFilter patches;
    private final List<TilePatches> borders = new ArrayList<>();
    /** The definition's rule layers, or null without any. */
    private final RuleReader rules;
    /** Per rule layer, the pixels it holds in the current tile (all years). */
    private final byte[][] ruleFlags;
    /** Per rule layer, the pixels it holds whose class in the current year was filled, when filling. */
    private final byte[][] ruleFilled;
    private final double[] ndvi;
    private final short[] count;
    private final short[] day;
    private final byte[] sensor;
    /** One tile buffer per band role and pixel type, and the water codes, shared by the scenes. */
    private final TileBuffers buffers;
    private final SceneReader.Scratch scratch = new SceneReader.Scratch();
    private long tilesDone;
    /** Whether the last tile read its years and scenes last to first. */
    private boolean backward = true;

    public TilePipeline(AnalysisPlan plan) {
        this.plan = plan;
        this.capacity = plan.tileSize() * plan.tileSize();
        this.buffers = new TileBuffers(capacity);
        this.files = new OpenRasters();
        GdalRuntime.CacheReservation reserved = null;
        try {
            reserved = GdalRuntime.reserveCache(plan.cacheBytesPerTile());
            this.rules = plan.rules().isEmpty() ? null : new RuleReader(plan.rules(), files, plan.grid(),
                    plan.resampling(), capacity);
            for (YearPlan y : plan.years()) {
                List<SceneReader> readers = new ArrayList<>();
                for (ScenePlan s : y.scenes()) {
                    readers.add(new SceneReader(s, files, plan.grid(), plan.resampling()));
                }
                years.add(readers);
            }
        } catch (RuntimeException e) {
            try {
                files.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (reserved != null) {
                reserved.close();
            }
            throw e;
        }
        this.cache = reserved;
        this.tally = new DistrictTally(plan.zoner(), plan.area(), plan.years().size(), plan.districtCount(),
                plan.rules().size());
        this.maps = plan.mapsDir() == null ? null : new MapTiles(plan.mapsDir());
        int y = plan.years().size();
        this.yearValues = plan.yearValues().stream().mapToInt(Integer::intValue).toArray();
        this.classes = new byte[y][capacity];
        this.filled = plan.fillGaps() && y > 1 ? new byte[y][capacity] : null;
        this.patches = plan.mmu().active() ? new PatchFilter(plan.mmu(), capacity) : null;
        this.removed = patches == null ? null : new byte[capacity];
        this.ruleFlags = new byte[plan.rules().size()][capacity];
        this.ruleFilled = filled == null ? null : new byte[plan.rules().size()][capacity];
        this.ndvi = maps == null ? null : new double[capacity];
        this.count = maps == null ? null : new short[capacity];
        this.day = maps == null ? null : new short[capacity];
        this.sensor = maps == null ? null : new byte[capacity];
    }

    /** Processes tile {@code index} of the plan's tiling for every year. */
    public void process(int index) {
        PixelWindow w = plan.tiling().tile(index);
        if (tally.zones(w).isEmpty() && maps == null) {
            tilesDone++;
            return;
        }
        GridSpec tileGrid = maps == null ? null : plan.grid().crop(w);
        // every other tile reads its years and scenes last to first: the next tile, usually the right-hand neighbour
        // (spark.DecreasingBatches), starts with the scenes whose blocks are still in GDAL's cache, so the column of
        // blocks they share is decoded once for as many scenes as the cache holds (plan.PlanBuilder)
        backward = !backward;
        for (int k = 0; k < years.size(); k++) {
            int y = YearKernel.readPosition(k, years.size(), backward);
            List<SceneReader> scenes = years.get(y);
            kernel(y).classify(w, scenes.size(), s -> scenes.get(s).read(w, buffers, scratch),
                    ArrayImgs.bytes(classes[y], w.width(), w.height()),
                    maps == null ? null : ArrayImgs.doubles(ndvi, w.width(), w.height()),
                    maps == null ? null : ArrayImgs.unsignedShorts(count, w.width(), w.height()), day, sensor,
                    backward);
            if (maps != null) {
                maps.writeComposite(plan.year(y), index, tileGrid, ndvi, count, day, sensor);
            }
        }
        int n = (int) w.pixelCount();
        if (filled != null) {
            GapFill.fill(yearValues, classes, n, filled);
        }
        if (rules != null) {
            rules.read(w, ruleFlags);
        }
        PixelShares shares = patches == null ? null : tally.shares(w);
        for (int y = 0; y < years.size(); y++) {
            if (ruleFilled != null) {
                for (int i = 0; i < ruleFlags.length; i++) {
                    for (int p = 0; p < n; p++) {
                        ruleFilled[i][p] = (byte) (ruleFlags[i][p] != 0 && filled[y][p] != 0 ? 1 : 0);
                    }
                }
            }
            if (patches != null) {
                TilePatches border = patches.apply(y, index, w, classes[y], flags(y), shares,
                        plan.area()::rowAreaMm2, removed);
                if (border != null) {
                    borders.add(border);
                }
                tally.addRemoved(y, w, removed);
            }
            tally.add(y, w, classes[y]);
            if (filled != null) {
                tally.addFilled(y, w, classes[y], filled[y]);
            }
            for (int i = 0; i < ruleFlags.length; i++) {
                // by class after the unit: the layer counts where the map has non-forest land (CoverageRow.RuleArea)
                tally.addFlagged(y, CoverageSums.rule(i), w, classes[y], ruleFlags[i]);
                if (ruleFilled != null) {
                    tally.addFlagged(y, CoverageSums.ruleFilled(i), w, classes[y], ruleFilled[i]);
                }
            }
            if (maps != null) {
                maps.writeClasses(plan.year(y), index, tileGrid, classes[y]);
            }
        }
        tilesDone++;
    }

    /** The flags of year {@code y} in {@link CoverageSums#flagLayer} order: filled, then per rule layer its two. */
    private byte[][] flags(int y) {
        byte[][] f = new byte[1 + 2 * ruleFlags.length][];
        f[0] = filled == null ? null : filled[y];
        for (int i = 0; i < ruleFlags.length; i++) {
            f[1 + 2 * i] = ruleFlags[i];
            f[2 + 2 * i] = ruleFilled == null ? null : ruleFilled[i];
        }
        return f;
    }

    private YearKernel kernel(int y) {
        return kernels.computeIfAbsent(plan.classifier(y), c -> new YearKernel(c, plan.compositor(), capacity));
    }

    /**
     * Processes tile {@code index} for every year and returns that tile's sums alone (for a results store kept per
     * tile and year); {@link #sums()} does not include it.
     */
    public CoverageSums processAlone(int index) {
        CoverageSums before = tally.sums().drain();
        process(index);
        CoverageSums own = tally.sums().drain();
        tally.sums().merge(before);
        return own;
    }

    /** The sums of every tile processed so far (before the driver judges patches that cross tiles). */
    public CoverageSums sums() {
        return tally.sums();
    }

    /** The sums and the patches crossing tile edges of every tile processed so far, for the driver. */
    public TileSums result() {
        return new TileSums(tally.sums(), borders);
    }

    public long tilesDone() {
        return tilesDone;
    }

    /** Closes the scenes' files and gives back the task's share of the block cache. */
    @Override
    public void close() {
        try {
            files.close();
        } finally {
            cache.close();
        }
    }
}
