package org.forestcoverage.qa;

/**
 * Error-adjusted forest coverage in percent with its standard error in percentage points.
 * {@code coveragePercent = 100 * adjusted forest area / adjusted land area}, where the land area is the total mapped
 * (observed) area of all strata, which the estimator holds fixed; hence {@code sePp = 100 * SE(forest area) / A}.
 *
 * <pre>{@code
 * CoverageEstimate c = assessment.forestCoverage(assessment.matrix().indexOf("forest"));
 * System.out.printf("%.2f %% +/- %.2f pp%n", c.coveragePercent(), c.ciHalfWidthPp());
 * }</pre>
 *
 * @param coveragePercent adjusted forest area / land area, percent
 * @param sePp            standard error, percentage points
 */
public record CoverageEstimate(double coveragePercent, double sePp) {

    /** 95 % confidence half-width, 1.96 SE, percentage points. */
    public double ciHalfWidthPp() {
        return StratifiedEstimator.Z95 * sePp;
    }
}
