package org.forestcoverage.trajectory;

import java.util.OptionalInt;

/**
 * What a survey says about one year's coverage, with its 95 % interval: either the coverage itself (a level: the
 * error-adjusted estimate of one year's plots) or the change since an earlier year measured on the same plots (a
 * panel), which is far more precise when most plots keep their class.
 *
 * <pre>{@code
 * CoverageEvidence level = CoverageEvidence.level(2022, 44.9, 1.2, "qa.csv: error-adjusted, 412 plots");
 * CoverageEvidence change = CoverageEvidence.change(2022, 2020, 0.45, 0.21, "change.csv: panel of 412 plots");
 * }</pre>
 *
 * @param year          the year
 * @param valuePct      the coverage (level) in percent, or the change since {@code sinceYear} in percentage points
 * @param ciHalfWidthPp the 95 % half-width, percentage points
 * @param sinceYear     for a change, the earlier year; empty for a level
 * @param source        where it comes from, for the table
 */
public record CoverageEvidence(int year, double valuePct, double ciHalfWidthPp, OptionalInt sinceYear, String source) {

    public CoverageEvidence {
        if (!Double.isFinite(valuePct) || !(ciHalfWidthPp >= 0) || Double.isInfinite(ciHalfWidthPp)) {
            throw new IllegalArgumentException(year + ": evidence " + valuePct + " +/- " + ciHalfWidthPp
                    + " is not a finite value with a finite, non-negative half-width");
        }
        sinceYear = sinceYear == null ? OptionalInt.empty() : sinceYear;
    }

    public static CoverageEvidence level(int year, double coveragePct, double ciHalfWidthPp, String source) {
        return new CoverageEvidence(year, coveragePct, ciHalfWidthPp, OptionalInt.empty(), source);
    }

    public static CoverageEvidence change(int year, int sinceYear, double changePp, double ciHalfWidthPp, String source) {
        return new CoverageEvidence(year, changePp, ciHalfWidthPp, OptionalInt.of(sinceYear), source);
    }

    public boolean isChange() {
        return sinceYear.isPresent();
    }
}
