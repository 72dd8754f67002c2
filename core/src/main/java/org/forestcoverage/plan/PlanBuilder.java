package org.forestcoverage.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.definition.CanopyRule;
import org.forestcoverage.definition.Denominator;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.definition.RuleLayerFile;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.io.gdal.Footprint;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.WaterLayerReader;
import org.forestcoverage.kernel.BandDecoder;
import org.forestcoverage.kernel.CloudBuffer;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.SceneFacts;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.NdviRule;
import org.forestcoverage.kernel.Threshold;
import org.forestcoverage.kernel.WaterIndex;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.CrossSensor;
import org.forestcoverage.scene.SceneDates;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneChecks;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;
import org.forestcoverage.zones.CentreZoner;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.SensorFamily;
import org.forestcoverage.sensor.SensorPreset;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictChecks;
import org.forestcoverage.zones.DistrictException;
import org.forestcoverage.zones.DistrictLayer;
import org.forestcoverage.zones.DistrictReport;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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
 * <p>The grid is the CRS and pixel lattice {@link GridChoice} picks over the districts' extent: the request's, else
 * the scenes' (the UTM zone of the districts' centre or the CRS of most scene area when they differ), never depending
 * on the manifest's order. A band whose file shares the grid's CRS and lattice is read window by window;
 * any other is warped onto each tile. CRS facts come from GDAL's OSR here and travel in the plan. Not thread-safe.
 */
public final class PlanBuilder {
    private final AnalysisRequest request;
    /** Header of each file, opened once, by path. */
    private final Map<String, FileHeader> files;
    /** Each year's classifier, from the definition's canopy rule and the year's sensors. */
    private final Map<Integer, ForestClassifier> classifiers;

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
        this.classifiers = new HashMap<>();
        // a sensor without a threshold fails here, with the headers, before anything starts
        request.scenes().byYear().forEach((year, scenes) -> classifiers.put(year, classifier(year, scenes)));
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
            openWater(s.water(), files);
        }
        for (RuleLayerFile r : request.ruleLayers()) {
            openRuleLayer(r, files);
        }
        return new PlanBuilder(request, files);
    }

    /** A rule layer's file as the plan names it: absolute, so that executors in other folders find it. */
    private static String path(RuleLayerFile r) {
        return r.file().toAbsolutePath().normalize().toString();
    }

    /**
     * The header of a rule layer's raster: a missing or unreadable file, or one without a CRS, fails with the scene
     * headers, the message naming the file and the layer.
     */
    private static void openRuleLayer(RuleLayerFile r, Map<String, FileHeader> files) {
        String path = path(r);
        BandInfo info;
        try {
            info = files.computeIfAbsent(path, PlanBuilder::header).band(1);
        } catch (RasterException e) {
            throw new RasterException(path, e.getMessage().substring(Math.min(e.getMessage().length(),
                    path.length() + 2)) + " (rule layer " + r.layer().name() + ", --rule-layer)", e);
        }
        if (info.type() == PixelType.OTHER) {
            throw new RasterException(path, "rule layer " + r.layer().name() + ": band 1 has a complex pixel type;"
                    + " expected a band whose non-zero values mark the layer");
        }
    }

    /**
     * The headers of a water source's bands (reflectance for an index, 16-bit integers for a water raster), or the
     * opening of a water layer's file: a missing or unreadable one fails with the scene headers.
     */
    private static void openWater(WaterSource water, Map<String, FileHeader> files) {
        if (water instanceof WaterSource.Index i) {
            for (BandRef b : List.of(i.green(), i.other())) {
                PixelType type;
                try {
                    type = files.computeIfAbsent(b.path(), PlanBuilder::header).band(b.band()).type();
                } catch (RasterException e) {
                    // the bands came from the product's metadata or the entry: say which, and how to name them
                    throw new RasterException(b.path(), e.getMessage().substring(Math.min(e.getMessage().length(),
                            b.path().length() + 2)) + " (a band of the water index " + i.kind().id() + "; name the"
                            + " files with \"green\" and \"" + i.kind().otherBand() + "\" in the entry, or drop"
                            + " \"water\")");
                }
                if (type == PixelType.OTHER) {
                    throw new RasterException(b.path(), "band " + b.band() + " (water index) has a complex pixel type");
                }
            }
        } else if (water instanceof WaterSource.Layer l && l.kind() == WaterSource.LayerKind.RASTER) {
            BandInfo info = files.computeIfAbsent(l.path(), PlanBuilder::header).band(l.band());
            if (!info.type().inShortStorage()) {
                throw new RasterException(l.path(), "water layer band " + l.band() + " is " + info.type()
                        + ", expected classes in an integer band of at most 16 bits (Byte, Int16, UInt16)");
            }
        } else if (water instanceof WaterSource.Layer l) {
            WaterLayerReader.check(l.path());
        }
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
        AnalysisRequest.Districts d = request.districts();
        List<GridSpec> redGrids = canonical(request.scenes().scenes()).stream()
                .map(s -> files.get(s.red().path()).grid()).toList();
        GridChoice.Chosen chosen = request.grid().choose(redGrids,
                request.grid().crs() == null ? DistrictReader.centreLonLat(d.file().toString(), d.crs()) : null);
        GridSpec lattice = chosen.lattice();
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
        List<String> warnings = new ArrayList<>(checkHeaders(districts, lattice.crsWkt()));
        Map<SceneSpec, CrossSensor> harmonised = harmonisation(warnings);
        List<String> outside = request.scenes().scenes().stream()
                .filter(x -> !inSeason(x, SceneDates.acquisition(x))).map(SceneSpec::id).sorted().toList();
        if (!outside.isEmpty()) {
            warnings.add("note: --season " + request.season() + " leaves out " + outside.size() + " scene(s): "
                    + String.join(", ", outside));
        }
        GridSpec grid = GridSpec.snapped(lattice.crsWkt(), extent.getMinX(), extent.getMinY(), extent.getMaxX(),
                extent.getMaxY(), lattice.pixelWidth(), lattice.pixelHeight(), lattice.originX(), lattice.originY());
        CrsUnits units = Crs.units(grid.crsWkt());
        List<YearPlan> years = years(grid, harmonised);
        ForestDefinition definition = request.definition();
        AnalysisPlan plan = new AnalysisPlan(grid, request.tileSize(), years, years.get(0).classifier(),
                request.compositor(), request.zones().zoner(grid, districts), districts.size(),
                PixelArea.of(grid, units), request.resampling(), cacheBytesPerTile(grid), mapsDir, definition.mmu(),
                definition.denominator() == Denominator.LAND, rules(grid, extent, warnings));
        return new PlannedAnalysis(plan, request.scenes(), districts, checks, Crs.label(grid.crsWkt()), chosen.reason(),
                units, !d.gcj02() && layer.lonLatInChina(), warnings, definition);
    }

    /**
     * The rule layers given a file, resolved on the grid: a raster that misses the districts' extent is refused, naming
     * the file; each declared layer without a file adds a note (its column is absent, nothing is counted for it).
     */
    private List<RulePlan> rules(GridSpec grid, Envelope districts, List<String> warnings) {
        ForestDefinition definition = request.definition();
        Extent area = new Extent(districts.getMinX(), districts.getMinY(), districts.getMaxX(), districts.getMaxY());
        Map<String, Boolean> sameCrs = new HashMap<>();
        List<RulePlan> out = new ArrayList<>();
        for (org.forestcoverage.definition.RuleLayer l : definition.ruleLayers()) {
            RuleLayerFile given = request.ruleLayers().stream().filter(r -> r.layer().equals(l)).findFirst()
                    .orElse(null);
            if (given == null) {
                warnings.add("note: definition '" + definition.name() + "' counts rule layer " + l.name()
                        + " as forest, but no --rule-layer " + l.name() + "=FILE was given: coverage.csv has no "
                        + l.column() + " column and the coverage rate counts none of it (" + l.description() + ")");
                continue;
            }
            String path = path(given);
            FileHeader h = files.get(path);
            if (!Footprint.in(h.grid(), grid.crsWkt()).overlaps(area)) {
                throw new RasterException(path, "rule layer " + l.name() + " does not overlap the districts (its extent"
                        + " in the grid's CRS " + Footprint.in(h.grid(), grid.crsWkt()) + ", the districts' " + area
                        + ")");
            }
            BandPlan band = band(new BandRef(path, 1), grid, sameCrs);
            out.add(new RulePlan(l, band, new NodataRule(band.info().type(), band.info().nodata())));
        }
        return out;
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

    /**
     * Which scenes are transformed to OLI's red and NIR: with {@link Harmonise#AUTO}, every ETM+/TM and MSI scene when
     * the run's scenes come from more than one sensor (a trajectory across sensors), with {@link Harmonise#ON} always;
     * adds a warning when the run mixes sensors without it, or holds scenes whose sensor cannot be harmonised.
     */
    private Map<SceneSpec, CrossSensor> harmonisation(List<String> warnings) {
        Map<SceneSpec, SensorFamily> families = new LinkedHashMap<>();
        for (SceneSpec s : canonical(request.scenes().scenes())) {
            families.put(s, SensorFamily.of(s));
        }
        java.util.Set<SensorFamily> distinct = java.util.EnumSet.noneOf(SensorFamily.class);
        distinct.addAll(families.values());
        boolean mixed = distinct.size() > 1;
        Harmonise mode = request.harmonise();
        boolean apply = mode == Harmonise.ON || (mode == Harmonise.AUTO && mixed);
        String labels = String.join(", ", distinct.stream().map(SensorFamily::label).toList());
        Map<SceneSpec, CrossSensor> out = new HashMap<>();
        if (!apply) {
            if (mixed) {
                warnings.add("warning: the scenes mix sensors (" + labels + ") and --harmonise is off: NDVI differs"
                        + " between sensors (e.g. ETM+ vs OLI), so changes across them are partly the sensor's");
            }
            return out;
        }
        for (Map.Entry<SceneSpec, SensorFamily> e : families.entrySet()) {
            CrossSensor c = e.getValue().toOli();
            if (c != null) {
                out.put(e.getKey(), c);
            } else if (e.getValue() == SensorFamily.UNKNOWN && mixed) {
                warnings.add("warning: scene " + e.getKey().id() + " (" + e.getKey().sensor() + ") cannot be"
                        + " harmonised (no published transform for its sensor or product level); it is used as it is");
            }
        }
        return out;
    }

    /** True without a season, else when the scene's date is in it; a scene without a date cannot be placed. */
    private boolean inSeason(SceneSpec s, LocalDate date) {
        if (request.season() == null) {
            return true;
        }
        if (date == null) {
            throw new IllegalArgumentException("scene " + s.id() + ": no acquisition date in its metadata (MTL DATE_ACQUIRED,"
                    + " STAC datetime, Sentinel-2 PRODUCT_START_TIME), id or file name (_YYYYMMDD), which --season needs");
        }
        return request.season().contains(date);
    }

    private List<YearPlan> years(GridSpec grid, Map<SceneSpec, CrossSensor> harmonised) {
        Map<String, Boolean> sameCrs = new HashMap<>();
        Map<MaskRule, MaskTable> tables = new HashMap<>();
        Map<WaterSource.Layer, WaterPlan> layers = new HashMap<>();
        List<YearPlan> years = new ArrayList<>();
        for (Map.Entry<Integer, List<SceneSpec>> e : request.scenes().byYear().entrySet()) {
            List<ScenePlan> scenes = new ArrayList<>();
            for (SceneSpec s : canonical(e.getValue())) {
                LocalDate date = SceneDates.acquisition(s);
                if (!inSeason(s, date)) {
                    continue;
                }
                BandPlan red = band(s.red(), grid, sameCrs);
                BandPlan nir = band(s.nir(), grid, sameCrs);
                BandPlan quality = s.quality() == null ? null : band(s.quality().band(), grid, sameCrs);
                // identical rules share one table, shipped once
                MaskTable mask = s.quality() == null ? null : tables.computeIfAbsent(s.quality().rule(), MaskTable::new);
                CrossSensor h = harmonised.get(s);
                NdviRule rule = new NdviRule(
                        decoder(red, s.nodata(), h == null ? s.redCalibration() : h.red(s.redCalibration())),
                        decoder(nir, s.nodata(), h == null ? s.nirCalibration() : h.nir(s.nirCalibration())));
                SensorFamily family = SensorFamily.of(s);
                SceneFacts facts = SceneFacts.of(date, family.mapCode(), family.bapPreference());
                CloudBuffer proximity = quality != null && request.compositor().method() == Compositor.Method.BAP
                        ? metres(Compositor.CLOUD_DISTANCE_CAP_M, grid) : null;
                scenes.add(new ScenePlan(s.id(), s.sensor(), red, nir, quality, rule, mask,
                        water(s, grid, sameCrs, layers), s.provenance(), quality == null ? null : buffer(s, grid), h,
                        facts, proximity));
            }
            if (scenes.isEmpty()) {
                throw new IllegalArgumentException("--season " + request.season() + " leaves no scene in year "
                        + e.getKey());
            }
            years.add(new YearPlan(e.getKey(), scenes, classifiers.get(e.getKey())));
        }
        return years;
    }

    /**
     * A scene's water source for the tasks: an index's bands and decoders (the scene's nodata, else each band's own),
     * a water raster's band and the table of its water values, or a water layer's polygons near the grid; a layer's
     * plan is made once and shared by the scenes naming it ({@code layers}), so the plan carries it once.
     */
    private WaterPlan water(SceneSpec s, GridSpec grid, Map<String, Boolean> sameCrs,
                            Map<WaterSource.Layer, WaterPlan> layers) {
        if (s.water() instanceof WaterSource.Index i) {
            BandPlan green = band(i.green(), grid, sameCrs);
            BandPlan other = band(i.other(), grid, sameCrs);
            return new WaterPlan.Index(green, other, WaterIndex.of(decoder(green, s.nodata(), i.greenCalibration()),
                    decoder(other, s.nodata(), i.otherCalibration()), i.threshold()));
        }
        if (s.water() instanceof WaterSource.Layer l) {
            return layers.computeIfAbsent(l, k -> layer(l, grid, sameCrs));
        }
        return WaterPlan.NONE;
    }

    /** A water raster's band and value table, or a water layer's polygons as a pixel-centre zoner of the grid. */
    private WaterPlan layer(WaterSource.Layer l, GridSpec grid, Map<String, Boolean> sameCrs) {
        if (l.kind() == WaterSource.LayerKind.RASTER) {
            BandPlan layer = band(new BandRef(l.path(), l.band()), grid, sameCrs);
            return new WaterPlan.Raster(layer, waterValues(l, layer.info()));
        }
        List<District> polygons = new ArrayList<>();
        for (Geometry g : WaterLayerReader.polygons(l.path(), grid.crsWkt(),
                new Envelope(grid.minX(), grid.maxX(), grid.minY(), grid.maxY()))) {
            polygons.add(new District(0, "water", "water", g));   // zone 1 for every polygon: their union
        }
        return new WaterPlan.Polygons(l.path(), new CentreZoner(grid, polygons));
    }

    /**
     * The table of a water raster's values: water where the band's value (signed for signed types) is listed, or,
     * without a list, any value but 0 and the band's nodata.
     */
    private static MaskTable waterValues(WaterSource.Layer layer, BandInfo info) {
        Set<Integer> listed = Set.copyOf(layer.values());
        NodataRule nodata = new NodataRule(info.type(), info.nodata());
        boolean signed = !info.type().isUnsigned();
        return new MaskTable(q -> {
            int v = signed ? (short) q : q;
            boolean water = listed.isEmpty() ? v != 0 && !nodata.isNodata(v) : listed.contains(v);
            return water ? MaskRule.WATER : MaskRule.CLEAR;
        });
    }

    /**
     * The scene's cloud buffer on the grid: the request's metres, else the sensor preset's default; {@code null} when it
     * reaches no neighbouring pixel. Pixel sizes in metres: the CRS unit for projected grids; for geographic grids the
     * ellipsoid's radii at the grid's centre latitude (a buffer is a few pixels: the approximation is far below a
     * pixel).
     */
    private CloudBuffer buffer(SceneSpec s, GridSpec grid) {
        double metres;
        if (request.cloudBufferM() != null) {
            metres = request.cloudBufferM();
        } else {
            try {
                metres = SensorPreset.byId(s.sensor()).defaultCloudBufferM();
            } catch (SensorException e) {
                metres = 0;
            }
        }
        if (metres == 0) {
            return null;
        }
        CloudBuffer b = metres(metres, grid);
        return b.isEmpty() ? null : b;
    }

    /** A disk of {@code metres} on the grid (pixel sizes in metres as {@link #buffer} says). */
    private static CloudBuffer metres(double metres, GridSpec grid) {
        CrsUnits units = Crs.units(grid.crsWkt());
        double mx;
        double my;
        if (!units.geographic()) {
            mx = grid.pixelWidth() * units.unitFactor();
            my = grid.pixelHeight() * units.unitFactor();
        } else {
            double lat = (grid.minY() + grid.maxY()) / 2 * units.unitFactor();
            double a = units.ellipsoid().a();
            mx = grid.pixelWidth() * units.unitFactor() * a * Math.cos(lat);
            my = grid.pixelHeight() * units.unitFactor() * a;
        }
        return CloudBuffer.of(metres, mx, my);
    }

    /**
     * Scenes in an order that does not depend on the manifest's: by year, id, then red band file and band. The grid
     * choice and each year's composite see the scenes in this order, so a reordered manifest gives the same output.
     */
    static List<SceneSpec> canonical(List<SceneSpec> scenes) {
        return scenes.stream().sorted(Comparator.comparingInt(SceneSpec::year).thenComparing(SceneSpec::id)
                .thenComparing(s -> s.red().path()).thenComparingInt(s -> s.red().band())).toList();
    }

    /**
     * The classifier of one year: the threshold the definition's canopy rule gives the year's sensor (its own entry,
     * else {@code any}).
     *
     * @throws IllegalArgumentException when a sensor has no threshold, or the year's sensors have different ones (a
     *                                  composite NDVI has one threshold)
     */
    private ForestClassifier classifier(int year, List<SceneSpec> scenes) {
        CanopyRule canopy = request.definition().canopy();
        java.math.BigDecimal threshold = null;
        String first = null;
        for (SceneSpec s : scenes) {
            java.math.BigDecimal t = canopy.thresholdFor(s.sensor()).orElseThrow(() -> new IllegalArgumentException(
                    "the canopy rule (" + canopy.basis() + ") has no NDVI threshold for sensor '" + s.sensor()
                            + "' of scene " + s.id() + " (" + year + "), nor one for any sensor"));
            if (threshold == null) {
                threshold = t;
                first = s.sensor();
            } else if (threshold.compareTo(t) != 0) {
                throw new IllegalArgumentException("year " + year + " mixes sensors with different NDVI thresholds ("
                        + first + " " + threshold.toPlainString() + ", " + s.sensor() + " " + t.toPlainString()
                        + "): a year's composite is classified with one threshold; analyse the sensors apart or give"
                        + " one threshold");
            }
        }
        return new ForestClassifier(Threshold.of(threshold.doubleValue()));
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
     * Block cache a task may hold beyond its largest scene's need so that neighbouring tiles share blocks, bytes: a
     * bound that does not grow with the number of scenes.
     */
    static final long REUSE_CACHE_BYTES = 32L << 20;

    /**
     * GDAL block cache a task reserves for its tiles: for each scene the blocks a tile's window overlaps at any
     * alignment in each of its files, all bands (a pixel-interleaved file decodes them together). A task reads the
     * scenes of a tile one after the other, so it needs the largest scene's blocks; it keeps more, up to the sum over
     * the scenes of every year and at most {@link #REUSE_CACHE_BYTES}, because it reads runs of neighbouring tiles
     * (spark.DecreasingBatches), every other tile with its scenes in reverse order (tile.TilePipeline): a tile's window
     * rarely falls on block edges, so it shares a column of blocks of each scene with the next tile, which takes them
     * from the cache for the scenes read last instead of decoding them again (a third of the blocks of a 512 tile in
     * 256 blocks). Memory is thus set by the tiles in flight and the bound, not by the number or size of the scenes. A
     * finer lattice in the grid's CRS widens the window (a Sentinel-2 10 m band under a 30 m grid); across CRSs the
     * tile's size in source pixels is taken as it is. The rule layers' rasters come on top.
     */
    private long cacheBytesPerTile(GridSpec grid) {
        long most = 0;
        long all = 0;
        for (SceneSpec s : request.scenes().scenes()) {
            long bytes = 0;
            for (String path : s.bands().stream().map(BandRef::path).distinct().toList()) {
                bytes += cacheBytesPerTile(files.get(path), grid, request.tileSize());
            }
            most = Math.max(most, bytes);
            all += bytes;
        }
        long need = Math.max(most, Math.min(all, REUSE_CACHE_BYTES));
        // a tile's rule layers are read before its scenes: their blocks may still be cached while the scenes are read
        for (RuleLayerFile r : request.ruleLayers()) {
            need += cacheBytesPerTile(files.get(path(r)), grid, request.tileSize());
        }
        return need;
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
