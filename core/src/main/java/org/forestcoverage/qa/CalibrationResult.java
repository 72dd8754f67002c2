package org.forestcoverage.qa;

import java.util.List;
import org.forestcoverage.survey.Estimate;

/**
 * The result of a {@link ThresholdCalibration} sweep: one row per threshold (ascending), the recommended row under
 * {@code criterion} with a one-sentence reason, the plots that could not be used because their pixel was unobserved,
 * the design-based reference coverage and the warnings to show. Immutable.
 *
 * @param criterion          what was maximised
 * @param rows               one row per threshold, ascending
 * @param recommended        the chosen row (one of {@code rows})
 * @param reason             why it was chosen, e.g. for the run record
 * @param observedPlots      plots with an NDVI value, used in every row
 * @param unobservedPlotIds  plots with NaN NDVI, not used
 * @param referenceCoverage  design-based share of forest among the observed plots' population, percent, SE in pp
 * @param weighting          how the plots were weighted, in words
 * @param warnings           e.g. the recommendation lies at the edge of the sweep
 */
public record CalibrationResult(CalibrationCriterion criterion, List<ThresholdRow> rows, ThresholdRow recommended,
                                String reason, int observedPlots, List<String> unobservedPlotIds,
                                Estimate referenceCoverage, String weighting, List<String> warnings) {

    public CalibrationResult {
        rows = List.copyOf(rows);
        unobservedPlotIds = List.copyOf(unobservedPlotIds);
        warnings = List.copyOf(warnings);
    }

    public int unobservedPlots() {
        return unobservedPlotIds.size();
    }
}
