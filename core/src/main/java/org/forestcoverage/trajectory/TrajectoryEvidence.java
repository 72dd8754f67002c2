package org.forestcoverage.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Each year of a scope's trajectory judged against the planned line with a 95 % interval: is the year distinguishable
 * from the plan?
 *
 * <pre>{@code
 * List<YearEvidence> years = TrajectoryEvidence.judge(trajectory, Trajectory.CITY, mappedByYear, evidenceByYear);
 * years.get(2).words();   // "2022: 44.91 % (95 % CI 44.70 to 45.12, the 2020 baseline 44.4 % + change +0.51 pp
 *                         //  +/- 0.21 from a plot panel) against the line's 44.64 %: above the line at 95 %"
 * }</pre>
 *
 * <p>The evidence for a year is, in this order: the change since the line's baseline year measured on a plot panel
 * (the official baseline plus the change, with the change's interval: the baseline is the plan's own starting point,
 * and the panel measures the change far more precisely than any single year); else the year's error-adjusted
 * coverage (a level) with its interval; else none. The year is ABOVE (BELOW) when the whole interval lies above
 * (below) the line's value, NOT_DISTINGUISHABLE when it contains it (ends included), NO_INTERVAL without evidence.
 * Stateless and thread-safe.
 */
public final class TrajectoryEvidence {

    private TrajectoryEvidence() {
    }

    /**
     * @param mappedPct the map's coverage by year (may lack years)
     * @param evidence  the survey's evidence by year: a change since the line's baseline year is preferred over a
     *                  level (other changes are ignored)
     * @return one entry per year of either map, ascending
     */
    public static List<YearEvidence> judge(Trajectory trajectory, String scope, Map<Integer, Double> mappedPct,
                                           Map<Integer, List<CoverageEvidence>> evidence) {
        TrajectoryLine line = trajectory.line(scope).orElseThrow(() -> new IllegalArgumentException(
                "the trajectory has no baseline/target for '" + scope + "'"));
        TreeSet<Integer> years = new TreeSet<>(mappedPct.keySet());
        years.addAll(evidence.keySet());
        List<YearEvidence> out = new ArrayList<>();
        for (int year : years) {
            double expected = line.expectedPercent(year).doubleValue();
            Optional<CoverageEvidence> e = pick(evidence.getOrDefault(year, List.of()), line.baselineYear());
            double estimate = Double.NaN;
            double low = Double.NaN;
            double high = Double.NaN;
            Distinction d = Distinction.NO_INTERVAL;
            if (e.isPresent()) {
                CoverageEvidence c = e.get();
                estimate = c.isChange() ? line.baselinePercent().doubleValue() + c.valuePct() : c.valuePct();
                low = estimate - c.ciHalfWidthPp();
                high = estimate + c.ciHalfWidthPp();
                d = low > expected ? Distinction.ABOVE : high < expected ? Distinction.BELOW
                        : Distinction.NOT_DISTINGUISHABLE;
            }
            double mapped = mappedPct.getOrDefault(year, Double.NaN);
            out.add(new YearEvidence(year, mapped, expected, trajectory.reported(line.scope(), year), e, estimate, low,
                    high, d, words(year, line, mapped, expected, e, estimate, low, high, d)));
        }
        return out;
    }

    private static Optional<CoverageEvidence> pick(List<CoverageEvidence> candidates, int baselineYear) {
        Optional<CoverageEvidence> change = candidates.stream()
                .filter(c -> c.isChange() && c.sinceYear().getAsInt() == baselineYear).findFirst();
        return change.isPresent() ? change : candidates.stream().filter(c -> !c.isChange()).findFirst();
    }

    private static String words(int year, TrajectoryLine line, double mapped, double expected,
                                Optional<CoverageEvidence> e, double estimate, double low, double high, Distinction d) {
        String map = Double.isNaN(mapped) ? "" : String.format(Locale.ROOT, "map %.2f %%; ", mapped);
        if (e.isEmpty()) {
            return String.format(Locale.ROOT, "%d: %sline %.2f %%: %s", year, map, expected, d.words());
        }
        CoverageEvidence c = e.get();
        String basis = c.isChange()
                ? String.format(Locale.ROOT, "the %d baseline %s %% %+.2f pp +/- %.2f (%s)", c.sinceYear().getAsInt(),
                        line.baselinePercent().toPlainString(), c.valuePct(), c.ciHalfWidthPp(), c.source())
                : c.source();
        return String.format(Locale.ROOT, "%d: %s%.2f %% (95 %% CI %.2f to %.2f, %s) against the line's %.2f %%: %s",
                year, map, estimate, low, high, basis, expected, d.words());
    }
}
