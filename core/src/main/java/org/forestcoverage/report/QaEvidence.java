package org.forestcoverage.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.forestcoverage.io.csv.CsvTable;
import org.forestcoverage.trajectory.CoverageEvidence;

/**
 * The evidence a {@code forest qa} folder holds about one area's coverage, for {@code trajectory.TrajectoryEvidence}:
 * the panel's changes ({@code change.csv}), the panel's yearly coverage ({@code panel.csv}) and each year's
 * error-adjusted coverage ({@code qa.csv}), all with their 95 % half-widths.
 *
 * <pre>{@code
 * Map<Integer, List<CoverageEvidence>> e = QaEvidence.read(Path.of("qa"), "ALL");
 * }</pre>
 *
 * <p>Per year the list holds the changes into that year first (from every earlier panel year), then the panel's level,
 * then qa.csv's level; rows without an estimate (empty cells: not estimable) are skipped. Stateless and thread-safe.
 */
public final class QaEvidence {

    private QaEvidence() {
    }

    /**
     * @throws IllegalArgumentException naming the folder when it is not an output of forest qa, or a file when a
     *                                  row is malformed
     */
    public static Map<Integer, List<CoverageEvidence>> read(Path qa, String area) {
        Path qaCsv = qa.resolve("qa.csv");
        if (!Files.isRegularFile(qaCsv)) {
            throw new IllegalArgumentException(qa + ": not an output folder of forest qa (no qa.csv)");
        }
        Map<Integer, List<CoverageEvidence>> out = new TreeMap<>();
        Path change = qa.resolve("change.csv");
        if (Files.isRegularFile(change)) {
            for (CsvTable.Row r : CsvTable.read(change, List.of("from_year", "to_year", "area", "plots", "change_pp",
                    "change_ci95_pp")).rows()) {
                if (area.equals(r.get("area")) && !r.get("change_pp").isEmpty()) {
                    int to = year(r, "to_year");
                    add(out, to, CoverageEvidence.change(to, year(r, "from_year"), number(r, "change_pp"),
                            number(r, "change_ci95_pp"), "change.csv: a panel of " + r.get("plots") + " plots"));
                }
            }
        }
        Path panel = qa.resolve("panel.csv");
        if (Files.isRegularFile(panel)) {
            for (CsvTable.Row r : CsvTable.read(panel, List.of("year", "area", "plots", "coverage_pct",
                    "coverage_ci95_pp")).rows()) {
                if (area.equals(r.get("area")) && !r.get("coverage_pct").isEmpty()) {
                    int y = year(r, "year");
                    add(out, y, CoverageEvidence.level(y, number(r, "coverage_pct"), number(r, "coverage_ci95_pp"),
                            "panel.csv: " + r.get("plots") + " plots of the year"));
                }
            }
        }
        for (CsvTable.Row r : CsvTable.read(qaCsv, List.of("year", "area", "plots_used", "adjusted_coverage_pct",
                "adjusted_coverage_ci95_pp")).rows()) {
            if (area.equals(r.get("area")) && !r.get("adjusted_coverage_pct").isEmpty()
                    && !r.get("adjusted_coverage_ci95_pp").isEmpty()) {
                int y = year(r, "year");
                add(out, y, CoverageEvidence.level(y, number(r, "adjusted_coverage_pct"),
                        number(r, "adjusted_coverage_ci95_pp"), "qa.csv: error-adjusted, " + r.get("plots_used")
                                + " plots"));
            }
        }
        return out;
    }

    private static void add(Map<Integer, List<CoverageEvidence>> out, int year, CoverageEvidence e) {
        out.computeIfAbsent(year, y -> new ArrayList<>()).add(e);
    }

    private static int year(CsvTable.Row r, String column) {
        try {
            return Integer.parseInt(r.get(column).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(r.file() + " line " + r.line() + ": " + column + " '" + r.get(column)
                    + "' is not a year", e);
        }
    }

    private static double number(CsvTable.Row r, String column) {
        try {
            return Double.parseDouble(r.get(column).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(r.file() + " line " + r.line() + ": " + column + " '" + r.get(column)
                    + "' is not a number", e);
        }
    }
}
