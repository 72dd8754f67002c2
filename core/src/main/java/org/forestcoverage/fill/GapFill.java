package org.forestcoverage.fill;

import org.forestcoverage.kernel.LandClass;

/**
 * Fills each year's unobserved pixels of one tile from the composite of the nearest year that observed them.
 *
 * <pre>{@code
 * byte[][] classes = ...;            // per year index, the tile's classes (LandClass codes)
 * byte[][] filled = new byte[years.length][n];
 * GapFill.fill(new int[] {2020, 2021, 2023}, classes, n, filled);
 * }</pre>
 *
 * <p>For a pixel {@link LandClass#UNOBSERVED} in year t, the years that observed it (any other class) are searched by
 * distance |t - u| in calendar years; at equal distance the earlier year wins (the state before, not after). The pixel
 * takes that year's class (forest, non-forest or water) and {@code filled[t][p]} records the distance (1..255; 0 for a
 * pixel observed in t or observed in no year, which stays unobserved). The classes a year observed are never changed.
 * Stateless and thread-safe.
 */
public final class GapFill {

    private GapFill() {
    }

    /**
     * @param years   the calendar years, ascending and distinct (index = year index of {@code classes})
     * @param classes per year index, the tile's classes, filled in place
     * @param n       pixels of the tile (the arrays may be longer)
     * @param filled  per year index, receives the distance in years to the year a pixel was filled from, or 0
     * @return pixels filled, over all years
     */
    public static long fill(int[] years, byte[][] classes, int n, byte[][] filled) {
        int y = years.length;
        if (classes.length != y || filled.length != y) {
            throw new IllegalArgumentException(y + " years but " + classes.length + " class and " + filled.length
                    + " flag arrays");
        }
        for (int t = 1; t < y; t++) {
            if (years[t] <= years[t - 1]) {
                throw new IllegalArgumentException("years must ascend: " + years[t - 1] + ", " + years[t]);
            }
        }
        byte[] seenClass = new byte[y];
        long count = 0;
        for (int p = 0; p < n; p++) {
            // the classes the years observed, so that filling year t never feeds year t + 1
            boolean anyMissing = false;
            boolean anySeen = false;
            for (int t = 0; t < y; t++) {
                seenClass[t] = classes[t][p];
                filled[t][p] = 0;
                boolean seen = seenClass[t] != LandClass.UNOBSERVED;
                anyMissing |= !seen;
                anySeen |= seen;
            }
            if (!anyMissing || !anySeen) {
                continue;
            }
            for (int t = 0; t < y; t++) {
                if (seenClass[t] != LandClass.UNOBSERVED) {
                    continue;
                }
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int u = 0; u < y; u++) {
                    int d = Math.abs(years[u] - years[t]);
                    // u ascends, so at equal distance the earlier year is found first and kept
                    if (seenClass[u] != LandClass.UNOBSERVED && d < bestDistance) {
                        best = u;
                        bestDistance = d;
                    }
                }
                classes[t][p] = seenClass[best];
                filled[t][p] = (byte) Math.min(255, bestDistance);
                count++;
            }
        }
        return count;
    }
}
