package org.forestcoverage.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.tile.TilePipeline;
import org.forestcoverage.tile.TileSums;

/**
 * The Spark side of {@code analyze}: the reduce step of the data flow. The driver ships the {@link AnalysisPlan} once
 * (a broadcast) and the tiles as partitions ({@link TileSchedule}); each task runs a {@link TilePipeline} over its
 * tiles and returns one {@link TileSums} (its {@link CoverageSums} and the forest patches crossing its tiles' edges),
 * and the partial sums are reduced with the monoid's merge; the driver judges the patches ({@link TileSums#finish}). No pixels
 * travel between JVMs, and no Spark type leaves this package.
 *
 * <pre>{@code
 * try (SparkAnalysis spark = SparkAnalysis.start("local[*]")) {
 *     try (SparkAnalysis.Shipped plan = spark.ship(p)) {
 *         CoverageSums sums = spark.run(plan, spark.defaultPartitions(tiles), null);
 *     }
 * }
 * }</pre>
 */
public final class SparkAnalysis implements AutoCloseable {
    /** Description of the tile job ({@code spark.job.description}), for listeners and the Spark UI. */
    public static final String TILES_JOB = "forest-coverage tiles";
    private final JavaSparkContext sc;
    /** Whether closing this handle stops the context (false for a borrowed view of a kept context). */
    private final boolean owner;
    private final TileSchedule schedule = new DecreasingBatches();

    private SparkAnalysis(JavaSparkContext sc, boolean owner) {
        this.sc = sc;
        this.owner = owner;
    }

    /** A handle on the same context whose {@link #close()} leaves it running, for a {@link SparkSource} that keeps it. */
    public SparkAnalysis borrowed() {
        return new SparkAnalysis(sc, false);
    }

    /** The underlying context, for tests of this package (listeners fed by real jobs). */
    JavaSparkContext context() {
        return sc;
    }

    /**
     * Prepares this JVM for an analysis that may start Spark here, without waiting: the compiler directives
     * ({@link JitDirectives}) are added on a thread of their own. Call it as the analysis begins; idempotent.
     */
    public static void prepareJvm() {
        JitDirectives.installSoon();
    }

    /**
     * Starts a lean Spark context (no UI, no SQL) on {@code master}. Settings given as {@code spark.*} system
     * properties (what spark-submit's {@code --conf} sets) win over the defaults here, except the master. An
     * embedded run binds the driver to 127.0.0.1; on a cluster the driver address is left to Spark (or to
     * {@code spark.driver.host}) so that executors on other machines can reach it.
     */
    public static SparkAnalysis start(String master) {
        JitDirectives.installOnce();                          // C2 for the tile path only (the class says why)
        SparkConf conf = new SparkConf().setAppName("forest-coverage").setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.task.maxFailures", "4")
                .set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        if (master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        String jni = System.getenv("GDAL_JNI_DIR");
        if (jni != null && !jni.isBlank()) {
            // the driver's JNI directory, for workers that share its filesystem; spark-submit --conf overrides it
            conf.setIfMissing("spark.executor.extraLibraryPath", jni);
            conf.setIfMissing("spark.executorEnv.GDAL_JNI_DIR", jni);
        }
        return new SparkAnalysis(new JavaSparkContext(conf), true);
    }

    /** Spark's version, e.g. {@code 4.0.1}. */
    public String version() {
        return sc.version();
    }

    /** The master Spark runs on. */
    public String master() {
        return sc.master();
    }

    /**
     * Embedded runs (Spark's own fact: {@code isLocal}) only: one small job with the tile job's shape (a broadcast,
     * an accumulator, mapPartitions, reduce), one task per slot, so that the scheduler's and the task path's classes
     * are loaded while the driver reads the districts, and each task thread opens {@code sampleScene} and decodes one
     * block ({@link GdalRuntime#warmThread}): GDAL's per-thread set-up then does not fall on the first tile. A real run
     * gains the same as the benchmark, since the driver is busy with the districts meanwhile. On a cluster the
     * preflight job loads GDAL on every executor instead.
     */
    public SparkAnalysis warmUp(String sampleScene) {
        if (sc.isLocal()) {
            sc.setJobDescription("forest-coverage warm-up");
            Broadcast<int[]> b = sc.broadcast(new int[] {1});
            LongAccumulator done = sc.sc().longAccumulator("forest-coverage warm-up");
            List<Integer> slots = upTo(sc.defaultParallelism());
            sc.parallelize(slots, slots.size()).mapPartitions((Iterator<Integer> it) -> {
                int sum = 0;
                while (it.hasNext()) {
                    sum += it.next() + b.value()[0];
                    done.add(1);
                }
                if (sampleScene != null) {
                    GdalRuntime.warmThread(sampleScene);
                }
                return List.of(sum).iterator();
            }).reduce(Integer::sum);
            b.destroy();
            sc.setJobDescription(null);
        }
        return this;
    }

    /**
     * Runs {@link Preflight} on every executor: GDAL's version and drivers per executor, one task each, before
     * any tile task. Throws {@link ExecutorSetupException} naming the hosts where GDAL cannot be loaded.
     */
    public Preflight.Report preflight() {
        return Preflight.run(sc);
    }

    /** Task slots of the application now (Spark's default parallelism). */
    public int slots() {
        return sc.defaultParallelism();
    }

    /**
     * Default number of partitions: three per task slot, at most one per tile. With batches of decreasing size the
     * last tasks are short, so the slots finish close together; more partitions only add per-task costs (README,
     * benchmarks).
     */
    public int defaultPartitions(int tiles) {
        return Math.max(1, Math.min(tiles, 3 * slots()));
    }

    /** A plan shipped to the executors (a broadcast); close it when the tile job is done. */
    public static final class Shipped implements AutoCloseable {
        private final Broadcast<AnalysisPlan> plan;

        private Shipped(Broadcast<AnalysisPlan> plan) {
            this.plan = plan;
        }

        @Override
        public void close() {
            plan.destroy();
        }
    }

    /**
     * Ships the plan to the executors once, ahead of {@link #run}: setting up the job, not processing tiles.
     */
    public Shipped ship(AnalysisPlan plan) {
        return new Shipped(sc.broadcast(plan));
    }

    /**
     * Processes every tile of the plan in {@code partitions} partitions and returns the total sums, patches crossing
     * tiles judged under the plan's minimum mapping unit.
     */
    public CoverageSums run(AnalysisPlan plan, int partitions) {
        try (Shipped s = ship(plan)) {
            int[] all = new int[plan.tiling().count()];
            Arrays.setAll(all, i -> i);
            return run(s, all, partitions, null).finish(plan).sums();
        }
    }

    /**
     * Processes the given tiles of a shipped plan in {@code partitions} partitions and returns their sums, showing
     * {@link TileProgress} on {@code progress} (one line rewritten with {@code \r}, at most 4 times a second)
     * unless it is {@code null}. A task's failure comes back as the exception the task threw (a
     * {@link org.forestcoverage.raster.RasterException} naming the file...), not as Spark's wrapper.
     */
    public TileSums run(Shipped shipped, int[] tileIndices, int partitions, PrintStream progress) {
        Broadcast<AnalysisPlan> b = shipped.plan;
        AnalysisPlan plan = b.value();
        if (tileIndices.length == 0) {
            return TileSums.empty(plan);
        }
        return tileJob(shipped, tileIndices, partitions, progress, (batches, done) -> batches
                .mapPartitions((Iterator<int[]> it) -> List.of(processTiles(b.value(), it, done)).iterator())
                .reduce(TileSums::merge));
    }

    /**
     * Like {@link #run(Shipped, int[], int, PrintStream)}, but returns each tile's own sums (for a results store kept
     * per tile and year), by tile index.
     */
    public Map<Integer, CoverageSums> runPerTile(Shipped shipped, int[] tileIndices, int partitions,
                                                 PrintStream progress) {
        if (tileIndices.length == 0) {
            return Map.of();
        }
        Broadcast<AnalysisPlan> b = shipped.plan;
        List<OneTile> all = tileJob(shipped, tileIndices, partitions, progress, (batches, done) -> batches
                .mapPartitions((Iterator<int[]> it) -> eachTile(b.value(), it, done).iterator())
                .collect());
        Map<Integer, CoverageSums> out = new HashMap<>();
        all.forEach(t -> out.put(t.tile(), t.sums()));
        return out;
    }

    /** One tile's own sums, as a task returns them. */
    private record OneTile(int tile, CoverageSums sums) implements java.io.Serializable {
    }

    /** What a tile job does with its batches of tile indices. */
    private interface TileWork<T> {
        T apply(JavaRDD<int[]> batches, LongAccumulator done);
    }

    /** Cuts the tiles into batches, runs {@code work} on them with progress and job description, unwraps failures. */
    private <T> T tileJob(Shipped shipped, int[] tileIndices, int partitions, PrintStream progress, TileWork<T> work) {
        AnalysisPlan plan = shipped.plan.value();
        int tiles = tileIndices.length;
        LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);
        TileProgress listener = progress == null ? null
                : new TileProgress(done.id(), tiles, (double) plan.grid().width() * plan.grid().height()
                        * plan.years().size() / plan.tiling().count(), progress);
        if (listener != null) {
            sc.sc().addSparkListener(listener);
        }
        sc.setJobDescription(TILES_JOB);
        try {
            List<int[]> batches = new ArrayList<>();
            for (int[] batch : schedule.partitions(tiles, partitions, slots())) {
                batches.add(Arrays.stream(batch).map(i -> tileIndices[i]).toArray());
            }
            return work.apply(sc.parallelize(batches, batches.size()), done);
        } catch (Exception e) {
            // Spark rethrows a task's failure as a (checked) SparkException that Java does not see declared
            throw e instanceof SparkException s ? taskFailure(s)
                    : e instanceof RuntimeException r ? r : new TileJobException(e.getMessage(), e);
        } finally {
            sc.setJobDescription(null);
            if (listener != null) {
                sc.sc().removeSparkListener(listener);
                listener.finish();
            }
        }
    }

    /** Set by {@link #stopAll}: the tasks of this JVM start no further tile (the JVM is being interrupted). */
    private static volatile boolean stopped;

    /** The tasks running in this JVM stop after their current tile, with an exception: an interrupt (WorkStop). */
    static void stopAll() {
        stopped = true;
    }

    /** Fails the task when it was stopped: an interrupt in this JVM, or Spark killing it on a cluster's executor. */
    private static void checkStopped(TaskContext task) {
        if (stopped || (task != null && task.isInterrupted())) {
            throw new TileJobException("the tile job was stopped", null);
        }
    }

    /** One task: processes the tiles of its batches and returns each tile's own sums. */
    private static List<OneTile> eachTile(AnalysisPlan plan, Iterator<int[]> batches, LongAccumulator done) {
        GdalRuntime.ensure();
        TaskContext task = TaskContext.get();
        List<OneTile> out = new ArrayList<>();
        try (TilePipeline p = new TilePipeline(plan)) {
            while (batches.hasNext()) {
                for (int tile : batches.next()) {
                    checkStopped(task);
                    out.add(new OneTile(tile, p.processAlone(tile)));
                    done.add(1);
                }
            }
        }
        return out;
    }

    /**
     * One task: processes the tiles of its batches and returns their sums. It checks between tiles whether it was
     * stopped (an interrupt in this JVM, or Spark killing the task on a cluster's executor) and then fails, so that
     * partial sums are never a result.
     */
    private static TileSums processTiles(AnalysisPlan plan, Iterator<int[]> batches, LongAccumulator done) {
        GdalRuntime.ensure();
        TaskContext task = TaskContext.get();
        try (TilePipeline p = new TilePipeline(plan)) {
            while (batches.hasNext()) {
                for (int tile : batches.next()) {
                    checkStopped(task);
                    p.process(tile);
                    done.add(1);
                }
            }
            return p.result();
        }
    }

    /** The exception a failed task threw, when it is one with a message of ours; else Spark's, wrapped. */
    private static RuntimeException taskFailure(SparkException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RuntimeException r && r.getMessage() != null && !(t instanceof SparkException)) {
                return r;
            }
        }
        return new TileJobException(e.getMessage(), e);
    }

    /** 0, 1, ..., {@code n - 1}: one element per task to start. */
    private static List<Integer> upTo(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    /** Stops the context, unless this handle is {@link #borrowed()}. */
    @Override
    public void close() {
        if (owner) {
            sc.stop();
        }
    }
}
