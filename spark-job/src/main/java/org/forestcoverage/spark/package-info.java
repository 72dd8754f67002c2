/**
 * The only package that imports Spark, and the reduce step of the data flow: context start-up, tile partitions
 * ({@link org.forestcoverage.spark.TileSchedule}), one {@code tile.TilePipeline} per task and the reduction of the
 * sums ({@link org.forestcoverage.spark.SparkAnalysis}); the per-executor GDAL check run before any tile task
 * ({@link org.forestcoverage.spark.Preflight}); and the console progress line fed from Spark's listener events
 * ({@link org.forestcoverage.spark.TileProgress}, text by {@link org.forestcoverage.spark.ProgressLine}).
 * Tested on a real standalone cluster (spark-core's Master and Workers as separate JVMs) by
 * {@code StandaloneClusterTest}; no Spark mocks.
 */
package org.forestcoverage.spark;
