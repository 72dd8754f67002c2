package org.forestcoverage.report.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.forestcoverage.trajectory.MeasuredCoverage;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.TrajectoryComparison;
import org.forestcoverage.trajectory.YearComparison;

/**
 * Everything the page shows, decided once from a run folder, an optional QA folder and an optional trajectory: the
 * year reported ({@code latest}), the year change is measured from ({@code baseline}: the trajectory's baseline
 * year when the run has it, else the run's first year), the city's confidence intervals by year and the comparison
 * with the planned line. Immutable.
 *
 * @param run             the run folder
 * @param qa              the QA folder, when given
 * @param trajectory      the planned line and reported values, when known
 * @param trajectoryFrom  where the trajectory came from (a file, or the run's coverage.json), empty when none
 * @param latest          the last year of the run
 * @param baseline        the year change is measured from
 * @param intervals       the city's 95 % intervals by year (only years that have one)
 * @param comparison      the city against the planned line, when a trajectory is known
 */
public record ReportData(RunFolder run, Optional<QaFolder> qa, Optional<Trajectory> trajectory, String trajectoryFrom,
                         int latest, int baseline, SortedMap<Integer, Interval> intervals,
                         Optional<TrajectoryComparison> comparison) {

    public ReportData {
        intervals = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(intervals));
    }

    /**
     * @param trajectory     an explicit trajectory (e.g. from {@code --trajectory}); otherwise the one recorded in the
     *                       run's coverage.json is used, when there is one
     * @param trajectoryFrom where an explicit trajectory came from
     */
    public static ReportData of(RunFolder run, Optional<QaFolder> qa, Optional<Trajectory> trajectory,
                                String trajectoryFrom) {
        Optional<Trajectory> t = trajectory;
        String from = trajectoryFrom;
        if (t.isEmpty()) {
            t = run.recordedTrajectory();
            from = t.isPresent() ? run.dir().resolve("coverage.json") + " (run.trajectory)" : "";
        }
        int latest = run.years().last();
        int baseline = t.map(x -> x.city().baselineYear()).filter(y -> run.years().contains(y))
                .orElse(run.years().first());
        SortedMap<Integer, Interval> intervals = new TreeMap<>();
        for (int year : run.years()) {
            DistrictYear city = run.city(year).orElseThrow(() -> new IllegalArgumentException(run.dir()
                    + "/coverage.csv: no city row (district " + DistrictYear.CITY + ") for " + year));
            if (city.hasCi()) {
                intervals.put(year, new Interval(year, city.ciLow(), city.ciHigh(), city.coverage(), false, 0));
            } else {
                qa.flatMap(q -> q.city(year)).ifPresent(a -> qaInterval(a).ifPresent(i -> intervals.put(year, i)));
            }
        }
        Optional<TrajectoryComparison> comparison = t.map(tr -> compare(tr, run, intervals));
        return new ReportData(run, qa, t, from, latest, baseline, intervals, comparison);
    }

    private static Optional<Interval> qaInterval(QaFolder.QaArea a) {
        Figure centre = a.figure("adjusted_coverage_pct");
        Figure half = a.figure("adjusted_coverage_ci95_pp");
        if (!centre.present() || !half.present()) {
            return Optional.empty();
        }
        BigDecimal c = new BigDecimal(centre.text());
        BigDecimal h = new BigDecimal(half.text());
        return Optional.of(new Interval(a.year(), Figure.parse(c.subtract(h).toPlainString()),
                Figure.parse(c.add(h).toPlainString()), centre, true,
                (int) a.figure("plots_used").value()));
    }

    private static TrajectoryComparison compare(Trajectory t, RunFolder run, SortedMap<Integer, Interval> intervals) {
        List<MeasuredCoverage> measured = new ArrayList<>();
        for (int year : run.years()) {
            Figure c = run.city(year).orElseThrow().coverage();
            if (c.present()) {
                Interval i = intervals.get(year);
                measured.add(i == null ? MeasuredCoverage.of(year, c.value())
                        : MeasuredCoverage.withCi(year, c.value(), i.halfWidthPp()));
            }
        }
        return TrajectoryComparison.compare(t, Trajectory.CITY, measured);
    }

    /** The comparison of {@code year}, when there is one. */
    public Optional<YearComparison> compared(int year) {
        return comparison.flatMap(c -> c.years().stream().filter(y -> y.year() == year).findFirst());
    }

    /** The city's row of the latest year. */
    public DistrictYear cityNow() {
        return run.city(latest).orElseThrow();
    }

    /** Coverage change of a district (or the city) from the baseline year to the latest, percentage points. */
    public Figure change(String district) {
        Optional<DistrictYear> a = run.row(baseline, district);
        Optional<DistrictYear> b = run.row(latest, district);
        if (a.isEmpty() || b.isEmpty() || !a.get().coverage().present() || !b.get().coverage().present()
                || baseline == latest) {
            return Figure.MISSING;
        }
        return Figure.parse(new BigDecimal(b.get().coverage().text()).subtract(new BigDecimal(a.get().coverage().text()))
                .toPlainString());
    }

    /** Whether any row has a filled share (a column of later versions of analyze). */
    public boolean hasFilled() {
        return run.rows().stream().anyMatch(r -> r.filled().present());
    }

    /** Whether any district row of the latest year has its own confidence interval. */
    public boolean districtIntervals() {
        return run.districtsOf(latest).stream().anyMatch(DistrictYear::hasCi);
    }
}
