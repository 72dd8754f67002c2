package org.forestcoverage.qa;

import java.math.BigDecimal;
import org.forestcoverage.survey.Estimate;

/**
 * The outcome of mapping the observed plots as forest where {@code NDVI >= threshold}: the plot counts (map x
 * reference) as drawn, and the accuracies estimated with the plots' design weights ({@link PlotWeighting}: the strata
 * of {@code forest sample}, inclusion probabilities, or equal weights), plus the coverage of the whole NDVI map at this
 * threshold. Accuracies are fractions, coverages percent; NaN where undefined.
 *
 * @param threshold                forest iff NDVI >= threshold (exact decimal)
 * @param mapForestRefForest       plots mapped forest, reference forest
 * @param mapForestRefNonForest    plots mapped forest, reference non-forest (commission)
 * @param mapNonForestRefForest    plots mapped non-forest, reference forest (omission)
 * @param mapNonForestRefNonForest plots mapped non-forest, reference non-forest
 * @param overall                  design-based overall accuracy with its standard error
 * @param forestUsersAccuracy      design-based share of the area mapped forest that is forest
 * @param forestProducersAccuracy  design-based share of the forest that is mapped forest
 * @param forestF1                 2 p_ff / (2 p_ff + p_fn + p_nf) of the estimated area shares
 * @param mappedCoveragePercent    share of the map's observed area with NDVI >= threshold, percent (NaN without a map)
 */
public record ThresholdRow(BigDecimal threshold, int mapForestRefForest, int mapForestRefNonForest,
                           int mapNonForestRefForest, int mapNonForestRefNonForest, Estimate overall,
                           double forestUsersAccuracy, double forestProducersAccuracy, double forestF1,
                           double mappedCoveragePercent) {

    /** Observed plots. */
    public int plots() {
        return mapForestRefForest + mapForestRefNonForest + mapNonForestRefForest + mapNonForestRefNonForest;
    }

    /** Design-based overall accuracy (the estimate's value). */
    public double overallAccuracy() {
        return overall.value();
    }

    /** 95 % half-width of the overall accuracy, 1.96 SE. */
    public double overallCiHalfWidth() {
        return overall.ciHalfWidth();
    }
}
