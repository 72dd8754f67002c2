package org.forestcoverage.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.io.gdal.Footprint;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.kernel.BandDecoder;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.NdviRule;
import org.forestcoverage.kernel.Threshold;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneChecks;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictChecks;
import org.forestcoverage.zones.DistrictException;
import org.forestcoverage.zones.DistrictLayer;
import org.forestcoverage.zones.DistrictReport;
import org.locationtech.jts.geom.Envelope;

/**
 * Builds the {@link AnalysisPlan} once, on the driver, opening every input once: {@link #open} reads the header of
 * every band of every scene (so a bad scene file fails before anything else starts), {@link #build} reads and checks
 * the districts, chooses the grid, and resolves what the tasks need.
 *
 * <pre>{@code
 * PlanBuilder b = PlanBuilder.open(request);      // scene headers: missing files, bands, CRSs fail here
 * // ... start Spark meanwhile ...
 * PlannedAnalysis p = b.build(null);             // districts, grid, decoders, masks, zoner, areas, cache need
 * }</pre>
 *
 * <p>The grid is the first scene's CRS and pixel lattice over the districts' extent, or the CRS and pixel size the
 * request gives ({@link GridChoice}). A band whose file shares the grid's CRS and lattice is read window by window;
 * any other is warped onto each tile. CRS facts come from GDAL's OSR here and travel in the plan. Not thread-safe.
 */
public final class PlanBuilder {
    private final AnalysisRequest request;
    /** Header of each file, opened once, by path. */
    private final Map<String, FileHeader> files;

    /** The header of one raster file: its grid and the description of each band. */
    private record FileHeader(String path, GridSpec grid, List<BandInfo> bands) {
        FileHeader {
            bands = List.copyOf(bands);
        }

        BandInfo band(int index) {
            if (index < 1 || index > bands.size()) {
                throw new RasterException(path, "has no band " + index + " (it has " + bands.size() + ")");
            }
            return bands.get(index - 1);
        }
    }

    private PlanBuilder(AnalysisRequest request, Map<String, FileHeader> files) {
        this.request = request;
        this.files = files;
    }

    /**
     * Opens every file of every scene once and keeps its header; checks that each band exists, each file has a CRS,
     * reflectance bands hold real numbers and quality bands 16-bit integers.
     *
     * @throws RasterException naming the file and the problem
     */
    public static PlanBuilder open(AnalysisRequest request) {
        Map<String, FileHeader> files = new LinkedHashMap<>();
        for (SceneSpec s : request.scenes().scenes()) {
            SceneChecks.distinctBands(s);
            for (BandRef b : List.of(s.red(), s.nir())) {
                BandInfo info = files.computeIfAbsent(b.path(), PlanBuilder::header).band(b.band());
                if (info.type() == PixelType.OTHER) {
                    throw new RasterException(b.path(), "band " + b.band() + " has a complex pixel type; reflectance"
                            + " bands must hold real numbers (integers with a stated scale, or Float32/Float64)");
                }
                SceneChecks.nodataFits(s, b, info);
            }
            if (s.quality() != null) {
                BandRef q = s.quality().band();
                BandInfo info = files.computeIfAbsent(q.path(), PlanBuilder::header).band(q.band());
                if (!info.type().inShortStorage()) {
                    throw new RasterException(q.path(), "quality band " + q.band() + " is " + info.type()
                            + ", expected an integer band of at most 16 bits (Byte, Int16, UInt16)");
                }
            }
        }
        return new PlanBuilder(request, files);
    }

    private static FileHeader header(String path) {
        try (GdalRaster r = GdalRaster.open(path)) {
            if (r.grid().crsWkt().isEmpty()) {
                throw new RasterException(path, "has no CRS");
            }
            List<BandInfo> bands = new ArrayList<>();
            for (int i = 1; i <= r.bandCount(); i++) {
                bands.add(r.band(i));
            }
            return new FileHeader(path, r.grid(), List.copyOf(bands));
        }
    }

    private static List<BandRef> bands(SceneSpec s) {
        return s.quality() == null ? List.of(s.red(), s.nir()) : List.of(s.red(), s.nir(), s.quality().band());
    }

    /** The first scene's red band file (a file every executor will read). */
    public String firstScenePath() {
        return request.scenes().scenes().get(0).red().path();
    }

    /**
     * Reads and checks the districts in the grid's CRS, chooses the grid over their extent and resolves the plan; the
     * tasks write per-tile maps into {@code mapsDir} ({@code null}: no maps).
     *
     * @throws DistrictException         when the districts cannot be used
     * @throws IllegalArgumentException  for a grid that cannot be made (CRS units, pixel size)
     */
    public PlannedAnalysis build(String mapsDir) {
        List<GridSpec> redGrids = request.scenes().scenes().stream().map(s -> files.get(s.red().path()).grid()).toList();
        GridSpec lattice = request.grid().lattice(redGrids);
        AnalysisRequest.Districts d = request.districts();
        DistrictLayer layer = DistrictReader.layer(d.file().toString(), d.idField(), d.nameField(), lattice.crsWkt(),
                d.crs(), d.gcj02());
        DistrictReport checks = DistrictChecks.check(layer.districts(), !d.refuseInvalid());
        if (!checks.isUsable()) {
            throw new DistrictException(d.file() + ": invalid district polygon(s), refused (--invalid-districts "
                    + "refuse): " + String.join("; ", checks.invalid().stream().map(DistrictReport.Invalid::text).toList()));
        }
        List<District> districts = checks.districts();
        Envelope extent = new Envelope();
        for (District x : districts) {
            extent.expandToInclude(x.geometry().getEnvelopeInternal());
        }
        List<String> warnings = checkHeaders(districts, lattice.crsWkt());
        GridSpec grid = GridSpec.snapped(lattice.crsWkt(), extent.getMinX(), extent.getMinY(), extent.getMaxX(),
                extent.getMaxY(), lattice.pixelWidth(), lattice.pixelHeight(), lattice.originX(), lattice.originY());
        CrsUnits units = Crs.units(grid.crsWkt());
        AnalysisPlan plan = new AnalysisPlan(grid, request.tileSize(), years(grid),
                new ForestClassifier(Threshold.of(request.thresholdNdvi())), request.compositor(),
                request.zones().zoner(grid, districts), districts.size(), PixelArea.of(grid, units),
                request.resampling(), cacheBytesPerTile(grid), mapsDir);
        return new PlannedAnalysis(plan, request.scenes(), districts, checks, Crs.label(grid.crsWkt()), units,
                !d.gcj02() && layer.lonLatInChina(), warnings);
    }

    /**
     * The one place where checks on the scenes' headers run with every fact gathered (each band's {@link BandInfo}
     * and file grid in {@link #files}, the districts in the grid's CRS): red and NIR extents that differ (a note), and
     * scenes that miss every district ({@link SceneChecks#districtCoverage}: a year where all do is refused, a scene
     * that does in a year where others do not is a warning). Returns the warning and note lines.
     */
    private List<String> checkHeaders(List<District> districts, String gridWkt) {
        List<String> lines = new ArrayList<>();
        List<Extent> footprints = new ArrayList<>();
        for (SceneSpec s : request.scenes().scenes()) {
            GridSpec red = files.get(s.red().path()).grid();
            SceneChecks.extentNote(s, red, files.get(s.nir().path()).grid()).ifPresent(lines::add);
            footprints.add(Footprint.in(red, gridWkt));
        }
        List<Extent> extents = districts.stream().map(x -> {
            Envelope e = x.geometry().getEnvelopeInternal();
            return new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        }).toList();
        lines.addAll(SceneChecks.districtCoverage(request.scenes().scenes(), footprints, extents, Crs.label(gridWkt)));
        return lines;
    }

    private List<YearPlan> years(GridSpec grid) {
        Map<String, Boolean> sameCrs = new HashMap<>();
        Map<MaskRule, MaskTable> tables = new HashMap<>();
        List<YearPlan> years = new ArrayList<>();
        for (Map.Entry<Integer, List<SceneSpec>> e : request.scenes().byYear().entrySet()) {
            List<ScenePlan> scenes = new ArrayList<>();
            for (SceneSpec s : e.getValue()) {
                BandPlan red = band(s.red(), grid, sameCrs);
                BandPlan nir = band(s.nir(), grid, sameCrs);
                BandPlan quality = s.quality() == null ? null : band(s.quality().band(), grid, sameCrs);
                // identical rules share one table, shipped once
                MaskTable mask = s.quality() == null ? null : tables.computeIfAbsent(s.quality().rule(), MaskTable::new);
                NdviRule rule = new NdviRule(decoder(red, s.nodata(), s.redCalibration()),
                        decoder(nir, s.nodata(), s.nirCalibration()));
                scenes.add(new ScenePlan(s.id(), red, nir, quality, rule, mask));
            }
            years.add(new YearPlan(e.getKey(), scenes));
        }
        return years;
    }

    private BandPlan band(BandRef ref, GridSpec grid, Map<String, Boolean> sameCrs) {
        FileHeader h = files.get(ref.path());
        boolean same = sameCrs.computeIfAbsent(h.grid().crsWkt(), w -> Crs.same(w, grid.crsWkt()));
        PixelWindow inGrid = same ? grid.windowOf(h.grid()) : null;
        BandAccess access = inGrid != null ? new BandAccess.Aligned(inGrid) : new BandAccess.Warped(h.grid());
        return new BandPlan(ref, h.band(ref.band()), access);
    }

    /** A band's decoder: the scene's stated nodata, else the band's own. */
    private static BandDecoder decoder(BandPlan band, Double sceneNodata, Calibration calibration) {
        BandInfo info = band.info();
        return BandDecoder.of(info.type(), sceneNodata != null ? sceneNodata : info.nodata(), calibration);
    }

    /**
     * GDAL block cache one tile can fill: for each scene the blocks the tile's window overlaps at any alignment in each
     * of its files, all bands (a pixel-interleaved file decodes them together); the largest over the scenes, since a
     * task reads the scenes of a tile one after the other. A finer lattice in the grid's CRS widens the window (a
     * Sentinel-2 10 m band under a 30 m grid); across CRSs the tile's size in source pixels is taken as it is.
     */
    private long cacheBytesPerTile(GridSpec grid) {
        long most = 0;
        for (SceneSpec s : request.scenes().scenes()) {
            long bytes = 0;
            for (String path : bands(s).stream().map(BandRef::path).distinct().toList()) {
                bytes += cacheBytesPerTile(files.get(path), grid, request.tileSize());
            }
            most = Math.max(most, bytes);
        }
        return most;
    }

    /** Bytes of block cache a {@code tileSize} tile of the grid can fill in one file, every band counted. */
    static long cacheBytesPerTile(GridSpec file, List<BandInfo> bands, GridSpec grid, int tileSize) {
        long spanX = tileSize;
        long spanY = tileSize;
        if (grid.windowOf(file) == null && Crs.same(file.crsWkt(), grid.crsWkt())) {
            spanX = (long) Math.ceil(tileSize * Math.max(1, grid.pixelWidth() / file.pixelWidth())) + 1;
            spanY = (long) Math.ceil(tileSize * Math.max(1, grid.pixelHeight() / file.pixelHeight())) + 1;
        }
        long bytes = 0;
        for (BandInfo i : bands) {
            long across = (spanX + i.blockWidth() - 2) / i.blockWidth() + 1;
            long down = (spanY + i.blockHeight() - 2) / i.blockHeight() + 1;
            bytes += across * down * i.blockWidth() * i.blockHeight() * i.type().bytes();
        }
        return bytes;
    }

    private static long cacheBytesPerTile(FileHeader h, GridSpec grid, int tileSize) {
        return cacheBytesPerTile(h.grid(), h.bands(), grid, tileSize);
    }
}
