/**
 * The analysis resolved once, on the driver: {@link org.forestcoverage.plan.AnalysisRequest} (what was asked),
 * {@link org.forestcoverage.plan.PlanBuilder} (opens each input once: scene headers, districts, CRS facts through
 * {@code io.gdal}) and the immutable, serialisable {@link org.forestcoverage.plan.AnalysisPlan} the tasks get, with the
 * driver-only facts in {@link org.forestcoverage.plan.PlannedAnalysis}. Uses scene, io.gdal, kernel, zones and
 * coverage; no Spark.
 */
package org.forestcoverage.plan;
