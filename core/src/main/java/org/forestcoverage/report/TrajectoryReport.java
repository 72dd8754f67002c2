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
import org.forestcoverage.trajectory.TrajectoryEvidence;
import org.forestcoverage.trajectory.YearEvidence;
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

    /**
     * The city's years judged with the QA folder's intervals ({@link QaEvidence}, {@link TrajectoryEvidence}).
     *
     * @param rows the run's coverage rows (the city's coverage_pct by year is the map's figure)
     */
    public static List<YearEvidence> judge(Trajectory t, List<CoverageRow> rows, Path qa) {
        Map<Integer, Double> mapped = new java.util.TreeMap<>();
        for (CoverageRow r : rows) {
            if (r.districtId().equals(CoverageRow.CITY) && r.landM2().signum() > 0) {
                mapped.put(r.year(), 100 * r.forestM2().doubleValue() / r.landM2().doubleValue());
            }
        }
        return judge(t, mapped, qa);
    }

    /** {@link #judge(Trajectory, List, Path)} with the map's city coverage by year given. */
    public static List<YearEvidence> judge(Trajectory t, Map<Integer, Double> mappedPct, Path qa) {
        return TrajectoryEvidence.judge(t, Trajectory.CITY, mappedPct, QaEvidence.read(qa, CoverageRow.CITY));
    }

    /**
     * The city's coverage by year from a run's {@code coverage.csv} (its {@code coverage_pct} column, the headline of
     * the run's definition).
     *
     * @throws IllegalArgumentException naming the folder when it holds no coverage.csv
     */
    public static Map<Integer, Double> cityCoverage(Path run) {
        Path csv = run.resolve("coverage.csv");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(run + ": not an output folder of forest analyze (no coverage.csv)");
        }
        Map<Integer, Double> out = new java.util.TreeMap<>();
        for (org.forestcoverage.io.csv.CsvTable.Row r : org.forestcoverage.io.csv.CsvTable.read(csv,
                List.of("year", "district", "coverage_pct")).rows()) {
            if (CoverageRow.CITY.equals(r.get("district")) && !r.get("coverage_pct").isEmpty()) {
                try {
                    out.put(Integer.parseInt(r.get("year").trim()), Double.parseDouble(r.get("coverage_pct")));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(csv + " line " + r.line() + ": not a year and a coverage", e);
                }
            }
        }
        return out;
    }

    /** The table of {@link #judge}: map, line, estimate and 95 % interval, and the verdict in words, per year. */
    public static String evidenceTable(List<YearEvidence> years) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %8s %8s %9s %23s  %s%n", "year", "map %", "line %", "reported",
                "estimate % (95 % CI)", "verdict"));
        for (YearEvidence y : years) {
            String estimate = Double.isNaN(y.estimatePct()) ? "-"
                    : String.format(Locale.ROOT, "%.2f (%.2f..%.2f)", y.estimatePct(), y.lowPct(), y.highPct());
            sb.append(String.format(Locale.ROOT, "%-6d %8s %8.2f %9s %23s  %s%n", y.year(),
                    Double.isNaN(y.mappedPct()) ? "-" : String.format(Locale.ROOT, "%.2f", y.mappedPct()),
                    y.expectedPct(), y.reported().map(v -> v.percent().toPlainString()).orElse("-"), estimate,
                    y.distinction().words()));
        }
        for (YearEvidence y : years) {
            sb.append("  ").append(y.words()).append('\n');
        }
        return sb.toString();
    }

    /** trajectory.csv with the intervals: {@link #EVIDENCE_HEADER}. */
    public static void writeEvidenceCsv(List<YearEvidence> years, Path file) {
        StringBuilder sb = new StringBuilder(EVIDENCE_HEADER).append('\n');
        for (YearEvidence y : years) {
            sb.append(y.year()).append(',').append(num(y.mappedPct())).append(',').append(num(y.expectedPct()))
                    .append(',').append(y.reported().map(v -> v.percent().toPlainString()).orElse(""))
                    .append(',').append(num(y.estimatePct())).append(',').append(num(y.lowPct()))
                    .append(',').append(num(y.highPct()))
                    .append(',').append(y.evidence().map(e -> e.isChange() ? "change_since_" + e.sinceYear().getAsInt()
                            : "level").orElse(""))
                    .append(',').append(y.distinction().name().toLowerCase(Locale.ROOT))
                    .append(",\"").append(y.words().replace("\"", "\"\"")).append("\"\n");
        }
        try {
            Files.writeString(file, sb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Columns of trajectory.csv when QA intervals are given. */
    public static final String EVIDENCE_HEADER = "year,map_pct,expected_pct,reported_pct,estimate_pct,ci95_low_pct,"
            + "ci95_high_pct,evidence,distinction_95,verdict";

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
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
