package org.forestcoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.trajectory.MeasuredCoverage;
import org.forestcoverage.trajectory.ReportedValue;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.TrajectoryComparison;
import org.forestcoverage.trajectory.YearComparison;

/**
 * The city's measured coverage per year against an official trajectory: a console table and
 * {@code trajectory.csv} ({@code year, measured_pct, expected_pct, gap_pp, reported_pct, verdict, band_pp}).
 * The measured value is the area-weighted city total (forest / observed land), never a mean of districts.
 */
public final class TrajectoryReport {
    private TrajectoryReport() {
    }

    public static TrajectoryComparison compare(Trajectory t, List<CoverageRow> rows) {
        List<MeasuredCoverage> measured = new ArrayList<>();
        for (CoverageRow r : rows) {
            if (r.districtId().equals(CoverageRow.CITY) && r.landM2().signum() > 0) {
                measured.add(MeasuredCoverage.fromAreas(r.year(), r.forestM2().doubleValue(), r.landM2().doubleValue(),
                        OptionalDouble.empty()));
            }
        }
        return TrajectoryComparison.compare(t, Trajectory.CITY, measured);
    }

    /**
     * The city's line and reported values as recorded in {@code coverage.json} under {@code run.trajectory}, so that
     * a run's folder says what it was compared with (and the report can draw it) even when the file has moved:
     * {@code file}, {@code baseline_year}, {@code baseline_pct}, {@code target_year}, {@code target_pct},
     * {@code tolerance_pp} and {@code reported} (a list of {@code year}, {@code pct}, {@code source}).
     */
    public static Map<String, Object> describe(Trajectory t, Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toAbsolutePath().normalize().toString());
        m.put("baseline_year", t.city().baselineYear());
        m.put("baseline_pct", t.city().baselinePercent());
        m.put("target_year", t.city().targetYear());
        m.put("target_pct", t.city().targetPercent());
        m.put("tolerance_pp", TrajectoryComparison.DEFAULT_TOLERANCE_PP);
        List<Map<String, Object>> reported = new ArrayList<>();
        for (ReportedValue r : t.reported()) {
            if (r.scope().equals(Trajectory.CITY)) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("year", r.year());
                v.put("pct", r.percent());
                v.put("source", r.source());
                reported.add(v);
            }
        }
        m.put("reported", reported);
        return m;
    }

    public static String table(TrajectoryComparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %10s %10s %8s %10s  %s%n", "year", "measured%", "expected%", "gap pp",
                "reported%", "verdict"));
        for (YearComparison y : c.years()) {
            sb.append(String.format(Locale.ROOT, "%-6d %10.2f %10.2f %+8.2f %10s  %s%n", y.year(), y.measuredPercent(),
                    y.expectedPercent(), y.gapPp(),
                    y.reported().map(v -> v.percent().toPlainString()).orElse("-"), verdict(y)));
        }
        return sb.toString();
    }

    private static String verdict(YearComparison y) {
        return y.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + String.format(Locale.ROOT, " (within +/-%.2f pp%s)", y.bandPp(), y.ciUsed() ? ", 95% CI" : "");
    }

    public static void writeCsv(TrajectoryComparison c, Path file) {
        StringBuilder sb = new StringBuilder("year,measured_pct,expected_pct,gap_pp,reported_pct,verdict,band_pp,ci_used\n");
        for (YearComparison y : c.years()) {
            sb.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%.4f,%s,%s,%.4f,%s%n", y.year(), y.measuredPercent(),
                    y.expectedPercent(), y.gapPp(),
                    y.reported().map(v -> v.percent().toPlainString()).orElse(""), y.verdict(), y.bandPp(), y.ciUsed()));
        }
        try {
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
