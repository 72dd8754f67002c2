package org.forestcoverage.spark;

import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.forestcoverage.io.gdal.GdalRuntime;
import org.forestcoverage.io.gdal.GdalUnavailableException;

/**
 * Checks GDAL on every executor before any tile task runs.
 *
 * <pre>{@code
 * Preflight.Report r = Preflight.run(sc);   // waits for executors, runs small probe tasks
 * r.lines().forEach(System.out::println);   // "127.0.0.1: executors 0, 1: GDAL 3.6.2, 225 drivers, org.gdal jar 3.6.0"
 * r.check();                                // throws ExecutorSetupException naming the hosts without GDAL
 * }</pre>
 *
 * <p>On a cluster master the driver first waits for executors to register: until {@code spark.executor.instances}
 * (or {@code spark.cores.max / spark.executor.cores} on a standalone master) have registered, or, when neither is
 * set, until at least one has and their number has not changed for 1.5 s; at most
 * {@code spark.forest.preflight.waitSeconds} (default 120) before failing with {@link ExecutorSetupException}. With
 * dynamic allocation it does not wait (the probe tasks themselves request executors). Then it runs
 * {@code 2 x executors} one-element tasks, each calling {@link GdalRuntime#ensure()} where it runs; Spark spreads
 * them over the executors' free slots. Executors that did not answer get up to two more rounds with more tasks.
 * A probe that cannot load GDAL reports the reason instead of failing, so the job fails once, with every bad host
 * named, instead of after {@code spark.task.maxFailures} retries of a tile.
 */
public final class Preflight {
    /** Description of the probe job ({@code spark.job.description}). */
    public static final String JOB = "forest-coverage preflight";
    private static final int ROUNDS = 3;

    private Preflight() {
    }

    /** What one executor reported: {@code error} is null when GDAL loaded. */
    public record ExecutorGdal(String host, String hostName, String executorId, String gdalVersion, int drivers,
                               String jarVersion, String error) implements Serializable {
        public boolean ok() {
            return error == null;
        }
    }

    /** The probes of one preflight, one per executor, ordered by host and executor id. */
    public record Report(List<ExecutorGdal> executors, int registered) {
        public Report {
            executors = List.copyOf(executors);
        }

        /** One line per host (and per distinct GDAL set-up on it). */
        public List<String> lines() {
            Map<String, List<ExecutorGdal>> groups = new LinkedHashMap<>();
            for (ExecutorGdal e : executors) {
                String key = e.host() + "|" + e.hostName() + "|" + e.gdalVersion() + "|" + e.drivers() + "|"
                        + e.jarVersion() + "|" + e.error();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
            List<String> lines = new ArrayList<>();
            for (List<ExecutorGdal> g : groups.values()) {
                ExecutorGdal e = g.get(0);
                String host = e.host().equals(e.hostName()) ? e.host() : e.host() + " (" + e.hostName() + ")";
                String ids = g.stream().map(ExecutorGdal::executorId).collect(Collectors.joining(", "));
                String what = e.ok() ? "GDAL " + e.gdalVersion() + ", " + e.drivers() + " drivers, org.gdal jar "
                        + (e.jarVersion() == null ? "of unknown version" : e.jarVersion())
                        : "GDAL MISSING: " + e.error();
                lines.add(host + ": executor" + (g.size() == 1 ? " " : "s ") + ids + ": " + what);
            }
            return lines;
        }

        /** Short summary for the stage log, e.g. {@code "GDAL 3.6.2 on 2 executor(s), 1 host(s)"}. */
        public String summary() {
            String versions = executors.stream().filter(ExecutorGdal::ok).map(ExecutorGdal::gdalVersion).distinct()
                    .collect(Collectors.joining(", "));
            long hosts = executors.stream().map(ExecutorGdal::host).distinct().count();
            String s = "GDAL " + versions + " on " + executors.size() + " executor(s), " + hosts + " host(s)";
            return executors.size() < registered ? s + " (" + registered + " registered; the others ran no probe)" : s;
        }

        /** Throws {@link ExecutorSetupException} when any executor could not load GDAL. */
        public void check() {
            List<ExecutorGdal> bad = executors.stream().filter(e -> !e.ok()).toList();
            if (bad.isEmpty()) {
                return;
            }
            Map<String, List<String>> byHost = new TreeMap<>();
            for (ExecutorGdal e : bad) {
                byHost.computeIfAbsent(e.host().equals(e.hostName()) ? e.host() : e.host() + " (" + e.hostName() + ")",
                        k -> new ArrayList<>()).add(e.executorId());
            }
            String hosts = byHost.entrySet().stream().map(h -> h.getKey() + " (executor " + String.join(", ", h.getValue()) + ")")
                    .collect(Collectors.joining(", "));
            throw new ExecutorSetupException("GDAL is missing on executor host " + hosts + ": " + bad.get(0).error()
                    + " -- install libgdal32 on that host and give executors libgdalalljni.so built by scripts/setup.sh"
                    + " (spark.executor.extraLibraryPath and spark.executorEnv.LD_LIBRARY_PATH; README, section Cluster)");
        }
    }

    /** Waits for executors, probes each, and returns what they reported (without {@link Report#check()}). */
    public static Report run(JavaSparkContext sc) {
        if (sc.isLocal()) {
            // the driver is the only executor: probe it here instead of paying for a first Spark job
            return new Report(List.of(probe()), 1);
        }
        int registered = awaitExecutors(sc);
        Map<String, ExecutorGdal> seen = new TreeMap<>();
        sc.setJobDescription(JOB);
        try {
            for (int round = 1; round <= ROUNDS && seen.size() < registered; round++) {
                int tasks = 2 * Math.max(1, registered) * round;
                List<ExecutorGdal> probes = sc.parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
                        .map(i -> probe()).collect();
                for (ExecutorGdal p : probes) {
                    seen.putIfAbsent(p.host() + "/" + p.executorId(), p);
                }
                registered = Math.max(registered, executorCount(sc));
            }
        } finally {
            sc.setJobDescription(null);
        }
        return new Report(List.copyOf(seen.values()), registered);
    }

    /** Runs where a task runs: loads GDAL and reports it, or the reason it could not. */
    static ExecutorGdal probe() {
        SparkEnv env = SparkEnv.get();
        String id = env == null ? "?" : env.executorId();
        String host = env == null ? hostName() : env.blockManager().blockManagerId().host();
        try {
            String version = GdalRuntime.ensure();
            return new ExecutorGdal(host, hostName(), id, version, GdalRuntime.driverCount(), GdalRuntime.jarVersion(), null);
        } catch (GdalUnavailableException | LinkageError e) {
            String m = String.valueOf(e.getMessage());
            int nl = m.indexOf('\n');
            return new ExecutorGdal(host, hostName(), id, null, 0, null,
                    e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl)));
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** Executors registered now: the driver itself in local mode. */
    static int executorCount(JavaSparkContext sc) {
        int n = sc.sc().statusTracker().getExecutorInfos().length;
        return sc.isLocal() ? 1 : Math.max(0, n - 1);
    }

    /** Waits as described in the class comment and returns the number of executors registered. */
    static int awaitExecutors(JavaSparkContext sc) {
        SparkConf conf = sc.getConf();
        if (sc.isLocal() || conf.getBoolean("spark.dynamicAllocation.enabled", false)) {
            return executorCount(sc);
        }
        int expected = expectedExecutors(conf);
        long waitMs = conf.getLong("spark.forest.preflight.waitSeconds", 120) * 1000;
        long start = System.currentTimeMillis();
        long changed = start;
        int last = -1;
        while (true) {
            int n = executorCount(sc);
            long now = System.currentTimeMillis();
            if (n != last) {
                last = n;
                changed = now;
            }
            if (expected > 0 ? n >= expected : n > 0 && now - changed >= 1500) {
                return n;
            }
            if (sc.sc().isStopped()) {
                throw new ExecutorSetupException("Spark stopped the application while waiting for executors on " + sc.master()
                        + ": executors failed to start (see the workers' logs; are the job's classes on"
                        + " spark.executor.extraClassPath or in --jars?)");
            }
            if (now - start > waitMs) {
                if (n > 0) {
                    return n;
                }
                throw new ExecutorSetupException("no executor registered with " + sc.master() + " within " + waitMs / 1000
                        + " s: check that the master and workers are up and have free cores and memory for"
                        + " spark.executor.memory (" + conf.get("spark.executor.memory", "1g") + "), and the workers'"
                        + " logs for executors that fail to start");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExecutorSetupException("interrupted while waiting for executors on " + sc.master());
            }
        }
    }

    /** Executors the configuration asks for, or 0 when it does not say. */
    static int expectedExecutors(SparkConf conf) {
        if (conf.contains("spark.executor.instances")) {
            return conf.getInt("spark.executor.instances", 0);
        }
        if (conf.get("spark.master", "").startsWith("spark://") && conf.contains("spark.cores.max")
                && conf.contains("spark.executor.cores")) {
            return Math.max(1, conf.getInt("spark.cores.max", 0) / conf.getInt("spark.executor.cores", 1));
        }
        return 0;
    }
}
