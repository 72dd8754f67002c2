package org.forestcoverage.spark;

/**
 * Where {@code analyze} gets its Spark context: a new one for the run (the command line), or one kept up across
 * runs (the end-to-end tests share one context per master instead of starting one per run).
 *
 * <pre>{@code
 * try (SparkAnalysis spark = SparkSource.PER_RUN.open("local[*]")) { ... }   // stopped on close
 * }</pre>
 */
@FunctionalInterface
public interface SparkSource {
    /** A context on {@code master}; closing it ends the caller's use of it (a kept context stays up). */
    SparkAnalysis open(String master);

    /** A new context per run, stopped when the run closes it. */
    SparkSource PER_RUN = SparkAnalysis::start;
}
