package org.forestcoverage.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * Stops a running analysis at once when the user interrupts it, so that no task writes into an output folder
 * being removed: Spark is silenced (its failing tasks would only repeat the interrupt), the tasks of this JVM
 * start no further tile, every job is cancelled, the tasks running in this JVM get up to {@value #TASK_WAIT_MS} ms
 * to finish their current tile (until no task thread is in the job's code), then the context stops. Tasks on a cluster's executors are cancelled; they write
 * nothing after their tile fails. Called from the interrupt hook ({@link org.forestcoverage.output.Interruption}).
 */
public final class WorkStop {
    static final long TASK_WAIT_MS = 2000;
    /** Spark's name for the threads that run tasks in an executor (the driver's, in embedded runs). */
    private static final String TASK_THREAD = "Executor task launch worker";

    private WorkStop() {
    }

    /** True while a task thread of this JVM is in the job's code (idle pool threads keep their task's name). */
    private static boolean tileTaskRunning() {
        for (java.util.Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith(TASK_THREAD)) {
                for (StackTraceElement f : e.getValue()) {
                    if (f.getClassName().startsWith("org.forestcoverage.")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    public static void stop(SparkAnalysis spark) {
        SparkLogs.silence();
        SparkAnalysis.stopAll();
        JavaSparkContext sc = spark.context();
        try {
            sc.cancelAllJobs();
        } catch (RuntimeException e) {
            // already stopping (Spark's own shutdown hook)
        }
        long deadline = System.currentTimeMillis() + TASK_WAIT_MS;
        while (tileTaskRunning() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            sc.stop();
        } catch (RuntimeException e) {
            // stopped by Spark's own hook meanwhile
        }
    }
}
