package org.forestcoverage.report.page;

/**
 * A 95 % confidence interval of the city's coverage in one year, percent, around {@code centre}: either the run's
 * own (coverage.csv columns, centred on the measured value) or the error-adjusted estimate of a QA folder (centred
 * on the adjusted coverage, which may differ from the mapped one). Immutable.
 *
 * @param year   the year
 * @param low    lower bound, percent
 * @param high   upper bound, percent
 * @param centre the estimate the interval is around, percent
 * @param fromQa whether it comes from {@code --qa} (error-adjusted) rather than from coverage.csv
 * @param plots  plots behind a QA interval (0 otherwise)
 */
public record Interval(int year, Figure low, Figure high, Figure centre, boolean fromQa, int plots) {

    /** Half the interval's width, percentage points. */
    public double halfWidthPp() {
        return (high.value() - low.value()) / 2;
    }
}
