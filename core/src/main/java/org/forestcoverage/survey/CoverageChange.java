package org.forestcoverage.survey;

/**
 * The estimated change of a domain's forest coverage between two survey years, from the plots measured in both
 * (Stehman 2014: the stratified estimator of the per-plot difference, so the covariance of the two years is counted).
 *
 * <pre>{@code
 * CoverageChange c = result.change("ALL", 2020, 2022).orElseThrow();
 * System.out.printf("%+.2f pp (95 %% CI %+.2f .. %+.2f)%n", c.change().value(), c.change().ciLow(), c.change().ciHigh());
 * }</pre>
 *
 * @param domain          {@code ALL} or a district id
 * @param fromYear        the earlier year
 * @param toYear          the later year
 * @param change          coverage(toYear) - coverage(fromYear), percentage points, with its standard error
 * @param fromCoverage    coverage in {@code fromYear} over the same plots, percent
 * @param toCoverage      coverage in {@code toYear} over the same plots, percent
 * @param seIfIndependentPp sqrt(V(from) + V(to)): what the SE of the change would be if the two years were independent
 *                        samples; the difference to {@code change.se()} is the covariance the panel counts
 */
public record CoverageChange(String domain, int fromYear, int toYear, Estimate change, Estimate fromCoverage,
                             Estimate toCoverage, double seIfIndependentPp) {

    /** Estimated covariance of the two years' coverages, pp^2: (V(from) + V(to) - V(change)) / 2. */
    public double covariancePp2() {
        return (seIfIndependentPp * seIfIndependentPp - change.se() * change.se()) / 2;
    }

    /** Whether the 95 % interval of the change excludes 0. */
    public boolean significant() {
        return change.ciLow() > 0 || change.ciHigh() < 0;
    }
}
