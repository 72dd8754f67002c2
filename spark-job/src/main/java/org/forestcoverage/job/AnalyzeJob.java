package org.forestcoverage.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.forestcoverage.catalog.CatalogScenes;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.store.OgrTileSums;
import org.forestcoverage.io.gdal.store.OgrYearHistory;
import org.forestcoverage.plan.TileYearKeys;
import org.forestcoverage.provenance.FileChecksum;
import org.forestcoverage.provenance.RunRecord;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.MapMosaic;
import org.forestcoverage.io.gdal.MapPlace;
import org.forestcoverage.maps.MapCatalog;
import org.forestcoverage.maps.MapLayer;
import org.forestcoverage.output.Interruption;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.report.DistrictCoverageLayer;
import org.forestcoverage.report.CoverageCsv;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.ObservationCheck;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.PlannedAnalysis;
import org.forestcoverage.provenance.ToolVersion;
import org.forestcoverage.report.CoverageJson;
import org.forestcoverage.report.DistrictCheckReport;
import org.forestcoverage.report.SceneSources;
import org.forestcoverage.report.SummaryTable;
import org.forestcoverage.report.TrajectoryReport;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.spark.Preflight;
import org.forestcoverage.spark.SparkAnalysis;
import org.forestcoverage.spark.SparkSource;
import org.forestcoverage.spark.WorkStop;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.tile.LeadingTiles;
import org.forestcoverage.tile.TileSums;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.CoverageTable;
import org.forestcoverage.zones.District;

/**
 * The {@code analyze} stages in order: scenes (every band's header, before anything starts), Spark (started in the
 * background), districts, grid and plan ({@link PlanBuilder}), preflight (GDAL on every executor, before any tile task
 * reads a scene), tiles, outputs. The districts are read and checked while Spark starts, and a failure there stops
 * it. The output folder is checked and locked before Spark starts, written into a staging folder and put in place
 * only when complete ({@link OutputFolder}); an interrupt stops the tile job before the staging folder is removed.
 */
public final class AnalyzeJob {
    private final JobConfig config;
    private final PrintStream console;
    private final PrintStream warnings;
    private final SparkSource sparkSource;
    private List<String> commandLine = List.of();

    /** A job on a new Spark context of its own, printing its stages to {@code console} and its warnings to stderr. */
    public AnalyzeJob(JobConfig config, PrintStream console) {
        this(config, console, System.err, SparkSource.PER_RUN);
    }

    /** A job on a new Spark context of its own, printing its warnings and notes to {@code warnings}. */
    public AnalyzeJob(JobConfig config, PrintStream console, PrintStream warnings) {
        this(config, console, warnings, SparkSource.PER_RUN);
    }

    /** A job on the contexts {@code spark} hands out, printing its warnings to stderr. */
    public AnalyzeJob(JobConfig config, PrintStream console, SparkSource spark) {
        this(config, console, System.err, spark);
    }

    /** A job on the contexts {@code spark} hands out, printing its stages to {@code console}, warnings to {@code warnings}. */
    public AnalyzeJob(JobConfig config, PrintStream console, PrintStream warnings, SparkSource spark) {
        this.config = config;
        this.console = console;
        this.warnings = warnings;
        this.sparkSource = spark;
    }

    /** The command line the job was started with (the arguments after {@code forest}), for run.json. */
    public AnalyzeJob commandLine(List<String> args) {
        this.commandLine = List.copyOf(args);
        return this;
    }

    /** Runs the job and returns the coverage rows written. */
    public List<CoverageRow> run() {
        RunRecord record = Provenance.start(config, commandLine);
        StageLog log = new StageLog(console, config.writeMaps() ? 8 : 7, record);
        Trajectory official = config.trajectory() == null ? null : Trajectory.readCsv(config.trajectory());
        String gdalVersion = GdalRuntime.ensure();
        record.version("gdal", gdalVersion);
        record.version("gdal_java_bindings", GdalRuntime.jarVersion());
        record.version("proj", Crs.projVersion());
        CatalogScenes selected = null;
        Manifest scenes;
        if (config.catalog() != null) {
            selected = config.catalog().select(config);
            selected.lines().forEach(l -> console.println("          " + l));
            record.section("catalog_selection", selected.lines());
            scenes = selected.manifest();
        } else {
            scenes = config.scenes();
        }
        AnalysisRequest request = config.request(scenes);
        PlanBuilder builder = PlanBuilder.open(request);
        log.done("scenes", scenes.scenes().size() + " scene(s), years " + scenes.years() + ", GDAL " + gdalVersion);
        // refuses an --out it must not touch, and locks it, before Spark starts
        OutputFolder out = OutputFolder.create(config.out(), "analyze", config.overwrite(), config.inputs(scenes));

        // Spark starts (seconds) while the driver reads and checks the districts and plans the grid
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String sampleScene = builder.firstScenePath();
        CompletableFuture<SparkAnalysis> starting = CompletableFuture.supplyAsync(
                () -> sparkSource.open(config.master()).warmUp(sampleScene), task -> {
                    Thread t = new Thread(task, "spark-start");
                    t.setContextClassLoader(loader);
                    t.setDaemon(true);
                    t.start();
                });
        try (out; SparkHandle handle = new SparkHandle(starting)) {
            // every input's SHA-256, read while Spark starts
            Map<String, FileChecksum> checksums = Provenance.inputs(record, config, scenes, selected);
            String mapsDir = config.writeMaps() ? out.dir().resolve("tiles").toString() : null;
            PlannedAnalysis planned = builder.build(mapsDir);
            AnalysisPlan plan = planned.plan();
            Provenance.scenes(record, scenes, plan);
            DistrictCheckReport.lines(config.districts().getFileName().toString(), planned.checks(), planned.units(),
                    planned.lonLatInChina())
                    .forEach(l -> (l.startsWith("warning:") || l.startsWith("note:") ? warnings : console).println(l));
            planned.warnings().forEach(warnings::println);
            List<District> districts = planned.districts();
            log.done("districts", districts.size() + " from " + config.districts().getFileName() + " (id '"
                    + config.idField() + "')" + (config.districtInput().gcj02() ? ", GCJ-02 converted to WGS84" : ""));
            GridSpec grid = plan.grid();
            int tiles = plan.tiling().count();
            log.done("grid", String.format(Locale.ROOT, "%s %d x %d px of %.6g x %.6g, %d tiles of %d px, zones %s"
                    + " (CRS: %s)", planned.crsLabel(), grid.width(), grid.height(), grid.pixelWidth(),
                    grid.pixelHeight(), tiles, config.tileSize(), config.zones().label(), planned.gridReason()));

            // until Spark is up, the driver processes tiles itself: real work whose sums count, not a warm-up; with a
            // results store the tiles to compute are known only from the store, and the driver leaves them to the tasks
            String results = mapsDir == null ? config.resultsStore() : null;
            LeadingTiles early;
            try {
                early = LeadingTiles.until(plan, () -> results != null || starting.isDone() || handle.interrupted());
            } finally {
                handle.leadingDone();
            }
            SparkAnalysis spark = handle.get();
            record.version("spark", spark.version());
            log.done("spark", spark.master() + " (started during the stages above"
                    + (early.count() > 0 ? "; meanwhile the driver processed " + early.count() + " tile(s)" : "") + ")");
            // GDAL on every executor before any tile task; waits for a cluster's executors to register
            Preflight.Report preflight = spark.preflight();
            preflight.lines().forEach(l -> console.println("          " + l));
            preflight.check();
            int[] rest = early.rest();
            int partitions = config.partitions() > 0 ? config.partitions() : spark.defaultPartitions(rest.length);
            // progress only on a terminal: quiet in tests, CI and when output is redirected
            PrintStream progress = System.console() != null ? console : null;
            // a results store keeps sums per tile and year; gap filling (a year's classes depend on the other years')
            // and the minimum mapping unit (patches cross tiles) need every tile-year of the run, so they compute all
            // (rule layers are not part of a tile-year's key: with them, too, every tile-year is computed)
            boolean incremental = results != null && !plan.fillGaps() && !plan.mmu().active() && plan.rules().isEmpty();
            if (results != null && !incremental) {
                warnings.println("note: the results store " + results + " is not used: " + (plan.fillGaps()
                        ? "gap filling from the nearest year needs every tile and year of the run together"
                        : plan.mmu().active() ? "the minimum mapping unit needs every tile and year of the run together"
                        : "the rule layers are not part of its tile-year keys") + "; computing all");
            }
            CoverageSums sums;
            TileYearKeys keys = null;
            if (incremental) {
                log.done("preflight", preflight.summary());
                try (OgrTileSums store = OgrTileSums.open(results)) {
                    keys = TileYearKeys.of(plan, sha256ByPath(checksums), ToolVersion.current().label());
                    IncrementalTiles.Outcome o = IncrementalTiles.run(store, plan, keys, spark, config.partitions(),
                            progress);
                    sums = o.sums();
                    Map<String, Object> tileYears = new LinkedHashMap<>();
                    tileYears.put("computed", o.computed());
                    tileYears.put("reused", o.reused());
                    tileYears.put("computed_years", o.computedYears());
                    tileYears.put("store", results.startsWith("PG:") ? "PG:(connection string not recorded)"
                            : Path.of(results).toAbsolutePath().toString());
                    record.section("tile_years", tileYears);
                    log.done("tiles", o.computed() + " tile-year(s) computed" + (o.computedYears().isEmpty() ? ""
                            : " (years " + o.computedYears() + ")") + ", " + o.reused() + " reused from "
                            + store.location());
                }
            } else {
                TileSums tileSums = early.result();
                try (SparkAnalysis.Shipped shipped = spark.ship(plan)) {
                    log.done("preflight", preflight.summary() + ", plan shipped, " + partitions + " partitions");
                    tileSums.merge(spark.run(shipped, rest, partitions, progress));
                }
                // patches crossing tiles are judged whole here, before the maps are mosaicked
                TileSums.Finished finished = tileSums.finish(plan);
                sums = finished.sums();
                log.done("tiles", tiles + " tiles x " + plan.years().size() + " year(s) processed"
                        + (plan.mmu().active() ? "; minimum mapping unit " + plan.mmu().describe() + ": "
                        + tileSums.borderCount() + " tile edge record(s), " + finished.removedParts()
                        + " patch part(s) crossing tiles removed" : ""));
            }
            ObservationCheck.requireObserved(plan, sums);   // before any output: a year of masks only is an error
            handle.close();
            Path dir = out.dir();
            List<String> maps = List.of();
            if (mapsDir != null) {
                maps = writeMaps(Path.of(mapsDir), grid, plan.yearValues(), dir);
                log.done("maps", maps.size() + " cloud-optimized GeoTIFFs (" + String.join(", ", maps.subList(0,
                        Math.min(3, maps.size()))) + (maps.size() > 3 ? ", ..." : "") + ")");
            }
            List<CoverageRow> rows = CoverageTable.rows(sums, plan.yearValues(), districts,
                    plan.rules().stream().map(r -> r.layer().column()).toList());
            CoverageCsv.write(rows, dir.resolve("coverage.csv"));
            Map<String, Object> run = runInfo(planned);
            run.put("district_checks", DistrictCheckReport.json(planned.checks(), planned.units(),
                    config.districtInput().gcj02(), config.districtInput().refuseInvalid()));
            if (official != null) {
                run.put("trajectory", TrajectoryReport.describe(official, config.trajectory()));
            }
            CoverageJson.write(rows, run, dir.resolve("coverage.json"));
            if (keys != null) {
                // the diff report: past years whose result moved since the last run on the same districts (only
                // runs that keep their tile-years in the store have the keys it compares)
                String series = checksums.get(config.districts().toAbsolutePath().normalize().toString()).sha256()
                        + "|" + config.idField();
                try (OgrYearHistory history = OgrYearHistory.open(results)) {
                    List<String> changed = YearChanges.compare(history, series, plan, keys, checksums,
                            record.settingsText(), rows, dir);
                    record.section("changed_years", changed);
                    changed.forEach(l -> warnings.println("forest: changed since the last run: " + l
                            + " (changes.csv, changes.json)"));
                }
            }
            DistrictCoverageLayer.write(dir.resolve(DistrictCoverageLayer.FILE), grid.crsWkt(), districts, rows);
            org.forestcoverage.trajectory.TrajectoryComparison trajectory = null;
            if (config.trajectory() != null) {
                trajectory = TrajectoryReport.compare(official, rows);
                TrajectoryReport.writeCsv(trajectory, dir.resolve("trajectory.csv"));
            }
            List<String> catalog = maps.isEmpty() ? List.of()
                    : writeMapCatalog(dir, grid, plan.yearValues(), trajectory != null, config.label());
            record.write(dir.resolve("run.json"));
            out.commit();
            log.done("outputs", (trajectory == null ? "coverage.csv, coverage.json" : "coverage.csv, coverage.json, trajectory.csv")
                    + ", " + DistrictCoverageLayer.FILE + ", run.json"
                    + (maps.isEmpty() ? "" : ", " + maps.size() + " maps, " + MapCatalog.FILE + " (STAC, "
                    + (catalog.size() - 1) + " items)") + " in " + out.target());
            if (config.label() != null) {
                console.println(config.label());
            }
            console.print(SummaryTable.format(rows));
            if (trajectory != null) {
                console.println("City against the trajectory in " + config.trajectory().getFileName() + ":");
                console.print(TrajectoryReport.table(trajectory));
            }
            return rows;
        }
    }

    /**
     * Owns a Spark context being started in the background: joins it on demand, always stops it, and stops its tile
     * job at once on an interrupt (before the output's staging folder is removed).
     */
    private static final class SparkHandle implements AutoCloseable {
        /** How long an interrupt waits for the driver's current tile (a tile is well under a second). */
        private static final long LEADING_WAIT_MS = 1500;
        private final CompletableFuture<SparkAnalysis> starting;
        private final Interruption.Registration onInterrupt;
        /** Open until the driver's own tiles ({@link LeadingTiles}) are done: an interrupt waits for it. */
        private final CountDownLatch leading = new CountDownLatch(1);
        private volatile boolean interrupted;
        private boolean closed;

        SparkHandle(CompletableFuture<SparkAnalysis> starting) {
            this.starting = starting;
            this.onInterrupt = Interruption.onInterrupt(this::stopNow);
        }

        /** Whether an interrupt came: the driver then starts no further tile of its own. */
        boolean interrupted() {
            return interrupted;
        }

        /** The driver is done with its own tiles (or will not process any). */
        void leadingDone() {
            leading.countDown();
        }

        /**
         * On an interrupt: lets the driver finish the tile it is on (it writes map tiles into the staging folder,
         * which is removed next), then stops the tile job at once (a context still starting dies with the JVM).
         */
        void stopNow() {
            interrupted = true;
            try {
                leading.await(LEADING_WAIT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (starting.isDone() && !starting.isCompletedExceptionally()) {
                WorkStop.stop(starting.join());
            }
        }

        SparkAnalysis get() {
            try {
                return starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            leading.countDown();
            onInterrupt.close();
            try {
                get().close();
            } catch (RuntimeException e) {
                // a context that failed to start has nothing to stop
            }
        }
    }

    /**
     * Mosaics the per-tile maps the tasks wrote under {@code tiles} into {@code forest_YEAR.tif},
     * {@code ndvi_YEAR.tif} and {@code count_YEAR.tif} in {@code dir}, then deletes the tile folder. Everything
     * stays inside the output folder's staging folder, so a failure leaves nothing behind. The tasks write to a
     * path of the driver's file system: on a cluster the output folder must be on a shared file system.
     */
    private static List<String> writeMaps(Path tiles, GridSpec grid, List<Integer> years, Path dir) {
        List<String> written = new java.util.ArrayList<>();
        for (int year : years) {
            for (MapMosaic.Kind kind : MapMosaic.Kind.values()) {
                String name = kind.layer().file(year);
                MapMosaic.write(tiles.resolve(kind.prefix() + "_" + year).toFile(), grid, dir.resolve(name).toString(), kind);
                written.add(name);
            }
        }
        deleteTree(tiles);
        return written;
    }

    /**
     * The maps as a STAC catalogue ({@link MapCatalog}): the grid's CRS and its outline in WGS84 from GDAL, linked to
     * the tables and the provenance of the same folder. Returns the files written.
     */
    private static List<String> writeMapCatalog(Path dir, GridSpec grid, List<Integer> years, boolean trajectory,
                                                String label) {
        List<MapCatalog.Related> related = new java.util.ArrayList<>(List.of(
                new MapCatalog.Related("coverage.csv", "related", "text/csv", "Forest coverage per district and year"),
                new MapCatalog.Related("coverage.json", "related", "application/json",
                        "Forest coverage per district and year, with the run's settings"),
                new MapCatalog.Related(DistrictCoverageLayer.FILE, "related", "application/geopackage+sqlite3",
                        "The districts with their coverage per year"),
                new MapCatalog.Related("run.json", "describedby", "application/json",
                        "Provenance: tool and library versions, every input with its SHA-256, settings")));
        if (trajectory) {
            related.add(new MapCatalog.Related("trajectory.csv", "related", "text/csv",
                    "The city against the official trajectory"));
        }
        List<MapLayer> layers = java.util.Arrays.stream(MapMosaic.Kind.values()).map(MapMosaic.Kind::layer).toList();
        return MapCatalog.write(dir, MapPlace.of(grid), years, layers, related, label);
    }

    private static void deleteTree(Path p) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete the map tiles in " + p + ": " + e.getMessage(), e);
        }
    }

    /** The cross-sensor transform applied to each harmonised scene, by year and id (scenes used as they are omitted). */
    private static Map<String, Object> harmonisation(PlannedAnalysis planned) {
        Map<String, Object> m = new java.util.TreeMap<>();
        for (org.forestcoverage.plan.YearPlan y : planned.plan().years()) {
            for (org.forestcoverage.plan.ScenePlan s : y.scenes()) {
                org.forestcoverage.scene.CrossSensor c = s.harmonised();
                if (c != null) {
                    Map<String, Object> d = new LinkedHashMap<>();
                    d.put("from", c.from());
                    d.put("to", c.to());
                    d.put("red", List.of(c.redSlope(), c.redOffset()));
                    d.put("nir", List.of(c.nirSlope(), c.nirOffset()));
                    d.put("reference", c.reference());
                    m.put(y.year() + ":" + s.id(), d);
                }
            }
        }
        return m;
    }

    /** The cloud buffer of each scene in metres (0: none), by year and id. */
    private static Map<String, Object> cloudBuffers(PlannedAnalysis planned) {
        Map<String, Object> m = new java.util.TreeMap<>();
        for (org.forestcoverage.plan.YearPlan y : planned.plan().years()) {
            for (org.forestcoverage.plan.ScenePlan s : y.scenes()) {
                m.put(y.year() + ":" + s.id(), s.buffer() == null ? 0.0 : s.buffer().metres());
            }
        }
        return m;
    }

    private static Map<String, String> sha256ByPath(Map<String, FileChecksum> checksums) {
        Map<String, String> m = new LinkedHashMap<>();
        checksums.forEach((path, c) -> m.put(path, c.sha256()));
        return m;
    }

    private Map<String, Object> runInfo(PlannedAnalysis planned) {
        GridSpec grid = planned.plan().grid();
        Map<String, Object> run = new LinkedHashMap<>();
        if (config.label() != null) {
            run.put("label", config.label());
        }
        run.put("crs", planned.crsLabel());
        run.put("grid_choice", planned.gridReason());
        run.put("grid_width_px", grid.width());
        run.put("grid_height_px", grid.height());
        run.put("pixel_size", List.of(grid.pixelWidth(), grid.pixelHeight()));
        run.put("origin", List.of(grid.originX(), grid.originY()));
        ForestDefinition d = planned.definition();
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", d.name());
        definition.put("title", d.title());
        definition.put("source", d.source());
        definition.put("ndvi_thresholds", d.canopy().thresholds().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toPlainString(),
                        (a, b) -> a, java.util.TreeMap::new)));
        definition.put("canopy_basis", d.canopy().basis());
        definition.put("minimum_mapping_unit", d.mmu().describe());
        definition.put("denominator", d.denominator().text());
        definition.put("notes", d.notes());
        definition.put("rule_layers", d.ruleLayers().stream().map(l -> {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("name", l.name());
            layer.put("column", l.column());
            layer.put("description", l.description());
            String file = planned.plan().rules().stream().filter(r -> r.layer().equals(l))
                    .map(r -> r.band().ref().path()).findFirst().orElse(null);
            layer.put("file", file == null ? null : Path.of(file).toAbsolutePath().normalize().toString());
            layer.put("counted", file == null ? "no: no --rule-layer " + l.name() + "=FILE given, its column is absent"
                    : "non-forest land of the map inside the layer (non-zero, not nodata), after the minimum mapping"
                    + " unit; water and unobserved pixels are not counted; filled pixels count by their filled class");
            return layer;
        }).toList());
        run.put("definition", definition);
        run.put("threshold_ndvi", planned.plan().classifier().threshold().ndvi());
        run.put("zones", config.zones().label());
        run.put("composite", config.composite());
        run.put("resampling", config.resampling());
        run.put("cloud_buffer_m", cloudBuffers(planned));
        run.put("season", config.season() == null ? "whole year" : config.season());
        run.put("harmonise", config.harmonise());
        run.put("harmonisation", harmonisation(planned));
        // sorted: a reordered manifest gives the same coverage.json
        run.put("scenes", planned.scenes().scenes().stream().map(s -> s.year() + ":" + s.id()).sorted().toList());
        run.put("scene_sources", SceneSources.json(planned.plan()));
        run.put("coverage_definition", d.denominator() == org.forestcoverage.definition.Denominator.LAND
                ? "forest / land (forest + non-forest) of the map; pixels unobserved in a year take the class of the"
                + " nearest year that observed them (filled_m2, filled_pct), coverage_observed_pct is forest / land"
                + " observed that year; NDVI >= the sensor's threshold is forest; patches below the minimum mapping"
                + " unit are non-forest" + RULE_TEXT
                : "forest / (forest + non-forest) over observed land; NDVI >= the sensor's threshold is forest;"
                + " patches below the minimum mapping unit are non-forest" + RULE_TEXT);
        return run;
    }

    /** How rule layers enter the rate (coverage.json), said once for both denominators. */
    private static final String RULE_TEXT = "; a rule layer's area (its own column, e.g. designated_shrubland_m2) is"
            + " the non-forest land of the map inside the layer after the minimum mapping unit (a patch the unit"
            + " removes counts when the layer holds it), filled pixels by their filled class (the part observed that"
            + " year enters coverage_observed_pct), never water or unobserved pixels; it is added to the forest of"
            + " both rates";

}
