package org.forestcoverage.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Installs HotSpot compiler directives (JEP 165) from the file the launcher names in the system property
 * {@code forest.jit.directives}: the launcher's {@code config/jit-directives.json} keeps C2 for the code whose running
 * time grows with the pixels (the tile path) and leaves the rest, which runs once per JVM, stage or task, to C1. They
 * are added through the JVM's diagnostic command, as {@code jcmd Compiler.directives_add} would, and not with
 * {@code -XX:CompilerDirectivesFile}, because that flag makes HotSpot print "2 compiler directives added" on standard
 * output at every start, into the tool's machine-readable output. Without the property, or if the JVM refuses the
 * file, nothing changes but the speed: compilation stays the JVM's normal tiered one. Added once per JVM, as an
 * analysis begins ({@link SparkAnalysis#prepareJvm}) on a thread of its own, so commands without Spark do not pay for
 * the JVM's management server (Spark makes it anyway: Hadoop's metrics register there) and the directives are in
 * place before the start-up code is hot enough for C2.
 */
final class JitDirectives {
    static final String PROPERTY = "forest.jit.directives";
    private static volatile boolean installed;

    private JitDirectives() {
    }

    /** {@link #installOnce()} on a daemon thread: the management server takes a few hundred ms to make. */
    static void installSoon() {
        if (installed) {
            return;
        }
        Thread t = new Thread(JitDirectives::installOnce, "jit-directives");
        t.setDaemon(true);
        t.start();
    }

    /** {@link #install()} the first time (later callers wait for it); {@code FOREST_DEBUG} prints HotSpot's answer. */
    static synchronized void installOnce() {
        if (installed) {
            return;
        }
        installed = true;
        String answer = install();
        if (System.getenv("FOREST_DEBUG") != null) {
            System.err.println("[forest] JIT directives: " + answer + " (JVM up "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
        }
    }

    /** Adds the directives of the named file, if any; returns HotSpot's answer, or why nothing was added. */
    static String install() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return "no " + PROPERTY;
        }
        if (!Files.isRegularFile(Path.of(file))) {
            return file + ": not found";
        }
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file}}, new String[] {String[].class.getName()});
            return String.valueOf(answer).strip();
        } catch (JMException | RuntimeException e) {
            return file + ": " + e;
        }
    }
}
