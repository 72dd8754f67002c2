package org.forestcoverage.job;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.broadcast.Broadcast;
import org.forestcoverage.analysis.AnalysisPlan;
import org.forestcoverage.analysis.TileProcessor;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.MapMosaic;
import org.forestcoverage.output.Interruption;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.report.CoverageCsv;
import org.forestcoverage.report.CoverageJson;
import org.forestcoverage.report.DistrictCoverageLayer;
import org.forestcoverage.report.SummaryTable;
import org.forestcoverage.report.TrajectoryReport;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.spark.Preflight;
import org.forestcoverage.spark.SparkAnalysis;
import org.forestcoverage.spark.WorkStop;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.CoverageTable;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictReport;

/**
 * The {@code analyze} stages in order: scenes, districts, grid, Spark, preflight (GDAL on every executor, before
 * any tile task reads a scene), tiles, outputs. The scenes and the trajectory are checked before Spark starts;
 * the districts are read and checked while it starts, and a failure there stops it. The output folder is checked
 * and locked before Spark starts, written into a staging folder and put in place only when complete
 * ({@link OutputFolder}); an interrupt stops the tile job before the staging folder is removed.
 */
public final class AnalyzeJob {
    private final JobConfig config;
    private final PrintStream console;
    private final PrintStream warnings;

    /** Tiles the driver processes (and discards) to compile the kernels while Spark starts. */
    private static final int WARM_UP_TILES = 4;

    /** A job printing its stages to {@code console} and its warnings and notes to stderr. */
    public AnalyzeJob(JobConfig config, PrintStream console) {
        this(config, console, System.err);
    }

    /** A job printing its stages to {@code console} and its warnings and notes to {@code warnings}. */
    public AnalyzeJob(JobConfig config, PrintStream console, PrintStream warnings) {
        this.config = config;
        this.console = console;
        this.warnings = warnings;
    }

    /** Runs the job and returns the coverage rows written. */
    public List<CoverageRow> run() {
        StageLog log = new StageLog(console, config.writeMaps() ? 8 : 7);
        Trajectory official = config.trajectory() == null ? null : Trajectory.readCsv(config.trajectory());
        String gdalVersion = GdalRuntime.ensure();
        Manifest m = AnalysisSetup.scenes(config);
        List<GridSpec> redGrids = AnalysisSetup.checkScenes(m, warnings);
        GridSpec sceneGrid = AnalysisSetup.lattice(config, redGrids);
        log.done("scenes", m.scenes().size() + " scene(s), years " + m.years() + ", GDAL " + gdalVersion);
        // refuses an --out it must not touch, and locks it, before Spark starts
        OutputFolder out = OutputFolder.create(config.out(), "analyze", config.overwrite(), AnalysisSetup.inputs(config, m));

        // Spark starts (seconds) while the driver reads and checks the districts and plans the grid
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String sampleScene = m.scenes().get(0).red().path();
        CompletableFuture<SparkAnalysis> starting = CompletableFuture.supplyAsync(() -> SparkAnalysis.start(config.master()).warmUp(sampleScene),
                task -> {
                    Thread t = new Thread(task, "spark-start");
                    t.setContextClassLoader(loader);
                    t.setDaemon(true);
                    t.start();
                });
        try (out; SparkHandle handle = new SparkHandle(starting)) {
            DistrictReport checks = AnalysisSetup.checkDistricts(config, AnalysisSetup.districts(config, sceneGrid.crsWkt()));
            AnalysisSetup.districtLines(config, checks, sceneGrid.crsWkt())
                    .forEach(l -> (l.startsWith("warning:") || l.startsWith("note:") ? warnings : console).println(l));
            List<District> districts = checks.districts();
            AnalysisSetup.checkSceneCoverage(m, redGrids, districts, sceneGrid.crsWkt()).forEach(warnings::println);
            log.done("districts", districts.size() + " from " + config.districts().getFileName() + " (id '" + config.idField() + "')"
                    + (config.districtInput().gcj02() ? ", GCJ-02 converted to WGS84" : ""));

            GridSpec grid = AnalysisSetup.grid(sceneGrid, districts);
            String mapsDir = config.writeMaps() ? out.dir().resolve("tiles").toString() : null;
            AnalysisPlan plan = AnalysisSetup.plan(config, m, grid, districts, mapsDir);
            int tiles = plan.tiling().count();
            log.done("grid", String.format(Locale.ROOT, "%s %d x %d px of %.6g x %.6g, %d tiles of %d px, zones %s",
                    Crs.label(grid.crsWkt()), grid.width(), grid.height(), grid.pixelWidth(), grid.pixelHeight(), tiles,
                    config.tileSize(), config.zones().name().toLowerCase(Locale.ROOT)));

            if (SparkAnalysis.inThisJvm(config.master()) && mapsDir == null) {
                warmKernels(plan, starting);
            }
            CoverageSums sums;
            SparkAnalysis spark = handle.get();
            log.done("spark", config.master() + " (started during the stages above)");
            // GDAL on every executor before any tile task; waits for a cluster's executors to register
            Preflight.Report preflight = spark.preflight();
            preflight.lines().forEach(l -> console.println("          " + l));
            preflight.check();
            int partitions = config.partitions() > 0 ? config.partitions() : spark.defaultPartitions(tiles);
            Broadcast<AnalysisPlan> shipped = spark.ship(plan);
            log.done("preflight", preflight.summary() + ", plan shipped, " + (spark.sharedQueue()
                    ? Math.min(partitions, spark.context().defaultParallelism()) + " task(s) sharing a tile queue"
                    : partitions + " partitions"));
            try {
                // progress only on a terminal: quiet in tests, CI and when output is redirected
                sums = spark.run(shipped, partitions, System.console() != null ? console : null);
            } finally {
                shipped.destroy();
            }
            log.done("tiles", tiles + " tiles x " + m.years().size() + " year(s) processed");
            handle.close();
            Path dir = out.dir();
            List<String> maps = List.of();
            if (mapsDir != null) {
                maps = writeMaps(Path.of(mapsDir), grid, plan.years(), dir);
                log.done("maps", maps.size() + " cloud-optimized GeoTIFFs (" + String.join(", ", maps.subList(0,
                        Math.min(3, maps.size()))) + (maps.size() > 3 ? ", ..." : "") + ")");
            }
            List<CoverageRow> rows = CoverageTable.rows(sums, plan.years(), districts);
            CoverageCsv.write(rows, dir.resolve("coverage.csv"));
            Map<String, Object> run = runInfo(grid, m);
            run.put("district_checks", AnalysisSetup.districtCheckInfo(config, checks, grid.crsWkt()));
            if (official != null) {
                run.put("trajectory", TrajectoryReport.describe(official, config.trajectory()));
            }
            CoverageJson.write(rows, run, dir.resolve("coverage.json"));
            DistrictCoverageLayer.write(dir.resolve(DistrictCoverageLayer.FILE), grid.crsWkt(), districts, rows);
            org.forestcoverage.trajectory.TrajectoryComparison trajectory = null;
            if (config.trajectory() != null) {
                trajectory = TrajectoryReport.compare(official, rows);
                TrajectoryReport.writeCsv(trajectory, dir.resolve("trajectory.csv"));
            }
            out.commit();
            log.done("outputs", (trajectory == null ? "coverage.csv, coverage.json" : "coverage.csv, coverage.json, trajectory.csv")
                    + ", " + DistrictCoverageLayer.FILE
                    + (maps.isEmpty() ? "" : ", " + maps.size() + " maps") + " in " + out.target());
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
     * Embedded runs only: while Spark is still starting, processes a few tiles on the driver and throws the sums
     * away. The driver is the executor here, so the tile kernels are then compiled before the first task, and the
     * tasks no longer each run their first tiles in the interpreter. Stops as soon as Spark is up.
     */
    private static void warmKernels(AnalysisPlan plan, CompletableFuture<SparkAnalysis> starting) {
        int tiles = plan.tiling().count();
        try (TileProcessor p = new TileProcessor(plan)) {
            for (int i = 0; i < WARM_UP_TILES && !starting.isDone(); i++) {
                p.process((int) ((long) tiles * (2 * i + 1) / (2 * WARM_UP_TILES)));
            }
        }
    }

    /**
     * Owns a Spark context being started in the background: joins it on demand, always stops it, and stops its tile
     * job at once on an interrupt (before the output's staging folder is removed).
     */
    private static final class SparkHandle implements AutoCloseable {
        private final CompletableFuture<SparkAnalysis> starting;
        private final Interruption.Registration onInterrupt;
        private boolean closed;

        SparkHandle(CompletableFuture<SparkAnalysis> starting) {
            this.starting = starting;
            this.onInterrupt = Interruption.onInterrupt(this::stopNow);
        }

        SparkAnalysis get() {
            try {
                return starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** On an interrupt: stops the tile job at once (a context still starting dies with the JVM). */
        void stopNow() {
            if (starting.isDone() && !starting.isCompletedExceptionally()) {
                WorkStop.stop(starting.join());
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
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
                String name = kind.prefix() + "_" + year + ".tif";
                MapMosaic.write(tiles.resolve(kind.prefix() + "_" + year).toFile(), grid, dir.resolve(name).toString(), kind);
                written.add(name);
            }
        }
        deleteTree(tiles);
        return written;
    }

    private static void deleteTree(Path p) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(p)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete the map tiles in " + p + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> runInfo(GridSpec grid, Manifest m) {
        Map<String, Object> run = new LinkedHashMap<>();
        if (config.label() != null) {
            run.put("label", config.label());
        }
        run.put("crs", Crs.label(grid.crsWkt()));
        run.put("grid_width_px", grid.width());
        run.put("grid_height_px", grid.height());
        run.put("pixel_size", List.of(grid.pixelWidth(), grid.pixelHeight()));
        run.put("origin", List.of(grid.originX(), grid.originY()));
        run.put("threshold_ndvi", config.thresholdNdvi());
        run.put("zones", config.zones().name().toLowerCase(Locale.ROOT));
        run.put("composite", config.composite());
        run.put("resampling", config.resampling());
        run.put("scenes", m.scenes().stream().map(s -> s.year() + ":" + s.id()).toList());
        run.put("scene_sources", org.forestcoverage.report.SceneSources.json(m.scenes()));
        run.put("coverage_definition", "forest / (forest + non-forest) over observed land; NDVI >= threshold is forest");
        return run;
    }
}
