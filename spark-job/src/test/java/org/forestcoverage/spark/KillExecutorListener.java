package org.forestcoverage.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationStart;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Test listener (installed with {@code spark.extraListeners}) that SIGKILLs the executor JVM running the
 * {@link #killAtTaskStart}-th task of the tile job, and records what Spark reported afterwards. State is
 * static because Spark instantiates the listener itself; {@link #arm} resets it.
 */
public final class KillExecutorListener extends SparkListener {
    static volatile StandaloneCluster cluster;
    static volatile int killAtTaskStart;
    static volatile String appId;
    static volatile String killedExecutor;
    static volatile long killedPid;
    static final List<String> failedTileTasks = new CopyOnWriteArrayList<>();
    static final List<String> removedExecutors = new CopyOnWriteArrayList<>();
    static final List<String> log = new CopyOnWriteArrayList<>();
    private final Set<Integer> tileStages = new HashSet<>();
    private int tileTaskStarts;
    private int tileTasksSucceeded;

    static synchronized void arm(StandaloneCluster c, int atTaskStart) {
        cluster = c;
        killAtTaskStart = atTaskStart;
        appId = null;
        killedExecutor = null;
        killedPid = 0;
        failedTileTasks.clear();
        removedExecutors.clear();
        log.clear();
    }

    @Override
    public void onApplicationStart(SparkListenerApplicationStart e) {
        appId = e.appId().isDefined() ? e.appId().get() : null;
    }

    @Override
    public void onJobStart(SparkListenerJobStart e) {
        if (SparkAnalysis.TILES_JOB.equals(e.properties().getProperty("spark.job.description"))) {
            scala.collection.Iterator<Object> it = e.stageIds().iterator();
            while (it.hasNext()) {
                tileStages.add((Integer) it.next());
            }
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart e) {
        if (!tileStages.contains(e.stageId())) {
            return;
        }
        tileTaskStarts++;
        if (tileTaskStarts == killAtTaskStart && killedPid == 0) {
            String id = e.taskInfo().executorId();
            cluster.executor(appId, id).ifPresentOrElse(p -> {
                killedExecutor = id;
                killedPid = p.pid();
                p.destroyForcibly();
                log.add("killed executor " + id + " (pid " + p.pid() + ") at tile task start " + tileTaskStarts
                        + " after " + tileTasksSucceeded + " tile tasks succeeded");
            }, () -> log.add("no process found for executor " + id + " of " + appId));
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        if (!tileStages.contains(e.stageId())) {
            return;
        }
        if (e.reason() == Success$.MODULE$) {
            tileTasksSucceeded++;
        } else {
            failedTileTasks.add("partition " + e.taskInfo().partitionId() + " on executor " + e.taskInfo().executorId()
                    + ": " + e.reason());
        }
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved e) {
        removedExecutors.add(e.executorId());
    }

    static List<String> summary() {
        List<String> s = new ArrayList<>(log);
        s.add("failed tile tasks: " + failedTileTasks);
        s.add("removed executors: " + removedExecutors);
        return s;
    }
}
