package org.forestcoverage.sums;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.zones.District;

/**
 * Turns {@link CoverageSums} into rows: one per (year, district) and one per year for the city
 * ({@link CoverageRow#CITY}), the city being the sum of the districts' areas, never a mean of percentages.
 */
public final class CoverageTable {
    private CoverageTable() {
    }

    public static List<CoverageRow> rows(CoverageSums sums, List<Integer> years, List<District> districts) {
        return rows(sums, years, districts, List.of());
    }

    /**
     * The rows, with one {@link CoverageRow.RuleArea} per column of {@code ruleColumns} (the definition's rule layers,
     * in the order of the sums' rule layers; a layer given no file has zero area).
     */
    public static List<CoverageRow> rows(CoverageSums sums, List<Integer> years, List<District> districts,
                                         List<String> ruleColumns) {
        if (ruleColumns.size() != sums.rules()) {
            throw new IllegalArgumentException(ruleColumns.size() + " rule columns for sums of " + sums.rules()
                    + " rule layers");
        }
        int n = FIGURES + 2 * ruleColumns.size();
        List<CoverageRow> out = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            long[] city = new long[n];
            for (District d : districts) {
                long[] f = figures(sums, y, d.index() + 1, ruleColumns.size());
                for (int i = 0; i < n; i++) {
                    city[i] += f[i];
                }
                out.add(row(years.get(y), d.id(), d.name(), f, ruleColumns));
            }
            out.add(row(years.get(y), CoverageRow.CITY, "city", city, ruleColumns));
        }
        return out;
    }

    /**
     * Figures of one zone: per class pixel units then mm2, then filled units and mm2 per class, then removed mm2, then
     * per rule layer its non-forest mm2 and the filled part of it.
     */
    private static final int C = LandClass.COUNT;
    private static final int FIGURES = 4 * C + 1;

    private static long[] figures(CoverageSums sums, int y, int z, int rules) {
        long[] f = new long[FIGURES + 2 * rules];
        for (int c = 0; c < C; c++) {
            f[c] = sums.px(y, z, c);
            f[C + c] = sums.mm2(y, z, c);
            f[2 * C + c] = sums.px(y, z, CoverageSums.FILLED, c);
            f[3 * C + c] = sums.mm2(y, z, CoverageSums.FILLED, c);
        }
        f[4 * C] = sums.mm2(y, z, CoverageSums.REMOVED, LandClass.FOREST);
        for (int i = 0; i < rules; i++) {
            f[FIGURES + 2 * i] = sums.mm2(y, z, CoverageSums.rule(i), LandClass.NON_FOREST);
            f[FIGURES + 2 * i + 1] = sums.mm2(y, z, CoverageSums.ruleFilled(i), LandClass.NON_FOREST);
        }
        return f;
    }

    private static CoverageRow row(int year, String id, String name, long[] f, List<String> ruleColumns) {
        List<CoverageRow.RuleArea> rules = new ArrayList<>();
        for (int i = 0; i < ruleColumns.size(); i++) {
            long all = f[FIGURES + 2 * i];
            rules.add(new CoverageRow.RuleArea(ruleColumns.get(i), m2(all), m2(all - f[FIGURES + 2 * i + 1])));
        }
        long filledPx = f[2 * C + LandClass.FOREST] + f[2 * C + LandClass.NON_FOREST] + f[2 * C + LandClass.WATER];
        return new CoverageRow(year, id, name,
                pixels(f[LandClass.FOREST]), pixels(f[LandClass.NON_FOREST]), pixels(f[LandClass.WATER]),
                pixels(f[LandClass.UNOBSERVED]),
                m2(f[C + LandClass.FOREST]), m2(f[C + LandClass.NON_FOREST]), m2(f[C + LandClass.WATER]),
                m2(f[C + LandClass.UNOBSERVED]),
                pixels(filledPx), m2(f[3 * C + LandClass.FOREST]),
                m2(f[3 * C + LandClass.FOREST] + f[3 * C + LandClass.NON_FOREST]), m2(f[3 * C + LandClass.WATER]),
                m2(f[4 * C]), rules);
    }

    /** Exact pixel equivalents of a fixed-point count. */
    static BigDecimal pixels(long units) {
        return new BigDecimal(units).divide(BigDecimal.valueOf(CoverageSums.PX_UNIT)).stripTrailingZeros();
    }

    static BigDecimal m2(long mm2) {
        return BigDecimal.valueOf(mm2, 6).stripTrailingZeros();
    }
}
