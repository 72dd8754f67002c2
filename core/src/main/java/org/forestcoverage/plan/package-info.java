/**
 * The analysis resolved once, on the driver: {@link org.forestcoverage.plan.AnalysisRequest} (what was asked),
 * {@link org.forestcoverage.plan.PlanBuilder} (opens each input once: scene headers, districts, CRS facts through
 * {@code io.gdal}) and the immutable, serialisable {@link org.forestcoverage.plan.AnalysisPlan} the tasks get, with the
 * driver-only facts in {@link org.forestcoverage.plan.PlannedAnalysis}; per scene its
 * {@link org.forestcoverage.plan.WaterPlan} and the record of its scaling, mask and water sources
 * ({@link org.forestcoverage.plan.ScenePlan#sources()}); per rule layer of the forest definition given a file its
 * {@link org.forestcoverage.plan.RulePlan}. After the tiles,
 * {@link org.forestcoverage.plan.ObservationCheck} refuses a year with nothing observed. Uses scene, io.gdal, kernel,
 * zones, coverage and sums; no Spark.
 */
package org.forestcoverage.plan;
