package org.forestcoverage.plan;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.sums.CoverageSums;

/**
 * The check after the tiles and before any output: a year whose scenes left no pixel of any district observed (every
 * pixel masked, nodata or undecided) is an error naming the year and each scene's mask and water sources, not a table
 * of {@code n/a}. The scenes are known to reach the districts (the plan refuses a year whose scenes miss them all), so
 * nothing observed means the masks took everything: a mask option that masks every pixel, a wrong nodata. Stateless.
 *
 * <pre>{@code
 * ObservationCheck.requireObserved(plan, sums);   // throws NothingObservedException
 * }</pre>
 */
public final class ObservationCheck {
    private ObservationCheck() {
    }

    /** A year with no observed pixel in any district; the message names the year and its scenes' sources. */
    public static final class NothingObservedException extends RuntimeException {
        NothingObservedException(String message) {
            super(message);
        }
    }

    /**
     * @throws NothingObservedException for the first year of {@code plan} whose {@code sums} hold no forest,
     *                                  non-forest or water pixel in any district
     */
    public static void requireObserved(AnalysisPlan plan, CoverageSums sums) {
        for (int y = 0; y < plan.years().size(); y++) {
            long observed = 0;
            for (int d = 1; d <= sums.districts(); d++) {
                // what the year saw itself: classes filled from other years (a land denominator) do not count
                for (int c : new int[] {LandClass.FOREST, LandClass.NON_FOREST, LandClass.WATER}) {
                    observed += sums.px(y, d, c) - sums.px(y, d, CoverageSums.FILLED, c);
                }
            }
            if (observed == 0) {
                List<String> scenes = new ArrayList<>();
                for (ScenePlan s : plan.years().get(y).scenes()) {
                    scenes.add(s.id() + " (mask: " + s.sources().mask() + "; water: " + s.sources().water() + ")");
                }
                throw new NothingObservedException("year " + plan.year(y) + ": no pixel of any district is observed;"
                        + " the masks, nodata and water sources of its scene(s) " + String.join(", ", scenes)
                        + " leave none (check maskFlags, maskConfidence, maskValues, nodata and water; a table of n/a"
                        + " would say nothing)");
            }
        }
    }
}
