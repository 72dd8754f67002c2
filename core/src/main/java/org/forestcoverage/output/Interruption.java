package org.forestcoverage.output;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * What happens when the user interrupts a run (Ctrl-C = SIGINT, SIGTERM, SIGHUP): the work is stopped first (the
 * {@link #onInterrupt stoppers} the job registered, e.g. Spark, so that no task writes into a folder being removed),
 * then every open {@link OutputFolder} removes its temporaries, then one line is printed:
 * {@code forest: interrupted (SIGINT); partial output removed}. Nothing happens for folders already committed.
 *
 * <pre>{@code
 * Interruption.install(System.err);                         // once, in main
 * try (Interruption.Registration r = Interruption.onInterrupt(spark::stopNow)) { ... }
 * }</pre>
 *
 * <p>{@link #install} replaces the JVM's SIGINT/SIGTERM/SIGHUP handlers with ones that note the signal's name and
 * exit with status 128 + its number; the cleanup runs in a JVM shutdown hook, so it also runs on other abnormal
 * exits. Without {@link #install} (tests that run commands in their own JVM) nothing is hooked. Thread-safe.
 */
public final class Interruption {
    /** How long the stoppers may take in all before the temporaries are removed anyway. */
    private static final long STOP_BUDGET_MS = 3000;
    private static final Set<OutputFolder> OPEN = ConcurrentHashMap.newKeySet();
    private static final List<Runnable> STOPPERS = new CopyOnWriteArrayList<>();
    private static volatile String signal;
    private static volatile boolean interrupted;
    private static volatile boolean installed;

    private Interruption() {
    }

    /** A stopper's registration; closing it removes the stopper. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Installs the signal handlers and the shutdown hook (once per JVM); the line goes to {@code err}. */
    public static synchronized void install(PrintStream err) {
        if (installed) {
            return;
        }
        installed = true;
        // sun.misc.Signal (jdk.unsupported, exported) is the JDK's only way to learn which signal ended the run
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    signal = "SIG" + s.getName();
                    System.exit(128 + s.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // a signal the JVM reserves (e.g. with -Xrs): the JVM's own handling stays
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            String line = run();
            if (line != null) {
                err.println(line);
                err.flush();
            }
        }, "forest-interrupt"));
    }

    /** Registers work to stop before the outputs are removed (called in registration order, within a budget). */
    public static Registration onInterrupt(Runnable stopper) {
        STOPPERS.add(stopper);
        return () -> STOPPERS.remove(stopper);
    }

    /** True once an interrupt began: failures that follow are its consequence and are not reported. */
    public static boolean interrupted() {
        return interrupted;
    }

    static void register(OutputFolder f) {
        OPEN.add(f);
    }

    static void unregister(OutputFolder f) {
        OPEN.remove(f);
    }

    /**
     * The shutdown work: stops the registered work and removes the temporaries of open output folders. Returns the
     * line to print, or {@code null} on a normal exit (no signal, nothing open).
     */
    static String run() {
        boolean busy = !OPEN.isEmpty() || !STOPPERS.isEmpty();
        if (signal == null && !busy) {
            return null;
        }
        interrupted = true;
        List<OutputFolder> open = new ArrayList<>(OPEN);
        open.forEach(OutputFolder::interrupting);
        stopWork();                                           // the run may close (remove) its folder itself now
        boolean removed = false;
        for (OutputFolder f : open) {
            try {
                f.abort();
            } catch (RuntimeException e) {
                // keep going: remove what can be removed
            }
            removed |= !f.committed();
        }
        return "forest: interrupted" + (signal == null ? "" : " (" + signal + ")")
                + (removed ? "; partial output removed, nothing else changed" : "");
    }

    private static void stopWork() {
        List<Runnable> stoppers = new ArrayList<>(STOPPERS);
        if (stoppers.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            for (Runnable r : stoppers) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    // the next stopper and the cleanup still run
                }
            }
        }, "forest-stop-work");
        t.setDaemon(true);
        t.start();
        try {
            t.join(TimeUnit.MILLISECONDS.toMillis(STOP_BUDGET_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
