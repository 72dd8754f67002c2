package org.forestcoverage.tile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.imglib2.img.array.ArrayImgs;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.kernel.SceneTile;
import org.forestcoverage.kernel.YearKernel;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.BandPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.plan.YearPlan;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.DistrictTally;

/**
 * The path of a tile through the layers, for the tiles of one task: the tile's zone mask (once, for every year); then
 * for each year each scene's bands read onto the tile ({@link org.forestcoverage.raster.BandSource}: a window read or
 * a warp, as the plan decided), the year's kernel (observations, composite, classes: {@link YearKernel}) and the
 * classes added to the district sums ({@link DistrictTally}); and the tile's maps when the plan asks for them.
 *
 * <pre>{@code
 * try (TilePipeline p = new TilePipeline(plan)) {
 *     for (int t : tiles) p.process(t);
 *     CoverageSums s = p.sums();
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
    private final YearKernel kernel;
    private final DistrictTally tally;
    private final MapTiles maps;
    private final int capacity;
    private final byte[] classes;
    private final double[] ndvi;
    private final short[] count;
    /** One tile buffer per band role (red, NIR, quality) and pixel type, shared by the scenes. */
    private final List<Map<PixelType, BandTile>> tiles = List.of(new EnumMap<>(PixelType.class),
            new EnumMap<>(PixelType.class), new EnumMap<>(PixelType.class));
    private long tilesDone;

    public TilePipeline(AnalysisPlan plan) {
        this.plan = plan;
        this.capacity = plan.tileSize() * plan.tileSize();
        this.files = new OpenRasters();
        GdalRuntime.CacheReservation reserved = null;
        try {
            reserved = GdalRuntime.reserveCache(plan.cacheBytesPerTile());
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
        this.kernel = new YearKernel(plan.classifier(), plan.compositor(), capacity);
        this.tally = new DistrictTally(plan.zoner(), plan.area(), plan.years().size(), plan.districtCount());
        this.maps = plan.mapsDir() == null ? null : new MapTiles(plan.mapsDir());
        this.classes = new byte[capacity];
        this.ndvi = maps == null ? null : new double[capacity];
        this.count = maps == null ? null : new short[capacity];
    }

    /** Processes tile {@code index} of the plan's tiling for every year. */
    public void process(int index) {
        PixelWindow w = plan.tiling().tile(index);
        if (tally.zones(w).isEmpty() && maps == null) {
            tilesDone++;
            return;
        }
        for (int y = 0; y < years.size(); y++) {
            List<SceneReader> scenes = years.get(y);
            kernel.classify(w, scenes.size(), s -> read(scenes.get(s), w), ArrayImgs.bytes(classes, w.width(), w.height()),
                    maps == null ? null : ArrayImgs.doubles(ndvi, w.width(), w.height()),
                    maps == null ? null : ArrayImgs.unsignedShorts(count, w.width(), w.height()));
            tally.add(y, w, classes);
            if (maps != null) {
                maps.write(plan.year(y), index, plan.grid().crop(w), classes, ndvi, count);
            }
        }
        tilesDone++;
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

    private SceneTile read(SceneReader scene, PixelWindow w) {
        ScenePlan s = scene.plan();
        return scene.read(w, tile(0, s.red()), tile(1, s.nir()), s.quality() == null ? null : tile(2, s.quality()));
    }

    private BandTile tile(int role, BandPlan band) {
        return tiles.get(role).computeIfAbsent(band.info().type(), t -> BandTile.allocate(t, capacity));
    }

    /** The sums of every tile processed so far. */
    public CoverageSums sums() {
        return tally.sums();
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
