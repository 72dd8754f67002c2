/**
 * Forest definitions as data: what counts as forest and over what the coverage rate is taken.
 *
 * <ul>
 *   <li>{@link org.forestcoverage.definition.ForestDefinition}: a named profile (the bundled {@code china},
 *       {@code fao}, {@code gfw}, {@code ndvi}, or a custom file, {@link org.forestcoverage.definition.Definitions}):
 *       its canopy rule ({@link org.forestcoverage.definition.CanopyRule}, an NDVI threshold per sensor, or a
 *       calibration file written by {@code forest calibrate}, {@link org.forestcoverage.definition.CalibrationFile}),
 *       its minimum mapping unit ({@link org.forestcoverage.definition.MinimumMappingUnit}: area, strict or not,
 *       connectivity), the layers whose area counts as forest by rule
 *       ({@link org.forestcoverage.definition.RuleLayer}, e.g. China's designated shrubland; the rasters the user
 *       gives for them, {@link org.forestcoverage.definition.RuleLayerFile}) and the denominator
 *       ({@link org.forestcoverage.definition.Denominator}: land = total area less water, or observed land).</li>
 * </ul>
 *
 * The profiles are JSON resources beside these classes, in the format a custom file uses (see
 * {@link org.forestcoverage.definition.Definitions}); their sources are in the files and in the README. Thresholds are
 * exact decimals. Pure Java (Jackson); every type is immutable and thread-safe.
 */
package org.forestcoverage.definition;
