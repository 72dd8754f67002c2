package org.forestcoverage.trajectory;

import java.util.Optional;

/**
 * One year of a {@link TrajectoryComparison}. Percent values are coverages, {@code Pp} values percentage points.
 *
 * @param year            the year
 * @param measuredPercent measured coverage
 * @param expectedPercent the planned line's value in this year ({@link TrajectoryLine#expectedPercent})
 * @param gapPp           measured - expected (positive = ahead of plan)
 * @param reported        the official value reported for this year, if any
 * @param verdict         AHEAD / ON_TRACK / BEHIND
 * @param ciUsed          whether a confidence interval was supplied and taken into account for this year
 * @param bandPp          the half-width of the on-track band actually applied: max(tolerance, CI half-width)
 */
public record YearComparison(int year, double measuredPercent, double expectedPercent, double gapPp,
                             Optional<ReportedValue> reported, Verdict verdict, boolean ciUsed, double bandPp) {
}
