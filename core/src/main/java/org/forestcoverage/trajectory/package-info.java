/**
 * Tracking measured forest coverage against an official trajectory (e.g. Beijing: 44.4 % at end of 2020, 45 % by
 * 2025).
 *
 * <ul>
 *   <li>{@link org.forestcoverage.trajectory.Trajectory}: baseline, target and reported official values, for the city
 *       and optionally per district, read from a CSV file (format in its Javadoc; the project ships
 *       {@code config/beijing-trajectory.csv}).</li>
 *   <li>{@link org.forestcoverage.trajectory.TrajectoryComparison}: per year measured vs. expected on the straight
 *       line from baseline to target, the gap and a {@link org.forestcoverage.trajectory.Verdict} that accounts for
 *       the measurement's confidence interval.</li>
 * </ul>
 *
 * Coverages are percent of observed land (names end in {@code Percent}), gaps, tolerances and confidence half-widths
 * percentage points ({@code Pp}). Official values are kept as exact decimals ({@link java.math.BigDecimal}) as
 * written in the file; verdicts are decided in decimal arithmetic so that a gap equal to the tolerance is on track.
 * The measured city value must be the area-weighted total (forest area / observed land area of the whole city), never
 * a mean of district percentages. Pure Java, no GDAL or Spark; all types are immutable and thread-safe.
 */
package org.forestcoverage.trajectory;
