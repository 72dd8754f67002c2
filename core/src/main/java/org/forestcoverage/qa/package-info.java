/**
 * Quality assessment of a forest map against reference (ground-survey) plots.
 *
 * <ul>
 *   <li>{@link org.forestcoverage.qa.ErrorMatrix}: sample counts, rows = map class, columns = reference class.</li>
 *   <li>{@link org.forestcoverage.qa.StratifiedEstimator}: the stratified estimators of Olofsson et al. 2014
 *       (Remote Sensing of Environment 148:42-57): area proportions, overall / user's / producer's accuracy with
 *       standard errors, Cohen's kappa, error-adjusted areas with 95 % confidence intervals and the derived forest
 *       coverage, returned as an {@link org.forestcoverage.qa.AccuracyAssessment}.</li>
 *   <li>{@link org.forestcoverage.qa.SampleDesign}: stratified random sample allocation (fixed sizes or Olofsson
 *       eq. 13) and seeded, storage-free selection of pixel ranks per stratum.</li>
 *   <li>{@link org.forestcoverage.qa.ThresholdCalibration}: NDVI threshold sweep against labelled plots.</li>
 *   <li>{@link org.forestcoverage.qa.Plot} and {@link org.forestcoverage.qa.PlotReader}: survey plots from CSV or
 *       GeoJSON; bad input raises {@link org.forestcoverage.qa.PlotFileException} naming file and line/feature.</li>
 * </ul>
 *
 * Areas are in square metres (names end in {@code M2}); convenience accessors in hectares end in {@code Ha}.
 * Accuracies and proportions are fractions in [0, 1]; coverages are percent (names end in {@code Percent}) and their
 * errors percentage points ({@code Pp}). Confidence intervals are 95 % normal intervals, half-width = 1.96 SE.
 * All result types are immutable and thread-safe. Pure Java: depends on Jackson (GeoJSON) and the JDK only;
 * no GDAL, no Spark.
 */
package org.forestcoverage.qa;
