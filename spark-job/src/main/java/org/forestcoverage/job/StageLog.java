package org.forestcoverage.job;

import java.io.PrintStream;
import java.util.Locale;
import org.forestcoverage.provenance.RunRecord;

/** One line per stage on the console: {@code [3/6] grid      ... (0.12 s)}. */
public final class StageLog {
    private final PrintStream out;
    private final int stages;
    private int stage;
    private final RunRecord record;
    private long start = System.nanoTime();

    public StageLog(PrintStream out, int stages) {
        this(out, stages, null);
    }

    /** A log that also records each stage's time in {@code record} (may be {@code null}). */
    public StageLog(PrintStream out, int stages, RunRecord record) {
        this.out = out;
        this.stages = stages;
        this.record = record;
    }

    /** Logs a finished stage with the time since the previous one. */
    public void done(String name, String what) {
        long now = System.nanoTime();
        stage++;
        out.printf(Locale.ROOT, "[%d/%d] %-9s %s (%.2f s)%n", stage, stages, name, what, (now - start) / 1e9);
        out.flush();
        if (record != null) {
            record.stage(name, (now - start) / 1e9);
        }
        start = now;
    }
}
