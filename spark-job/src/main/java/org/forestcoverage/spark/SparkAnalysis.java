package org.forestcoverage.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
    private final JavaSparkContext sc;

    private SparkAnalysis(JavaSparkContext sc) {
        this.sc = sc;
    }

    /** Starts a lean Spark context (no UI, no SQL) on {@code master}. */
    public static SparkAnalysis start(String master) {
        SparkConf conf = new SparkConf().setAppName("forest-coverage").setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.task.maxFailures", "4")
                .set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        String jni = System.getenv("GDAL_JNI_DIR");
        if (jni != null && !jni.isBlank()) {
            conf.set("spark.executor.extraLibraryPath", jni);
            conf.setIfMissing("spark.executorEnv.GDAL_JNI_DIR", jni);
        }
        return new SparkAnalysis(new JavaSparkContext(conf));
    }

    public JavaSparkContext context() {
        return sc;
    }

    /** Default number of partitions: two per core slot, at most one per tile. */
    public int defaultPartitions(int tiles) {
        return Math.max(1, Math.min(tiles, 2 * sc.defaultParallelism()));
    }

    /** Processes every tile of the plan in {@code partitions} partitions and returns the total sums. */
    public CoverageSums run(AnalysisPlan plan, int partitions) {
        int tiles = plan.tiling().count();
        List<Integer> indices = new ArrayList<>(tiles);
        for (int i = 0; i < tiles; i++) {
            indices.add(i);
        }
        Broadcast<AnalysisPlan> b = sc.broadcast(plan);
        try {
            return sc.parallelize(indices, partitions)
                    .mapPartitions((Iterator<Integer> it) -> {
                        GdalRuntime.ensure();
                        try (TileProcessor p = new TileProcessor(b.value())) {
                            while (it.hasNext()) {
                                p.process(it.next());
                            }
                            return List.of(p.sums()).iterator();
                        }
                    })
                    .reduce(CoverageSums::merge);
        } finally {
            b.destroy();
        }
    }

    @Override
    public void close() {
        sc.stop();
    }
}
