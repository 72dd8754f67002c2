package org.forestcoverage.analysis;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.io.gdal.TileReader;
import org.forestcoverage.kernel.BandDecoder;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.kernel.NdviKernel;
import org.forestcoverage.kernel.QualityLut;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.ZoneMask;

/**
 * Runs the whole per-tile pipeline for a batch of tiles: zone mask (once per tile, reused for every year),
 * then per year and scene: read red, NIR and quality onto the tile, NDVI, masks; composite the year's
 * scenes; classify; add to the sums. One instance per task: it keeps each scene file open once and closes
 * them all in {@link #close()}. Not thread-safe.
 *
 * <pre>{@code
 * try (TileProcessor p = new TileProcessor(plan)) {
 *     for (int t : tiles) p.process(t);
 *     CoverageSums s = p.sums();
 * }
 * }</pre>
 */
public final class TileProcessor implements AutoCloseable {
    private final AnalysisPlan plan;
    private final TileReader reader;
    private final CoverageSums sums;
    private final List<List<ScenePrep>> prepared = new ArrayList<>();
    private final TileBuffers buffers;
    private final short[] red;
    private final short[] nir;
    private final short[] quality;
    private final byte[] covered;
    private final byte[] alsoCovered;
    private final byte[] classes;
    private long tilesDone;

    /** A scene with its decoders, resolved once per task. */
    private record ScenePrep(SceneSpec spec, NdviKernel kernel, QualityLut lut) {
    }

    public TileProcessor(AnalysisPlan plan) {
        this.plan = plan;
        this.reader = new TileReader(plan.grid(), plan.resampling());
        this.sums = CoverageSums.empty(plan.years().size(), plan.districtCount());
        this.buffers = TileBuffers.borrow(plan.tileSize() * plan.tileSize());
        this.red = buffers.red;
        this.nir = buffers.nir;
        this.quality = buffers.quality;
        this.covered = buffers.covered;
        this.alsoCovered = buffers.alsoCovered;
        this.classes = buffers.classes;
        long cachePerTask = 0;
        for (int year : plan.years()) {
            List<ScenePrep> l = new ArrayList<>();
            for (SceneSpec s : plan.scenes().get(year)) {
                l.add(prepare(s));
                cachePerTask = Math.max(cachePerTask, cacheBytes(s));
            }
            prepared.add(l);
        }
        // every core may run a task of this plan; a quarter more for blocks still cached from finished tiles
        GdalRuntime.reserveCache(cachePerTask * Runtime.getRuntime().availableProcessors() * 5 / 4);
    }

    /** Block cache one tile of scene {@code s} can fill: its files' blocks, the scene's files read in turn. */
    private long cacheBytes(SceneSpec s) {
        java.util.Set<String> files = new java.util.LinkedHashSet<>(List.of(s.red().path(), s.nir().path()));
        if (s.quality() != null) {
            files.add(s.quality().band().path());
        }
        long bytes = 0;
        for (String f : files) {
            bytes += reader.cacheBytesPerTile(f, plan.tileSize());
        }
        return bytes;
    }

    private ScenePrep prepare(SceneSpec s) {
        BandDecoder r = decoder(s, s.red(), s.redCalibration());
        BandDecoder n = decoder(s, s.nir(), s.nirCalibration());
        QualityLut lut = s.quality() == null ? null : new QualityLut(s.quality().rule());
        if (s.quality() != null) {
            BandInfo qi = reader.raster(s.quality().band().path()).band(s.quality().band().band());
            if (qi.type().isFloating()) {
                throw new RasterException(s.quality().band().path(), "quality band " + qi.index() + " is " + qi.type()
                        + ", expected an integer band");
            }
        }
        return new ScenePrep(s, new NdviKernel(r, n), lut);
    }

    private BandDecoder decoder(SceneSpec s, org.forestcoverage.scene.BandRef ref, org.forestcoverage.scene.Calibration cal) {
        GdalRaster raster = reader.raster(ref.path());
        BandInfo info = raster.band(ref.band());
        if (info.type().isFloating()) {
            throw new RasterException(ref.path(), "band " + ref.band() + " is " + info.type()
                    + "; reflectance bands must be stored as integers (Byte, Int16, UInt16) with a stated scale");
        }
        Double nd = s.nodata() != null ? s.nodata() : info.nodata();
        return new BandDecoder(info.type().isUnsigned(), nd != null, nd == null ? 0 : (int) Math.round(nd), cal);
    }

    /** Processes tile {@code index} of the plan's tiling for every year. */
    public void process(int index) {
        PixelWindow w = plan.tiling().tile(index);
        GridSpec tileGrid = plan.grid().crop(w);
        ZoneMask mask = plan.zoner().zones(tileGrid, buffers.zone);
        if (mask.isEmpty() && plan.mapsDir() == null) {
            tilesDone++;
            return;
        }
        int n = w.width() * w.height();
        long[] rowArea = new long[w.height()];
        for (int r = 0; r < w.height(); r++) {
            rowArea[r] = Math.round(plan.rowAreaM2()[w.row() + r] * 1e6);
        }
        for (int y = 0; y < plan.years().size(); y++) {
            List<ScenePrep> scenes = prepared.get(y);
            if (scenes.size() == 1 && plan.mapsDir() == null) {
                // nothing needs the NDVI itself: classes straight from the bands
                classifyDirect(scenes.get(0), w);
                sums.addTile(y, mask, classes, rowArea);
                continue;
            }
            double[] ndvi = buffers.ndvi();
            byte[] water = buffers.water();
            short[] validCount = buffers.validCount();
            if (scenes.size() == 1) {
                observe(scenes.get(0), w, ndvi, water);
                if (plan.mapsDir() != null) {
                    for (int i = 0; i < n; i++) {
                        validCount[i] = (short) (ndvi[i] == ndvi[i] ? 1 : 0);
                    }
                }
            } else {
                List<double[]> sceneNdvi = buffers.sceneNdvi(scenes.size());
                List<byte[]> sceneWater = buffers.sceneWater(scenes.size());
                for (int s = 0; s < scenes.size(); s++) {
                    observe(scenes.get(s), w, sceneNdvi.get(s), sceneWater.get(s));
                }
                plan.compositor().composite(sceneNdvi, sceneWater, ndvi, water, validCount, n);
            }
            plan.classifier().classify(ndvi, water, classes, n);
            sums.addTile(y, mask, classes, rowArea);
            if (plan.mapsDir() != null) {
                writeMaps(plan.years().get(y), index, tileGrid, ndvi, validCount, n);
            }
        }
        tilesDone++;
    }

    /**
     * NDVI (NaN = unobserved) and water flags of one scene over one tile. A pixel is observed only where the
     * red, NIR and (when present) quality reads all cover it: after warping, each band's coverage comes from its
     * own alpha, and a pixel outside the quality band's footprint has no mask decision, so it is unobserved.
     */
    private void observe(ScenePrep s, PixelWindow w, double[] ndvi, byte[] water) {
        int n = w.width() * w.height();
        java.util.Arrays.fill(water, 0, n, (byte) 0);
        if (!reader.read(s.spec().red(), w, red, covered, false)) {
            java.util.Arrays.fill(ndvi, 0, n, Double.NaN);
            return;
        }
        boolean full = reader.lastReadCoveredTile();
        reader.read(s.spec().nir(), w, nir, alsoCovered, false);
        full = mergeCoverage(full, n);
        s.kernel().ndvi(red, nir, ndvi, w.width(), w.height());
        if (s.lut() != null) {
            reader.read(s.spec().quality().band(), w, quality, alsoCovered, true);
            full = mergeCoverage(full, n);
            s.lut().apply(quality, ndvi, water, n);
        }
        if (!full) {
            for (int i = 0; i < n; i++) {
                if (covered[i] == 0) {
                    ndvi[i] = Double.NaN;
                    water[i] = 0;
                }
            }
        }
    }

    /** {@link #observe} and classification in one pass, for a single scene whose NDVI is not written out. */
    private void classifyDirect(ScenePrep s, PixelWindow w) {
        int n = w.width() * w.height();
        if (!reader.read(s.spec().red(), w, red, covered, false)) {
            java.util.Arrays.fill(classes, 0, n, LandClass.UNOBSERVED);
            return;
        }
        boolean full = reader.lastReadCoveredTile();
        reader.read(s.spec().nir(), w, nir, alsoCovered, false);
        full = mergeCoverage(full, n);
        s.kernel().classify(red, nir, plan.classifier().thresholdNdvi(), classes, n);
        if (s.lut() != null) {
            reader.read(s.spec().quality().band(), w, quality, alsoCovered, true);
            full = mergeCoverage(full, n);
            s.lut().applyToClasses(quality, classes, n);
        }
        if (!full) {
            for (int i = 0; i < n; i++) {
                if (covered[i] == 0) {
                    classes[i] = LandClass.UNOBSERVED;
                }
            }
        }
    }

    /**
     * Folds the coverage of the read just made ({@code alsoCovered}) into {@code covered}; {@code fullSoFar} says
     * whether every earlier read covered the whole tile (then {@code covered} holds nothing yet). Returns whether
     * all reads so far cover the whole tile.
     */
    private boolean mergeCoverage(boolean fullSoFar, int n) {
        if (reader.lastReadCoveredTile()) {
            return fullSoFar;
        }
        if (fullSoFar) {
            System.arraycopy(alsoCovered, 0, covered, 0, n);
        } else {
            and(covered, alsoCovered, n);
        }
        return false;
    }

    private static void and(byte[] acc, byte[] other, int n) {
        for (int i = 0; i < n; i++) {
            acc[i] &= other[i];
        }
    }

    /**
     * Writes the tile's forest classes (Byte), composite NDVI (Float32, NaN = unobserved) and valid-observation
     * count (UInt16) as {@code mapsDir/<kind>_<year>/tile_<index>.tif}; the driver mosaics them
     * ({@link org.forestcoverage.io.gdal.MapMosaic}). Rewriting a tile (a retried task) replaces the same files.
     */
    private void writeMaps(int year, int index, GridSpec tileGrid, double[] ndvi, short[] validCount, int n) {
        PixelWindow all = new PixelWindow(0, 0, tileGrid.width(), tileGrid.height());
        try (GeoTiffWriter out = GeoTiffWriter.create(tileFile("forest", year, index), tileGrid, PixelType.BYTE, 1, null)) {
            out.write(1, all, n == classes.length ? classes : java.util.Arrays.copyOf(classes, n));
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) ndvi[i];
        }
        try (GeoTiffWriter out = GeoTiffWriter.create(tileFile("ndvi", year, index), tileGrid, PixelType.FLOAT32, 1,
                Double.NaN)) {
            out.write(1, all, v);
        }
        try (GeoTiffWriter out = GeoTiffWriter.create(tileFile("count", year, index), tileGrid, PixelType.UINT16, 1, null)) {
            out.write(1, all, n == validCount.length ? validCount : java.util.Arrays.copyOf(validCount, n));
        }
    }

    private String tileFile(String kind, int year, int index) {
        File dir = new File(plan.mapsDir(), kind + "_" + year);
        dir.mkdirs();
        return new File(dir, "tile_" + index + ".tif").getPath();
    }

    /** The sums of every tile processed so far. */
    public CoverageSums sums() {
        return sums;
    }

    public long tilesDone() {
        return tilesDone;
    }

    @Override
    public void close() {
        buffers.release();
        reader.close();
    }
}
