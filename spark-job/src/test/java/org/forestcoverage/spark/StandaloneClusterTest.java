package org.forestcoverage.spark;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.cli.ForestCommand;
import org.forestcoverage.job.BenchScene;
import org.forestcoverage.testtiles.DemoDataset;
import org.forestcoverage.testtiles.KnownAnswerScene;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job on a real Spark standalone cluster on 127.0.0.1 (spark-core's Master and two Workers, each a JVM;
 * executors are the workers' child JVMs with 1 core and 640 MiB each): byte-identical output to the embedded
 * run, an executor SIGKILLed mid-run, and the preflight failing on executors without GDAL's JNI library.
 */
@Tag("cluster")
class StandaloneClusterTest {
    @TempDir
    static Path tmp;
    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        // this class's runs start contexts of their own (cluster settings): none may be running
        SharedSpark.stop();
        long t0 = System.nanoTime();
        cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2, 1, "1g");
        System.out.printf(java.util.Locale.ROOT, "[StandaloneClusterTest] master and 2 workers up in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            long t0 = System.nanoTime();
            cluster.close();
            System.out.printf(java.util.Locale.ROOT, "[StandaloneClusterTest] cluster stopped in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    @Test
    void clusterOutputIsByteIdenticalToEmbeddedAndPreflightReportsBothExecutors() throws IOException {
        Path in = tmp.resolve("known-answer");
        KnownAnswerScene.write(in);
        List<String> args = List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--tile-size", "128", "--partitions", "6");

        Run local = analyze(Map.of(), args, "--out", tmp.resolve("ka-local").toString(), "--master", "local[2]");
        Run remote = analyze(cluster.driverSettings(2), args, "--out", tmp.resolve("ka-cluster").toString(),
                "--master", cluster.masterUrl());

        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, remote.exitCode(), remote.err() + cluster.tail("worker-0"));
        byte[] expected = Files.readAllBytes(tmp.resolve("ka-local/coverage.csv"));
        assertTrue(expected.length > 200, "embedded coverage.csv too short: " + expected.length);
        assertEquals(-1, Files.mismatch(tmp.resolve("ka-local/coverage.csv"), tmp.resolve("ka-cluster/coverage.csv")),
                "coverage.csv differs between local[2] and the cluster");
        assertEquals(-1, Files.mismatch(tmp.resolve("ka-local/coverage.json"), tmp.resolve("ka-cluster/coverage.json")),
                "coverage.json differs between local[2] and the cluster");
        // one preflight line for the host, naming two executors that run outside this JVM
        Matcher m = Pattern.compile("127\\.0\\.0\\.1[^:]*: executors (\\d+), (\\d+): GDAL 3\\.6\\.\\d+, (\\d+) drivers, org\\.gdal jar 3\\.6\\.0")
                .matcher(remote.out());
        assertTrue(m.find(), remote.out());
        assertTrue(Integer.parseInt(m.group(3)) > 50, "driver count " + m.group(3));
        assertTrue(remote.out().contains("GDAL 3.6.2 on 2 executor(s), 1 host(s), plan shipped, 6 partitions"), remote.out());
        assertTrue(local.out().contains(": executor driver: GDAL 3.6."), local.out());
    }

    /**
     * Issue 14: the official definition on the cluster. The demo (six years, clouds) under {@code --definition fao}:
     * unobserved pixels filled from the nearest year, patches below 0.5 ha joined across 128 px tiles on the driver;
     * coverage.csv is byte-identical to the embedded run, and the run did fill and remove something.
     */
    @Test
    void faoDefinitionWithFillingAndUnitIsByteIdenticalOnTheCluster() throws IOException {
        Path in = tmp.resolve("demo-fao");
        DemoDataset.write(in);
        List<String> args = List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--tile-size", "128", "--partitions", "6", "--definition", "fao");
        Run local = analyze(Map.of(), args, "--out", tmp.resolve("fao-local").toString(), "--master", "local[2]");
        Run remote = analyze(cluster.driverSettings(2), args, "--out", tmp.resolve("fao-cluster").toString(),
                "--master", cluster.masterUrl());

        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, remote.exitCode(), remote.err() + cluster.tail("worker-0"));
        assertEquals(-1, Files.mismatch(tmp.resolve("fao-local/coverage.csv"), tmp.resolve("fao-cluster/coverage.csv")),
                "coverage.csv differs between local[2] and the cluster under --definition fao");
        List<String> lines = Files.readAllLines(tmp.resolve("fao-cluster/coverage.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        double filled = 0;
        double removed = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            if (f[1].equals("ALL")) {
                filled += Double.parseDouble(f[header.indexOf("filled_m2")]);
                removed += Double.parseDouble(f[header.indexOf("mmu_removed_m2")]);
            }
        }
        assertTrue(filled > 0 && removed > 0, "filled " + filled + " m2, removed " + removed + " m2");
    }

    /**
     * Issue 14's acceptance on the cluster: the benchmark scene (size 2000) with {@code --mmu-ha 0.5} and pixel-centre
     * zones gives a coverage.csv byte-identical to the embedded run, whose forest {@code BenchSceneOracleTest} checks
     * against a whole-raster connected-components search on the same data ({@link BenchScene}); and under
     * {@code china} with a rule layer in EPSG:4326, read by the executors, each district's designated shrubland equals
     * the test's own whole-raster count.
     */
    @Test
    void benchSceneWithMinimumMappingUnitIsByteIdenticalOnTheCluster() throws Exception {
        BenchScene bench = BenchScene.write(Files.createDirectories(tmp.resolve("bench")));
        List<String> local = bench.analyzeArgs(tmp.resolve("bench-local"), 512, 3, "centre", "--mmu-ha", "0.5");
        List<String> remote = bench.analyzeArgs(tmp.resolve("bench-cluster"), 512, 6, "centre", "--mmu-ha", "0.5");
        Run l = analyze(Map.of(), local, "--master", "local[2]");
        Run r = analyze(cluster.driverSettings(2), remote, "--master", cluster.masterUrl());

        assertEquals(0, l.exitCode(), l.err());
        assertEquals(0, r.exitCode(), r.err() + cluster.tail("worker-0"));
        assertEquals(-1, Files.mismatch(tmp.resolve("bench-local/coverage.csv"),
                tmp.resolve("bench-cluster/coverage.csv")), "coverage.csv differs between local[2] and the cluster");
        assertTrue(r.out().contains("2 executor(s)"), r.out());
        List<String> lines = Files.readAllLines(tmp.resolve("bench-cluster/coverage.csv"));
        int removed = List.of(lines.get(0).split(",")).indexOf("mmu_removed_m2");
        assertTrue(Double.parseDouble(lines.get(lines.size() - 1).split(",")[removed]) > 0, "the unit removed nothing");

        // executors read a rule layer in EPSG:4326: each district's designated shrubland equals the test's own count
        Path layer = bench.writeRuleLayer();
        Map<Integer, Long> expected = bench.rulePerDistrict(layer);
        Run rule = analyze(cluster.driverSettings(2), bench.analyzeArgs(tmp.resolve("rule-cluster"), 512, 6, "centre",
                "--definition", "china", "--threshold", "0.6", "--mmu-ha", "0.5", "--rule-layer",
                "special_shrubland=" + layer), "--master", cluster.masterUrl());
        assertEquals(0, rule.exitCode(), rule.err() + cluster.tail("worker-0"));
        lines = Files.readAllLines(tmp.resolve("rule-cluster/coverage.csv"));
        int column = List.of(lines.get(0).split(",")).indexOf("designated_shrubland_m2");
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] f = line.split(",");
            assertEquals(expected.getOrDefault(Integer.parseInt(f[1]), 0L) * 900,
                    Math.round(Double.parseDouble(f[column])), "designated shrubland of district " + f[1]);
        }
    }

    @Test
    void executorKilledMidRunIsRetriedAndOutputIsByteIdentical() throws IOException {
        Path in = tmp.resolve("demo");
        DemoDataset.write(in);
        List<String> args = List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--tile-size", "128", "--partitions", "10");
        Run local = analyze(Map.of(), args, "--out", tmp.resolve("demo-local").toString(), "--master", "local[2]");
        assertEquals(0, local.exitCode(), local.err());

        KillExecutorListener.arm(cluster, 3);
        Map<String, String> conf = new HashMap<>(cluster.driverSettings(2));
        conf.put("spark.extraListeners", KillExecutorListener.class.getName());
        Run remote = analyze(conf, args, "--out", tmp.resolve("demo-cluster").toString(), "--master", cluster.masterUrl());
        String what = String.join("\n", KillExecutorListener.summary());

        assertEquals(0, remote.exitCode(), remote.err() + "\n" + what);
        assertTrue(KillExecutorListener.killedPid > 0, what);
        assertFalse(ProcessHandle.of(KillExecutorListener.killedPid).map(ProcessHandle::isAlive).orElse(false), what);
        assertTrue(KillExecutorListener.removedExecutors.contains(KillExecutorListener.killedExecutor), what);
        assertTrue(KillExecutorListener.failedTileTasks.stream().anyMatch(f -> f.contains("ExecutorLostFailure")), what);
        assertEquals(-1, Files.mismatch(tmp.resolve("demo-local/coverage.csv"), tmp.resolve("demo-cluster/coverage.csv")),
                "coverage.csv differs after an executor was killed; " + what);
        System.out.println("[StandaloneClusterTest] " + what.replace("\n", "; "));
    }

    @Test
    void preflightFailsNamingTheHostWhenExecutorsCannotLoadGdal() throws IOException {
        Path in = tmp.resolve("known-answer-nogdal");
        KnownAnswerScene.write(in);
        Path empty = Files.createDirectories(tmp.resolve("no-gdal-here"));
        Map<String, String> conf = new HashMap<>(cluster.driverSettings(2));
        conf.put("spark.executor.extraLibraryPath", empty.toString());
        conf.put("spark.executorEnv.LD_LIBRARY_PATH", empty.toString());
        Path out = tmp.resolve("nogdal-out");

        Run r = analyze(conf, List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id"),
                "--out", out.toString(), "--master", cluster.masterUrl());

        assertEquals(1, r.exitCode(), r.out() + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("forest: GDAL is missing on executor host 127.0.0.1"), err);
        assertTrue(err.contains("cannot load libgdalalljni.so") && err.contains(empty.toString()), err);
        assertTrue(err.contains("spark.executor.extraLibraryPath"), err);
        assertTrue(r.out().contains("GDAL MISSING"), r.out());
        assertFalse(r.out().contains("tiles x"), "no tile stage may run: " + r.out());
        assertFalse(Files.exists(out.resolve("coverage.csv")));
    }

    record Run(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code forest} in this JVM (the driver) with the given {@code spark.*} settings as system properties
     * (what spark-submit's --conf does), capturing stdout and the command's stderr.
     */
    static Run analyze(Map<String, String> sparkConf, List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        Map<String, String> previous = new HashMap<>();
        sparkConf.forEach((k, v) -> previous.put(k, System.setProperty(k, v)));
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cl = ForestCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int rc = cl.execute(all.toArray(String[]::new));
            return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
            out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("[") || l.startsWith("   "))
                    .forEach(l -> stdout.println("[StandaloneClusterTest]   " + l));
            stdout.printf(java.util.Locale.ROOT, "[StandaloneClusterTest] analyze --master %s: %.1f s%n",
                    all.get(all.indexOf("--master") + 1), (System.nanoTime() - t0) / 1e9);
        }
    }
}
