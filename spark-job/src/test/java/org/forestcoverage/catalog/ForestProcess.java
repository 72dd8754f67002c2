package org.forestcoverage.catalog;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code forest} in a JVM of its own, on this test JVM's classpath and GDAL library path: for tests where two
 * processes must really run at once. Not thread-safe.
 */
final class ForestProcess {
    private final Process process;

    private ForestProcess(Process process) {
        this.process = process;
    }

    static ForestProcess start(Path log, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path");
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path"),
                "-Djava.library.path=" + System.getProperty("java.library.path"),
                "org.forestcoverage.cli.ForestCommand"));
        c.addAll(List.of(args));
        return new ForestProcess(new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    /** Waits for the process (at most 5 minutes) and returns its exit status. */
    int exitStatus() throws Exception {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("forest did not finish in 5 minutes");
        }
        return process.exitValue();
    }

    static String read(Path log) throws Exception {
        return java.nio.file.Files.readString(log, StandardCharsets.UTF_8);
    }

    static String classPathSeparator() {
        return File.pathSeparator;
    }
}
