package org.forestcoverage.spark;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.Test;

/** TileProgress fed by a real local[2] Spark job's listener events (no mocks). */
@Tag("spark")
class TileProgressTest {
    @org.junit.jupiter.api.BeforeAll
    static void ownContexts() {
        // contexts with this test's own settings (no heartbeats during a test): the shared one may not be running
        SharedSpark.stop();
    }

    @Test
    void countsEveryTileOfSuccessfulTasksAndClearsItsLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SparkConf conf = new SparkConf(false).setMaster("local[2]").setAppName("progress-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.executor.heartbeatInterval", "60s");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);
            // interval 0: every event prints, so the output shows each step
            TileProgress p = new TileProgress(done.id(), 100, 4096, out, System::nanoTime, 0);
            sc.sc().addSparkListener(p);
            long n = sc.parallelize(IntStream.range(0, 100).boxed().toList(), 7).map(i -> {
                done.add(1);
                return i;
            }).count();
            assertEquals(100, n);
            // listener events are delivered asynchronously: wait for the last task end
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (p.done() < 100 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(100, p.done());
            assertTrue(p.line().startsWith("tiles 100/100 (100 %), "), p.line());
            p.finish();
            sc.sc().removeSparkListener(p);
        }
        String s = bytes.toString(StandardCharsets.UTF_8);
        List<String> frames = List.of(s.split("\r", -1));
        // "" before the first \r, one line per task end (7), the clearing spaces, "" after the last \r
        assertEquals(10, frames.size(), s);
        assertTrue(frames.get(1).startsWith("tiles 14/100 (14 %)") || frames.get(1).startsWith("tiles 15/100 (15 %)"), s);
        assertTrue(frames.get(7).startsWith("tiles 100/100 (100 %), "), s);
        assertTrue(frames.get(frames.size() - 2).isBlank(), "the line is cleared at the end: " + s);
        assertEquals("", frames.get(frames.size() - 1));
        assertTrue(!s.contains("\n"), "one updating line, never a new line: " + s);
    }

    @Test
    void printsAtMostOncePerIntervalButAlwaysTheLastTile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        SparkConf conf = new SparkConf(false).setMaster("local[2]").setAppName("progress-throttle")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.executor.heartbeatInterval", "60s");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);
            // the clock never advances: only the first event and the one reaching the total may print
            TileProgress p = new TileProgress(done.id(), 50, 1, out, () -> now[0], 250_000_000L);
            sc.sc().addSparkListener(p);
            sc.parallelize(IntStream.range(0, 50).boxed().toList(), 10).foreach(i -> done.add(1));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (p.done() < 50 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            sc.sc().removeSparkListener(p);
        }
        String[] frames = bytes.toString(StandardCharsets.UTF_8).split("\r", -1);
        assertEquals(3, frames.length, String.join("|", frames));
        assertTrue(frames[1].startsWith("tiles 5/50 (10 %)"), frames[1]);
        assertTrue(frames[2].startsWith("tiles 50/50 (100 %), 0.0 tiles/s"), frames[2]);
    }
}
