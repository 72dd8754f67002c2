package org.forestcoverage.qa;

import java.util.List;

/**
 * The result of a {@link ThresholdCalibration} sweep: one row per threshold (ascending), the recommended row under
 * {@code criterion} with a one-sentence reason, and the plots that could not be used because their pixel was
 * unobserved. Immutable.
 *
 * @param criterion          what was maximised
 * @param rows               one row per threshold, ascending
 * @param recommended        the chosen row (one of {@code rows})
 * @param reason             why it was chosen, e.g. for the run record
 * @param observedPlots      plots with an NDVI value, used in every row
 * @param unobservedPlotIds  plots with NaN NDVI, not used
 */
public record CalibrationResult(CalibrationCriterion criterion, List<ThresholdRow> rows, ThresholdRow recommended,
                                String reason, int observedPlots, List<String> unobservedPlotIds) {

    public CalibrationResult {
        rows = List.copyOf(rows);
        unobservedPlotIds = List.copyOf(unobservedPlotIds);
    }

    public int unobservedPlots() {
        return unobservedPlotIds.size();
    }
}
