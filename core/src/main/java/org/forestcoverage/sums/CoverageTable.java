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
        List<CoverageRow> out = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            long[] cityPx = new long[LandClass.COUNT];
            long[] cityMm2 = new long[LandClass.COUNT];
            for (District d : districts) {
                int z = d.index() + 1;
                long[] p = new long[LandClass.COUNT];
                long[] a = new long[LandClass.COUNT];
                for (int c = 0; c < LandClass.COUNT; c++) {
                    p[c] = sums.px(y, z, c);
                    a[c] = sums.mm2(y, z, c);
                    cityPx[c] += p[c];
                    cityMm2[c] += a[c];
                }
                out.add(row(years.get(y), d.id(), d.name(), p, a));
            }
            out.add(row(years.get(y), CoverageRow.CITY, "city", cityPx, cityMm2));
        }
        return out;
    }

    private static CoverageRow row(int year, String id, String name, long[] px, long[] mm2) {
        return new CoverageRow(year, id, name,
                pixels(px[LandClass.FOREST]), pixels(px[LandClass.NON_FOREST]), pixels(px[LandClass.WATER]),
                pixels(px[LandClass.UNOBSERVED]),
                m2(mm2[LandClass.FOREST]), m2(mm2[LandClass.NON_FOREST]), m2(mm2[LandClass.WATER]),
                m2(mm2[LandClass.UNOBSERVED]));
    }

    /** Exact pixel equivalents of a fixed-point count. */
    static BigDecimal pixels(long units) {
        return new BigDecimal(units).divide(BigDecimal.valueOf(CoverageSums.PX_UNIT)).stripTrailingZeros();
    }

    static BigDecimal m2(long mm2) {
        return BigDecimal.valueOf(mm2, 6).stripTrailingZeros();
    }
}
