package org.forestcoverage.qa;

import java.math.BigDecimal;

/**
 * The outcome of mapping the observed plots as forest where {@code NDVI >= threshold}: the 2 x 2 counts (map x
 * reference) and measures derived from them. Plot-based and unweighted (every plot counts once). Accuracies are
 * fractions, coverages percent; NaN where a denominator is zero.
 *
 * @param threshold                forest iff NDVI >= threshold (exact decimal)
 * @param mapForestRefForest       plots mapped forest, reference forest
 * @param mapForestRefNonForest    plots mapped forest, reference non-forest (commission)
 * @param mapNonForestRefForest    plots mapped non-forest, reference forest (omission)
 * @param mapNonForestRefNonForest plots mapped non-forest, reference non-forest
 */
public record ThresholdRow(BigDecimal threshold, int mapForestRefForest, int mapForestRefNonForest,
                           int mapNonForestRefForest, int mapNonForestRefNonForest) {

    /** Observed plots. */
    public int plots() {
        return mapForestRefForest + mapForestRefNonForest + mapNonForestRefForest + mapNonForestRefNonForest;
    }

    /** Share of plots whose mapped class equals the reference. */
    public double overallAccuracy() {
        return ratio(mapForestRefForest + mapNonForestRefNonForest, plots());
    }

    /** Forest user's accuracy: share of plots mapped forest that are forest. */
    public double forestUsersAccuracy() {
        return ratio(mapForestRefForest, mapForestRefForest + mapForestRefNonForest);
    }

    /** Forest producer's accuracy: share of forest plots mapped forest. */
    public double forestProducersAccuracy() {
        return ratio(mapForestRefForest, mapForestRefForest + mapNonForestRefForest);
    }

    /** F1 of forest, 2 TP / (2 TP + FP + FN); NaN when no plot is forest in the map or the reference. */
    public double forestF1() {
        return ratio(2 * mapForestRefForest, 2 * mapForestRefForest + mapForestRefNonForest + mapNonForestRefForest);
    }

    /** Plot-based coverage of the map: plots mapped forest / observed plots, percent. */
    public double mappedCoveragePercent() {
        return 100 * ratio(mapForestRefForest + mapForestRefNonForest, plots());
    }

    /** Plot-based coverage of the reference: forest plots / observed plots, percent (the same for every threshold). */
    public double referenceCoveragePercent() {
        return 100 * ratio(mapForestRefForest + mapNonForestRefForest, plots());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
