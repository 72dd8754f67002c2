package org.forestcoverage.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: spark-core's own {@code Master} and {@code Worker},
 * each in its own JVM started with this JVM's classpath and Java 17 flags; the workers start executors as their
 * own child JVMs.
 *
 * <pre>{@code
 * try (StandaloneCluster c = StandaloneCluster.start(dir, 2, 1, "1g")) {
 *     // submit with master c.masterUrl() and spark.executor.extraClassPath = StandaloneCluster.classPath()
 * }
 * }</pre>
 *
 * <p>Like a shared-filesystem deployment, executors get their classes from {@code spark.executor.extraClassPath}
 * (the same paths as this JVM) and find libgdalalljni.so through {@code spark.executor.extraLibraryPath}, which
 * {@link SparkAnalysis#start} sets from the driver's {@code GDAL_JNI_DIR}. The daemons start WITHOUT
 * {@code LD_LIBRARY_PATH} and {@code GDAL_JNI_DIR}, so executors see GDAL's JNI library only when the driver says
 * where it is. {@code SPARK_HOME} is an empty folder holding an empty {@code jars/} (what the worker's command
 * builder looks for); logs and work dirs are under {@code dir}. {@link #close()} ends the workers' executors, the
 * workers and the master, by pid.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path dir;
    private final String masterUrl;
    private final int webUiPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path dir, String masterUrl, int webUiPort, Process master) {
        this.dir = dir;
        this.masterUrl = masterUrl;
        this.webUiPort = webUiPort;
        this.master = master;
    }

    /** Starts a master and {@code workers} workers and waits until the master lists them all ALIVE (60 s at most). */
    static StandaloneCluster start(Path dir, int workers, int cores, String memory) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("spark-home/jars"));
        int port = freePort();
        int ui = freePort();
        Process m = daemon(dir, "master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(ui)));
        StandaloneCluster c = new StandaloneCluster(dir, "spark://127.0.0.1:" + port, ui, m);
        try {
            for (int i = 0; i < workers; i++) {
                Path work = Files.createDirectories(dir.resolve("work-" + i));
                c.workers.add(daemon(dir, "worker-" + i, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", Integer.toString(cores),
                        "--memory", memory, "--work-dir", work.toString(), c.masterUrl)));
            }
            c.awaitAliveWorkers(workers, Duration.ofSeconds(60));
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    List<Process> workers() {
        return workers;
    }

    /**
     * The Spark settings a driver needs for this cluster: classes from this JVM's classpath, 1 core per executor,
     * and (for short test runs on 2 loaded cores) executors that JIT with C1 only and the serial GC: measured here,
     * that halved executor start-up (18.6 s to 8.2 s) and the first tasks.
     */
    Map<String, String> driverSettings(int executors) {
        return Map.of("spark.executor.extraClassPath", classPath(),
                "spark.executor.memory", "640m",
                "spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                "spark.executor.cores", "1",
                "spark.cores.max", Integer.toString(executors),
                "spark.driver.host", "127.0.0.1");
    }

    /** Executor JVMs now running under this cluster's workers. */
    List<ProcessHandle> executors() {
        return workers.stream().flatMap(Process::descendants)
                .filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend")).toList();
    }

    /** The executor JVM of {@code appId} with Spark executor id {@code executorId}, if running. */
    Optional<ProcessHandle> executor(String appId, String executorId) {
        return executors().stream().filter(p -> {
            String cl = commandLine(p);
            return cl.contains(" --executor-id " + executorId + " ") && (appId == null || cl.contains(" --app-id " + appId + " "));
        }).findFirst();
    }

    /** A process's full command line from /proc (Linux), arguments joined by spaces and ending with one. */
    static String commandLine(ProcessHandle p) {
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            return new String(b, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** This JVM's classpath: Surefire's real test classpath when it runs tests from a manifest-only jar. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    /** The Java 17 flags this JVM was started with (Surefire's argLine: the parent pom's java17.opens). */
    static List<String> javaFlags() {
        List<String> flags = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("--add-exports") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                    || a.startsWith("-Djdk.reflect.") || a.startsWith("-Dio.netty.")) {
                flags.add(a);
            }
        }
        if (flags.stream().noneMatch(f -> f.startsWith("--add-opens"))) {
            throw new IllegalStateException("this JVM has no --add-opens flags (surefire argLine): Spark needs them on Java 17");
        }
        return flags;
    }

    private static Process daemon(Path dir, String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaFlags());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.remove("LD_LIBRARY_PATH");
        env.remove("GDAL_JNI_DIR");
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private void awaitAliveWorkers(int n, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + timeout.toNanos();
        int alive = -1;
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IllegalStateException("Spark master exited: " + tail("master"));
            }
            for (int i = 0; i < workers.size(); i++) {
                if (!workers.get(i).isAlive()) {
                    throw new IllegalStateException("Spark worker " + i + " exited: " + tail("worker-" + i));
                }
            }
            try {
                JsonNode status = json.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
                alive = status.path("aliveworkers").asInt(-1);
                if (alive >= n) {
                    return;
                }
            } catch (IOException notYet) {
                // the web UI is not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("only " + alive + " of " + n + " workers alive after " + timeout.toSeconds()
                + " s; master log: " + tail("master"));
    }

    String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Ends executors, workers and master (their own pids, SIGTERM then SIGKILL after 10 s). */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process w : workers) {
            w.descendants().forEach(all::add);
            all.add(w.toHandle());
        }
        all.add(master.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle p : all) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }
}
