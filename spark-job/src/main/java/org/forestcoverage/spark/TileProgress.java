package org.forestcoverage.spark;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.Option;
import scala.Tuple4;

/**
 * Tiles done / total, throughput and time left on one console line, fed from Spark's listener events.
 *
 * <pre>{@code
 * LongAccumulator done = sc.sc().longAccumulator(TileProgress.ACCUMULATOR);   // tasks add 1 per tile
 * TileProgress p = new TileProgress(done.id(), tiles, pxPerTile, System.out);
 * sc.sc().addSparkListener(p);
 * ... run the job ...
 * sc.sc().removeSparkListener(p);
 * p.finish();                                                                   // clears the line
 * }</pre>
 *
 * <p>Counts come from the named accumulator: a successful task's final update ({@code onTaskEnd}) plus the
 * running tasks' latest values from executor heartbeats ({@code onExecutorMetricsUpdate}, every
 * {@code spark.executor.heartbeatInterval}); a failed task's partial count is dropped, its retry counts again.
 * The line is rewritten with {@code \r} at most every {@code intervalNanos} (default 250 ms) and padded so a
 * shorter line erases a longer one. Whether to show it at all (only on a terminal) is the caller's choice.
 * Listener events arrive on Spark's single listener thread; {@link #finish()} may be called from another.
 */
public final class TileProgress extends SparkListener {
    /** Name of the accumulator the tile tasks add 1 to per tile. */
    public static final String ACCUMULATOR = "forest.tiles";
    private static final long DEFAULT_INTERVAL_NANOS = 250_000_000L;

    private final long accumulatorId;
    private final long total;
    private final double pxPerTile;
    private final PrintStream out;
    private final LongSupplier clock;
    private final long intervalNanos;
    private final long start;
    private final Map<Long, Long> running = new HashMap<>();
    private long finished;
    private long lastPrint = Long.MIN_VALUE;
    private int lastLength;
    private boolean closed;

    public TileProgress(long accumulatorId, long total, double pxPerTile, PrintStream out) {
        this(accumulatorId, total, pxPerTile, out, System::nanoTime, DEFAULT_INTERVAL_NANOS);
    }

    /** With an explicit clock (nanoseconds) and minimum interval between two lines. */
    public TileProgress(long accumulatorId, long total, double pxPerTile, PrintStream out, LongSupplier clock,
                        long intervalNanos) {
        this.accumulatorId = accumulatorId;
        this.total = total;
        this.pxPerTile = pxPerTile;
        this.out = out;
        this.clock = clock;
        this.intervalNanos = intervalNanos;
        this.start = clock.getAsLong();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
        long taskId = e.taskInfo().taskId();
        running.remove(taskId);
        if (e.reason() == Success$.MODULE$) {
            finished += tiles(e.taskInfo().accumulables());
        }
        show(done() == total);
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate e) {
        scala.collection.Iterator<Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>>> it =
                e.accumUpdates().iterator();
        boolean any = false;
        while (it.hasNext()) {
            Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> t = it.next();
            long n = tiles(t._4());
            if (n > 0) {
                running.put((Long) t._1(), n);
                any = true;
            }
        }
        if (any) {
            show(false);
        }
    }

    /** Tiles done: finished tasks plus what running tasks last reported. */
    public synchronized long done() {
        long d = finished;
        for (long v : running.values()) {
            d += v;
        }
        return Math.min(d, total);
    }

    /** Clears the progress line (if one was printed); later events print nothing. */
    public synchronized void finish() {
        if (lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
        }
        closed = true;
    }

    /** The line as it would be printed now. */
    public synchronized String line() {
        return ProgressLine.format(done(), total, (clock.getAsLong() - start) / 1e9, pxPerTile);
    }

    private void show(boolean force) {
        long now = clock.getAsLong();
        if (closed || !force && lastPrint != Long.MIN_VALUE && now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        String s = line();
        String pad = s.length() < lastLength ? " ".repeat(lastLength - s.length()) : "";
        out.print("\r" + s + pad);
        out.flush();
        lastLength = s.length();
    }

    private long tiles(scala.collection.immutable.Seq<AccumulableInfo> infos) {
        scala.collection.Iterator<AccumulableInfo> it = infos.iterator();
        while (it.hasNext()) {
            AccumulableInfo a = it.next();
            if (a.id() == accumulatorId) {
                Option<Object> v = a.update().isDefined() ? a.update() : a.value();
                return v.isDefined() && v.get() instanceof Number n ? n.longValue() : 0;
            }
        }
        return 0;
    }
}
