package org.forestcoverage.trajectory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measured coverage of one scope compared year by year with its planned line.
 *
 * <pre>{@code
 * TrajectoryComparison c = TrajectoryComparison.compare(trajectory, Trajectory.CITY,
 *         List.of(MeasuredCoverage.withCi(2022, 44.71, 0.35)), TrajectoryComparison.DEFAULT_TOLERANCE_PP);
 * c.years().get(0).verdict();   // ON_TRACK: gap +0.07 pp
 * }</pre>
 *
 * <p>For each year: expected = {@link TrajectoryLine#expectedPercent(int)}, gap = measured - expected, band =
 * max(tolerance, CI half-width if given). ON_TRACK iff |gap| <= band (inclusive), else AHEAD when gap > 0 and BEHIND
 * when gap < 0. The comparison is decided in decimal arithmetic on the shortest decimal form of each double, so a
 * measured 44.74 against an expected 44.64 is a gap of exactly 0.1 pp.
 *
 * @param scope       {@link Trajectory#CITY} or a district
 * @param tolerancePp the minimum on-track band, percentage points
 * @param years       one entry per measured year, ascending
 */
public record TrajectoryComparison(String scope, double tolerancePp, List<YearComparison> years) {

    /** Default on-track tolerance, percentage points. */
    public static final double DEFAULT_TOLERANCE_PP = 0.1;

    public TrajectoryComparison {
        years = List.copyOf(years);
    }

    /** {@link #compare(Trajectory, String, List, double)} with {@link #DEFAULT_TOLERANCE_PP}. */
    public static TrajectoryComparison compare(Trajectory trajectory, String scope, List<MeasuredCoverage> measured) {
        return compare(trajectory, scope, measured, DEFAULT_TOLERANCE_PP);
    }

    /**
     * @throws IllegalArgumentException if the trajectory has no line for {@code scope}, a year is measured twice, or
     *                                  the tolerance is negative or not finite
     */
    public static TrajectoryComparison compare(Trajectory trajectory, String scope, List<MeasuredCoverage> measured,
                                               double tolerancePp) {
        if (!(tolerancePp >= 0) || Double.isInfinite(tolerancePp)) {
            throw new IllegalArgumentException("tolerance " + tolerancePp + " pp must be finite and non-negative");
        }
        TrajectoryLine line = trajectory.line(scope).orElseThrow(() -> new IllegalArgumentException(
                "the trajectory has no baseline/target for '" + scope + "'; it has " + Trajectory.CITY + " and "
                        + trajectory.districts().keySet()));
        List<MeasuredCoverage> sorted = new ArrayList<>(measured);
        sorted.sort(Comparator.comparingInt(MeasuredCoverage::year));
        Set<Integer> seen = new HashSet<>();
        List<YearComparison> out = new ArrayList<>(sorted.size());
        BigDecimal tolerance = BigDecimal.valueOf(tolerancePp);
        for (MeasuredCoverage m : sorted) {
            if (!seen.add(m.year())) {
                throw new IllegalArgumentException("year " + m.year() + " of " + scope + " is measured twice");
            }
            out.add(compareYear(trajectory, line, m, tolerance));
        }
        return new TrajectoryComparison(scope, tolerancePp, out);
    }

    private static YearComparison compareYear(Trajectory trajectory, TrajectoryLine line, MeasuredCoverage m,
                                              BigDecimal tolerance) {
        BigDecimal expected = line.expectedPercent(m.year());
        BigDecimal gap = BigDecimal.valueOf(m.coveragePercent()).subtract(expected);
        boolean ciUsed = m.ciHalfWidthPp().isPresent();
        BigDecimal band = ciUsed ? tolerance.max(BigDecimal.valueOf(m.ciHalfWidthPp().getAsDouble())) : tolerance;
        Verdict verdict = gap.abs().compareTo(band) <= 0 ? Verdict.ON_TRACK
                : gap.signum() > 0 ? Verdict.AHEAD : Verdict.BEHIND;
        return new YearComparison(m.year(), m.coveragePercent(), expected.doubleValue(), gap.doubleValue(),
                trajectory.reported(line.scope(), m.year()), verdict, ciUsed, band.doubleValue());
    }
}
