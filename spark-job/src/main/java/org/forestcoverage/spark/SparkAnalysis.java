package org.forestcoverage.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.forestcoverage.analysis.AnalysisPlan;
import org.forestcoverage.analysis.TileProcessor;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.sums.CoverageSums;

/**
 * The Spark side of {@code analyze}: tiles are the unit of work. The driver ships a broadcast
 * {@link AnalysisPlan} and the tiles (a batch per partition on a cluster, a {@link TileQueue} shared by one task
 * per core in embedded runs); each task opens the scenes itself (one dataset per file per task), runs
 * {@link TileProcessor} over its tiles and returns one {@link CoverageSums}, and the partial sums are reduced
 * with the monoid's merge. No pixels travel between JVMs.
 */
public final class SparkAnalysis implements AutoCloseable {
    /** Description of the tile job ({@code spark.job.description}), for listeners and the Spark UI. */
    public static final String TILES_JOB = "forest-coverage tiles";
    private final JavaSparkContext sc;

    private SparkAnalysis(JavaSparkContext sc) {
        this.sc = sc;
    }

    /**
     * Starts a lean Spark context (no UI, no SQL) on {@code master}. Settings given as {@code spark.*} system
     * properties (what spark-submit's {@code --conf} sets) win over the defaults here, except the master. An
     * embedded run binds the driver to 127.0.0.1; on a cluster the driver address is left to Spark (or to
     * {@code spark.driver.host}) so that executors on other machines can reach it.
     */
    public static SparkAnalysis start(String master) {
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
        return new SparkAnalysis(new JavaSparkContext(conf));
    }

    /**
     * Runs one small job with the tile job's shape (a broadcast, an accumulator, mapPartitions, reduce), one task
     * per core slot, so that the scheduler's and the task path's classes are loaded and compiled while the driver
     * is still reading districts, not during the first tile job. Each task also opens {@code sampleScene} (when
     * not {@code null}) and decodes one block ({@link GdalRuntime#warmThread}), which sets up GDAL's per-thread
     * state on the executor threads that then run the tiles. Local mode only: on a cluster the preflight job loads
     * GDAL on every executor.
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

    public JavaSparkContext context() {
        return sc;
    }

    /**
     * Default number of partitions: three per core slot, at most one per tile. With {@link #batches} of decreasing
     * size the last tasks are short, so the slots finish close together; more partitions only add per-task costs
     * (on the 8000 benchmark, local[2]: tile stage 0.64 s with 3 or 2 per slot, 0.68 s with 4, 0.71 s with 6; medians
     * of 5 to 7 interleaved runs). Embedded runs use at most one task per slot instead ({@link #sharedQueue}).
     */
    public int defaultPartitions(int tiles) {
        return Math.max(1, Math.min(tiles, 3 * sc.defaultParallelism()));
    }

    /**
     * Ships the plan to the executors once (a broadcast), ahead of {@link #run}: setting up the job, not
     * processing tiles. {@link Broadcast#destroy()} it when done.
     */
    public Broadcast<AnalysisPlan> ship(AnalysisPlan plan) {
        return sc.broadcast(plan);
    }

    /** Processes every tile of the plan in {@code partitions} partitions and returns the total sums. */
    public CoverageSums run(AnalysisPlan plan, int partitions) {
        Broadcast<AnalysisPlan> b = ship(plan);
        try {
            return run(b, partitions, null);
        } finally {
            b.destroy();
        }
    }

    /**
     * Processes every tile of a shipped plan in {@code partitions} partitions and returns the total sums, showing
     * {@link TileProgress} on {@code progress} (one line rewritten with {@code \r}, at most 4 times a second)
     * unless it is {@code null}.
     */
    public CoverageSums run(Broadcast<AnalysisPlan> shipped, int partitions, PrintStream progress) {
        AnalysisPlan plan = shipped.value();
        int tiles = plan.tiling().count();
        LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);
        TileProgress listener = progress == null ? null
                : new TileProgress(done.id(), tiles, (double) plan.grid().width() * plan.grid().height()
                        * plan.years().size() / tiles, progress);
        if (listener != null) {
            sc.sc().addSparkListener(listener);
        }
        sc.setJobDescription(TILES_JOB);
        try {
            if (sharedQueue()) {
                // embedded: one task per slot, each taking tiles from one queue until it is empty
                int tasks = Math.min(partitions, sc.defaultParallelism());
                long id = TileQueue.open(shuffled(tiles));
                try {
                    return sc.parallelize(upTo(tasks), tasks)
                            .mapPartitions((Iterator<Integer> it) -> processTiles(shipped.value(), TileQueue.of(id)::next, done))
                            .reduce(CoverageSums::merge);
                } finally {
                    TileQueue.close(id);
                }
            }
            List<int[]> batches = batches(tiles, partitions, sc.defaultParallelism());
            // one batch per partition
            return sc.parallelize(batches, batches.size())
                    .mapPartitions((Iterator<int[]> it) -> processTiles(shipped.value(), tilesOf(it), done))
                    .reduce(CoverageSums::merge);
        } finally {
            sc.setJobDescription(null);
            if (listener != null) {
                sc.sc().removeSparkListener(listener);
                listener.finish();
            }
        }
    }

    /** One task: processes the tiles {@code next} gives until it gives -1, and returns their sums. */
    private static Iterator<CoverageSums> processTiles(AnalysisPlan plan, java.util.function.IntSupplier next,
                                                       LongAccumulator done) {
        GdalRuntime.ensure();
        try (TileProcessor p = new TileProcessor(plan)) {
            for (int tile; (tile = next.getAsInt()) >= 0; ) {
                p.process(tile);
                done.add(1);
            }
            return List.of(p.sums()).iterator();
        }
    }

    /** The tiles of a partition's batches, then -1. */
    private static java.util.function.IntSupplier tilesOf(Iterator<int[]> batches) {
        return new java.util.function.IntSupplier() {
            private int[] batch = new int[0];
            private int i;

            @Override
            public int getAsInt() {
                while (i == batch.length) {
                    if (!batches.hasNext()) {
                        return -1;
                    }
                    batch = batches.next();
                    i = 0;
                }
                return batch[i++];
            }
        };
    }

    /**
     * True when the tile job can hand tiles out from a {@link TileQueue}: an embedded run ({@code local},
     * {@code local[N]}, {@code local[*]}: tasks in this JVM, a failed task fails the job) without speculative
     * copies. Elsewhere (a cluster, {@code local[N,F]} with retries) each task gets a fixed batch, which a retry
     * can redo.
     */
    public boolean sharedQueue() {
        return sc.master().matches("local(\\[[^,\\]]+\\])?") && !sc.getConf().getBoolean("spark.speculation", false);
    }

    /**
     * True when {@code master} runs the tasks in this JVM: {@code local}, {@code local[N]}, {@code local[N,F]} (not
     * {@code local-cluster}, whose executors are JVMs of their own).
     */
    public static boolean inThisJvm(String master) {
        return master.matches("local(\\[.*\\])?");
    }

    /** 0, 1, ..., {@code n - 1}: one element per task to start. */
    private static List<Integer> upTo(int n) {
        List<Integer> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    /**
     * The tiles cut into {@code partitions} batches of decreasing size for {@code slots} task slots. Tiles are
     * shuffled first (a fixed permutation), so every batch is a sample of the whole scene: cut in tile order, a
     * batch of all-nodata columns ran 40 % faster than the others. Sizes fall linearly from about
     * {@code (P + S) / (S + 1)} times the last one's: Spark starts tasks in partition order, so the last tasks
     * are short and the slots finish close together.
     */
    static List<int[]> batches(int tiles, int partitions, int slots) {
        int p = Math.max(1, Math.min(partitions, tiles));
        int[] order = shuffled(tiles);
        long totalWeight = 0;
        for (int k = 0; k < p; k++) {
            totalWeight += p + slots - k;
        }
        List<int[]> batches = new ArrayList<>(p);
        long weight = 0;
        int from = 0;
        for (int k = 0; k < p; k++) {
            weight += p + slots - k;
            // at least one tile per batch, and enough left for the batches after it
            int to = (int) Math.max(from + 1, Math.min(tiles - (p - 1 - k), Math.round((double) tiles * weight / totalWeight)));
            batches.add(java.util.Arrays.copyOfRange(order, from, to));
            from = to;
        }
        return batches;
    }

    /** Tiles 0 .. {@code tiles - 1} in a fixed, well-spread order (sorted by a hash of the index). */
    static int[] shuffled(int tiles) {
        Integer[] order = new Integer[tiles];
        long[] key = new long[tiles];
        for (int i = 0; i < tiles; i++) {
            order[i] = i;
            key[i] = mix(i);
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(key[a], key[b]));
        int[] out = new int[tiles];
        for (int i = 0; i < tiles; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** SplitMix64's finaliser: a fixed, well-spread hash of the tile index. */
    private static long mix(long z) {
        z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void close() {
        sc.stop();
    }
}
