package org.forestcoverage.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.forestcoverage.sums.CoverageRow;

/**
 * Two runs of the same scenes under two forest definitions, side by side for the console: the city in every year,
 * then each district in the last year. For the second definition also its observed-only figure and filled share,
 * so that the effect of the denominator and of the gap filling shows.
 *
 * <pre>{@code
 * System.out.print(DefinitionComparison.table("ndvi", ndviRows, "fao", faoRows));
 * }</pre>
 *
 * Stateless and thread-safe.
 */
public final class DefinitionComparison {
    private DefinitionComparison() {
    }

    /**
     * @param nameA the first definition's name, {@code a} its rows (coverage.csv's)
     * @param nameB the second definition's name, {@code b} its rows, for the same years and districts
     */
    public static String table(String nameA, List<CoverageRow> a, String nameB, List<CoverageRow> b) {
        Map<String, CoverageRow> byKey = new TreeMap<>();
        for (CoverageRow r : b) {
            byKey.put(r.year() + "/" + r.districtId(), r);
        }
        int last = a.stream().mapToInt(CoverageRow::year).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %-16s %10s %10s %12s %9s%n", "year", "district", nameA + " %",
                nameB + " %", nameB + " obs %", "filled %"));
        for (CoverageRow r : a) {
            boolean city = r.districtId().equals(CoverageRow.CITY);
            if (!city && r.year() != last) {
                continue;
            }
            CoverageRow o = byKey.get(r.year() + "/" + r.districtId());
            String name = city ? "city" : r.districtId().equals(r.districtName()) ? r.districtId()
                    : r.districtId() + " " + r.districtName();
            sb.append(String.format(Locale.ROOT, "%-6d %-16s %10s %10s %12s %9s%n", r.year(),
                    name.length() > 16 ? name.substring(0, 16) : name, pct(r.coveragePct()),
                    o == null ? "-" : pct(o.coveragePct()), o == null ? "-" : pct(o.coverageObservedPct()),
                    o == null ? "-" : pct(o.filledPct())));
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
