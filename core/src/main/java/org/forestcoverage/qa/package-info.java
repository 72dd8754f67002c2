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
 *   <li>The raster workflows of {@code forest qa / sample / calibrate}, without GDAL (the commands read rasters through
 *       {@code io.gdal.RasterSampler} and feed tiles and pixel values in):
 *       {@link org.forestcoverage.qa.PlotLocations} and {@link org.forestcoverage.qa.PlotPlacement} (plots on a
 *       raster's pixels; none on it = wrong CRS, naming the line), {@link org.forestcoverage.qa.StratumAreas} (mapped
 *       strata per district, read from the one accumulator, {@code sums.DistrictTally}), {@link org.forestcoverage.qa.SurveyAssessment} (per-year, per-area matrices and
 *       estimates, every unused plot reported by {@link org.forestcoverage.qa.PlotStatus}),
 *       {@link org.forestcoverage.qa.StratumScan} (the two passes of a stratified sample) and the writers
 *       {@link org.forestcoverage.qa.QaReportWriter}, {@link org.forestcoverage.qa.SamplePlotsWriter},
 *       {@link org.forestcoverage.qa.CalibrationWriter}.</li>
 * </ul>
 *
 * Areas are in square metres (names end in {@code M2}); convenience accessors in hectares end in {@code Ha}.
 * Accuracies and proportions are fractions in [0, 1]; coverages are percent (names end in {@code Percent}) and their
 * errors percentage points ({@code Pp}). Confidence intervals are 95 % normal intervals, half-width = 1.96 SE.
 * All result types are immutable and thread-safe. Pure Java: depends on {@code grid}, {@code coverage} (pixel
 * areas), {@code kernel.LandClass}, Jackson (GeoJSON, JSON reports), JTS and the JDK; no GDAL, no Spark.
 */
package org.forestcoverage.qa;
