package org.forestcoverage.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.testtiles.KnownAnswer;
import org.forestcoverage.testtiles.KnownAnswerScene;
import org.forestcoverage.tile.LeadingTiles;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver's leading tiles (done while Spark starts) plus the tasks' run over the rest give the sums of every tile
 * done by the tasks, whatever the split: the tile indices the tasks get are the rest's, each once.
 */
@Tag("spark")
class LeadingTilesSparkTest {
    @TempDir
    Path dir;

    @Test
    void leadingTilesAndTheTasksRestSumToEveryTile() throws Exception {
        // setup: the known-answer scene in 128 px tiles (5 x 4), fractional zones
        KnownAnswer ka = KnownAnswerScene.write(dir);
        AnalysisRequest request = new AnalysisRequest(ManifestReader.read(ka.manifest()),
                new AnalysisRequest.Districts(ka.districts(), "district_id", null, null, false, false),
                GridChoice.FROM_SCENES, 0.6, 128, ZoneMode.FRACTIONAL, Compositor.max(), Resampling.NEAR);
        AnalysisPlan plan = PlanBuilder.open(request).build(null).plan();
        SparkAnalysis spark = SharedSpark.on("local[2]");
        CoverageSums all = spark.run(plan, 3);
        assertTrue(all.px(0, 1, LandClass.FOREST) > 0, "district D1 has forest");
        int n = plan.tiling().count();
        try (SparkAnalysis.Shipped shipped = spark.ship(plan)) {
            for (int k : new int[] {1, n / 2, n - 1}) {
                // act
                AtomicInteger questions = new AtomicInteger();
                LeadingTiles early = LeadingTiles.until(plan, () -> questions.getAndIncrement() >= k);
                CoverageSums sums = early.result().merge(spark.run(shipped, early.rest(), 3, null)).finish(plan).sums();
                // assert
                assertEquals(k, early.count());
                assertEquals(all, sums, "driver did " + k + " of " + n + " tiles");
            }
        }
    }
}
