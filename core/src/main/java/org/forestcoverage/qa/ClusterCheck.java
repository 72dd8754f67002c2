package org.forestcoverage.qa;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Warns when plots crowd together without a cluster id: plots of one polygon (every pixel of a labelled polygon used
 * as a plot) or one location are not independent, and treating them as independent narrows the intervals far too
 * much (36 polygons as every pixel gave overall accuracy 0.915 +/- 0.008; their 36 centroids gave 0.783 +/- 0.184).
 *
 * <pre>{@code
 * ClusterCheck.warning(usedPlots, 2020).ifPresent(System.err::println);
 * }</pre>
 *
 * <p>A plot is crowded when another used plot lies on its pixel or one of the 8 around it. The warning is given when at
 * least {@link #MIN_CROWDED} plots and {@link #CROWDED_SHARE} of them are crowded; a probability sample of pixels
 * almost never puts two plots next to each other. Stateless and thread-safe.
 */
public final class ClusterCheck {

    /** Share of crowded plots from which the warning is given. */
    public static final double CROWDED_SHARE = 0.2;
    /** Fewest crowded plots for a warning. */
    public static final int MIN_CROWDED = 5;

    private ClusterCheck() {
    }

    /** The warning for the used plots of {@code year}, if they crowd together. */
    public static Optional<String> warning(List<MapPlot> used, int year) {
        Set<Long> taken = new HashSet<>();
        Set<Long> twice = new HashSet<>();
        for (MapPlot p : used) {
            long key = key(p.placed().col(), p.placed().row());
            if (!taken.add(key)) {
                twice.add(key);
            }
        }
        int crowded = 0;
        for (MapPlot p : used) {
            int c = p.placed().col();
            int r = p.placed().row();
            boolean near = twice.contains(key(c, r));
            for (int dr = -1; dr <= 1 && !near; dr++) {
                for (int dc = -1; dc <= 1 && !near; dc++) {
                    near = (dr != 0 || dc != 0) && taken.contains(key(c + dc, r + dr));
                }
            }
            if (near) {
                crowded++;
            }
        }
        if (crowded >= MIN_CROWDED && crowded >= CROWDED_SHARE * used.size()) {
            return Optional.of(String.format(Locale.ROOT, "%d of the %d plots used in %d lie on or next to another"
                    + " plot's pixel: plots of one polygon or location are not independent and their intervals come out"
                    + " too narrow; give the plots a cluster column (the polygon or visit id) for a cluster-aware"
                    + " variance", crowded, used.size(), year));
        }
        return Optional.empty();
    }

    private static long key(int col, int row) {
        return ((long) row << 32) ^ (col & 0xFFFFFFFFL);
    }
}
