package org.forestcoverage.trajectory;

import java.util.Optional;

/**
 * One year of a trajectory judged with a confidence interval ({@link TrajectoryEvidence}).
 *
 * @param year        the year
 * @param mappedPct   the map's coverage (the run's coverage.csv), percent, NaN when the run lacks the year
 * @param expectedPct the planned line's value, percent
 * @param reported    the official value reported for the year, if any
 * @param evidence    the survey's estimate with its interval, if any
 * @param estimatePct the coverage the interval is around: the level, or the line's baseline plus the change
 * @param lowPct      lower end of the 95 % interval, percent (NaN without evidence)
 * @param highPct     upper end, percent (NaN without evidence)
 * @param distinction the verdict
 * @param words       the verdict in a sentence
 */
public record YearEvidence(int year, double mappedPct, double expectedPct, Optional<ReportedValue> reported,
                           Optional<CoverageEvidence> evidence, double estimatePct, double lowPct, double highPct,
                           Distinction distinction, String words) {
}
