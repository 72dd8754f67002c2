package org.forestcoverage.report;

import java.util.List;
import java.util.Locale;
import org.forestcoverage.sums.AreaUnits;
import org.forestcoverage.sums.CoverageRow;

/**
 * A fixed-width text table of coverage rows for the console: coverage %, forest km2 and mu, observed %; when a
 * definition filled gaps from other years, also the filled share of the land and the observed-only coverage.
 */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String format(List<CoverageRow> rows) {
        boolean filled = rows.stream().anyMatch(r -> r.filledLandM2().signum() != 0);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %-16s %10s %12s %14s %10s", "year", "district", "coverage%",
                "forest km2", "forest mu", "observed%"));
        sb.append(filled ? String.format(Locale.ROOT, " %8s %12s%n", "filled%", "obs. cover%") : "\n");
        for (CoverageRow r : rows) {
            double f = r.forestM2().doubleValue();
            String name = r.districtId().equals(r.districtName()) ? r.districtId() : r.districtId() + " " + r.districtName();
            if (name.length() > 16) {
                name = name.substring(0, 16);
            }
            sb.append(String.format(Locale.ROOT, "%-6d %-16s %10s %12.3f %14.0f %10s", r.year(), name,
                    pct(r.coveragePct()), AreaUnits.km2(f), AreaUnits.mu(f), pct(r.observedPct())));
            sb.append(filled ? String.format(Locale.ROOT, " %8s %12s%n", pct(r.filledPct()), pct(r.coverageObservedPct()))
                    : "\n");
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
