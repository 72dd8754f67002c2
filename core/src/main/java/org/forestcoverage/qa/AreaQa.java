package org.forestcoverage.qa;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QA of one area (the city, {@link SurveyAssessment#CITY}, or a district) in one year: the error matrix of its
 * used plots (rows = map, columns = reference, classes {@link SurveyAssessment#CLASSES}), its mapped strata and, when
 * the design allows it, the Olofsson et al. 2014 stratified assessment; otherwise {@code note} says why not.
 *
 * @param area       {@code ALL} or the district id
 * @param plotsUsed  plots in the matrix
 * @param matrix     counts, rows = map, columns = reference
 * @param mapped     mapped strata of the area
 * @param assessment the stratified estimates, empty when not estimable
 * @param note       why there is no assessment, or empty
 * @param excluded   plot ids not used, by status (for a district: those on unobserved or water pixels in it)
 */
public record AreaQa(String area, int plotsUsed, ErrorMatrix matrix, StratumAreas mapped,
                     Optional<AccuracyAssessment> assessment, String note, Map<PlotStatus, List<String>> excluded) {

    public AreaQa {
        excluded = Map.copyOf(excluded);
    }

    /** Number of excluded plots of {@code status}. */
    public int excludedCount(PlotStatus status) {
        List<String> ids = excluded.get(status);
        return ids == null ? 0 : ids.size();
    }

    /** Excluded ids of {@code status}, possibly empty. */
    public List<String> excludedIds(PlotStatus status) {
        return excluded.getOrDefault(status, List.of());
    }
}
