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
 * The Spark side of {@code analyze}: tiles are the unit of work. The driver ships tile indices and a
 * broadcast {@link AnalysisPlan}; each task opens the scenes itself (one dataset per file per task), runs
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
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < sc.defaultParallelism(); i++) {
                slots.add(i);
            }
            sc.parallelize(slots, slots.size()).mapPartitions((Iterator<Integer> it) -> {
                int sum = 0;
                while (it.hasNext()) {
                    sum += it.next() + b.value()[0];
                    done.add(1);
                }
                if (sampleScene != null) {
                    GdalRuntime.ensure();
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
     * Default number of partitions: four per core slot, at most one per tile. A task is then a quarter of a core's
     * share, so the last one to finish leaves the other cores idle for little time (two per slot left 0.3 s of
     * 1.5 s on the 8000 benchmark).
     */
    public int defaultPartitions(int tiles) {
        return Math.max(1, Math.min(tiles, 4 * sc.defaultParallelism()));
    }

    /** Processes every tile of the plan in {@code partitions} partitions and returns the total sums. */
    public CoverageSums run(AnalysisPlan plan, int partitions) {
        return run(plan, partitions, null);
    }

    /**
     * As {@link #run(AnalysisPlan, int)}, showing {@link TileProgress} on {@code progress} (one line rewritten
     * with {@code \r}, at most 4 times a second) unless it is {@code null}.
     */
    public CoverageSums run(AnalysisPlan plan, int partitions, PrintStream progress) {
        int tiles = plan.tiling().count();
        LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);
        TileProgress listener = progress == null ? null
                : new TileProgress(done.id(), tiles, (double) plan.grid().width() * plan.grid().height()
                        * plan.years().size() / tiles, progress);
        // partition p gets tiles p, p + P, p + 2P...: every partition holds a mix of busy tiles and cheap ones
        // (all nodata, outside the scenes), so no core is left waiting for one slow slice at the end
        List<Integer> indices = new ArrayList<>(tiles);
        for (int p = 0; p < partitions; p++) {
            for (int i = p; i < tiles; i += partitions) {
                indices.add(i);
            }
        }
        Broadcast<AnalysisPlan> b = sc.broadcast(plan);
        if (listener != null) {
            sc.sc().addSparkListener(listener);
        }
        sc.setJobDescription(TILES_JOB);
        try {
            return sc.parallelize(indices, partitions)
                    .mapPartitions((Iterator<Integer> it) -> {
                        GdalRuntime.ensure();
                        try (TileProcessor p = new TileProcessor(b.value())) {
                            while (it.hasNext()) {
                                p.process(it.next());
                                done.add(1);
                            }
                            return List.of(p.sums()).iterator();
                        }
                    })
                    .reduce(CoverageSums::merge);
        } finally {
            sc.setJobDescription(null);
            if (listener != null) {
                sc.sc().removeSparkListener(listener);
                listener.finish();
            }
            b.destroy();
        }
    }

    @Override
    public void close() {
        sc.stop();
    }
}
