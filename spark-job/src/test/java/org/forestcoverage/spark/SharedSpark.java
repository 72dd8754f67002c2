package org.forestcoverage.spark;

import org.forestcoverage.cli.ForestCommand;
import picocli.CommandLine;

/**
 * One Spark context for the end-to-end tests of this JVM: the command lines of {@link #cli()} run their analyses on
 * it instead of starting a context each (a context start is seconds on 2 loaded cores). A run on another master
 * stops it and starts one on that master; a test that must start its own contexts (other settings, a cluster) calls
 * {@link #stop()} first, since Spark allows one context per JVM. Spark's shutdown hook stops the last one.
 */
public final class SharedSpark {
    private static SparkAnalysis current;
    private static String currentMaster;

    private SharedSpark() {
    }

    /** The source that hands out the shared context (borrowed handles: closing them leaves it up). */
    public static final SparkSource SOURCE = SharedSpark::open;

    private static synchronized SparkAnalysis open(String master) {
        if (current != null && !master.equals(currentMaster)) {
            stop();
        }
        if (current == null) {
            current = SparkAnalysis.start(master);
            currentMaster = master;
        }
        return current.borrowed();
    }

    /** The shared context on {@code master}, for tests of this package that feed listeners from real jobs. */
    static synchronized SparkAnalysis on(String master) {
        return open(master);
    }

    /** Stops the shared context, if any. */
    public static synchronized void stop() {
        if (current != null) {
            current.close();
            current = null;
            currentMaster = null;
        }
    }

    /** The {@code forest} command line, analyses on the shared context. */
    public static CommandLine cli() {
        return ForestCommand.commandLine(SOURCE);
    }

    /** Runs the command line on the shared context; returns {exit status, stdout, stderr}. */
    public static String[] run(String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        CommandLine cl = cli();
        cl.setErr(new java.io.PrintWriter(err));
        int rc;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            rc = cl.execute(args);
        } finally {
            System.setOut(saved);
        }
        return new String[] {Integer.toString(rc), out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString()};
    }
}
