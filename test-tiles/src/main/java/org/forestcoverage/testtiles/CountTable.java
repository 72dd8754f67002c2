package org.forestcoverage.testtiles;

import java.util.ArrayList;
import java.util.List;

/** Accumulates {@link ExpectedClass} pixels per district index; {@link #counts} turns them into results. */
final class CountTable {
    private final long[][] px;

    CountTable(int districts) {
        px = new long[districts][ExpectedClass.values().length];
    }

    /** Adds one pixel of district {@code zone}; {@code zone < 0} (no district) is ignored. */
    void add(int zone, ExpectedClass c) {
        if (zone >= 0) {
            px[zone][c.ordinal()]++;
        }
    }

    /** One row per district of {@code layout}, in layout order. */
    List<ExpectedCounts> counts(DistrictLayout layout) {
        List<ExpectedCounts> out = new ArrayList<>();
        for (int k = 0; k < px.length; k++) {
            out.add(row(layout.districts().get(k).id(), px[k]));
        }
        return out;
    }

    /** The city row: the sum over all districts. */
    ExpectedCounts city() {
        long[] sum = new long[ExpectedClass.values().length];
        for (long[] z : px) {
            for (int c = 0; c < sum.length; c++) {
                sum[c] += z[c];
            }
        }
        return row(ExpectedCounts.CITY, sum);
    }

    private static ExpectedCounts row(String id, long[] c) {
        long forest = c[ExpectedClass.FOREST.ordinal()];
        long observed = forest + c[ExpectedClass.NON_FOREST.ordinal()];
        long unobserved = c[ExpectedClass.UNOBSERVED.ordinal()];
        return new ExpectedCounts(id, forest, observed, unobserved, observed + unobserved);
    }
}
