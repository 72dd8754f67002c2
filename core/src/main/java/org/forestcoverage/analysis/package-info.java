/**
 * The per-tile analysis, independent of Spark: {@link org.forestcoverage.analysis.AnalysisPlan} (what to do,
 * broadcast to tasks) and {@link org.forestcoverage.analysis.TileProcessor} (reads, kernels, sums for a batch
 * of tiles). Uses grid, io.gdal, kernel, zones and sums.
 */
package org.forestcoverage.analysis;
