package org.forestcoverage.report;

import java.util.List;
import java.util.Locale;
import org.forestcoverage.sums.AreaUnits;
import org.forestcoverage.sums.CoverageRow;

/** A fixed-width text table of coverage rows for the console: coverage %, forest km2 and mu, observed %. */
public final class SummaryTable {
    private SummaryTable() {
    }

    public static String format(List<CoverageRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %-16s %10s %12s %14s %10s%n", "year", "district", "coverage%",
                "forest km2", "forest mu", "observed%"));
        for (CoverageRow r : rows) {
            double f = r.forestM2().doubleValue();
            String name = r.districtId().equals(r.districtName()) ? r.districtId() : r.districtId() + " " + r.districtName();
            if (name.length() > 16) {
                name = name.substring(0, 16);
            }
            sb.append(String.format(Locale.ROOT, "%-6d %-16s %10s %12.3f %14.0f %10s%n", r.year(), name,
                    pct(r.coveragePct()), AreaUnits.km2(f), AreaUnits.mu(f), pct(r.observedPct())));
        }
        return sb.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
