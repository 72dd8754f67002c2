package org.forestcoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.sums.AreaUnits;
import org.forestcoverage.sums.CoverageRow;

/**
 * Writes {@code coverage.csv}: one row per (year, district) and one per year with district {@code ALL}.
 * Columns (fixed so that scripts can rely on them): {@code year, district, name, forest_px, observed_px,
 * unobserved_px, total_px, forest_m2, observed_m2, unobserved_m2, total_m2, coverage_pct, water_px, water_m2,
 * land_m2, forest_ha, forest_km2, forest_mu, observed_pct, coverage_observed_pct, filled_m2, filled_pct,
 * mmu_removed_m2}. Coverage is forest over the land of the year's map ({@link CoverageRow}): with gap filling,
 * {@code filled_m2} (land filled from other years) is part of it, {@code filled_pct} its share of the land, and
 * {@code coverage_observed_pct} the figure over the land observed that year; {@code observed} and {@code unobserved}
 * are what the year itself saw. {@code mmu_removed_m2} is forest the minimum mapping unit turned non-forest (part of
 * the non-forest land). A definition with rule layers adds one column per layer at the end ({@code
 * designated_shrubland_m2} for {@code china}): the non-forest land inside the layer, which the coverage rates count as
 * forest ({@link CoverageRow.RuleArea}). Pixel columns are pixel equivalents, areas are m2
 * with 2 decimals, percentages have 4 decimals; the text is a pure function of the exact sums, so it is
 * byte-identical whatever the tiling or partitioning.
 */
public final class CoverageCsv {
    public static final String HEADER = "year,district,name,forest_px,observed_px,unobserved_px,total_px,forest_m2,"
            + "observed_m2,unobserved_m2,total_m2,coverage_pct,water_px,water_m2,land_m2,forest_ha,forest_km2,"
            + "forest_mu,observed_pct,coverage_observed_pct,filled_m2,filled_pct,mmu_removed_m2";

    private CoverageCsv() {
    }

    public static void write(List<CoverageRow> rows, Path file) {
        try (Writer w = Files.newBufferedWriter(file)) {
            w.write(HEADER);
            for (CoverageRow.RuleArea a : rows.isEmpty() ? List.<CoverageRow.RuleArea>of() : rows.get(0).rules()) {
                w.write(',' + a.column());
            }
            w.write('\n');
            for (CoverageRow r : rows) {
                w.write(line(r));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String line(CoverageRow r) {
        double forestM2 = r.forestM2().doubleValue();
        return String.join(",", Integer.toString(r.year()), quote(r.districtId()), quote(r.districtName()),
                px(r.forestPx()), px(r.observedPx()), px(r.unobservedThisYearPx()), px(r.totalPx()),
                m2(r.forestM2()), m2(r.observedM2()), m2(r.unobservedThisYearM2()), m2(r.totalM2()), pct(r.coveragePct()),
                px(r.waterPx()), m2(r.waterM2()), m2(r.landM2()),
                fixed(AreaUnits.ha(forestM2), 4), fixed(AreaUnits.km2(forestM2), 6), fixed(AreaUnits.mu(forestM2), 2),
                pct(r.observedPct()), pct(r.coverageObservedPct()), m2(r.filledLandM2()), pct(r.filledPct()),
                m2(r.removedM2())) + ruleColumns(r);
    }

    private static String ruleColumns(CoverageRow r) {
        StringBuilder sb = new StringBuilder();
        for (CoverageRow.RuleArea a : r.rules()) {
            sb.append(',').append(m2(a.areaM2()));
        }
        return sb.toString();
    }

    static String px(BigDecimal v) {
        return v.scale() <= 0 ? v.toBigInteger().toString() : v.setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String m2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "NaN" : fixed(v, 4);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
