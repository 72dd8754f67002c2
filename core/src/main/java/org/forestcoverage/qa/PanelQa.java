package org.forestcoverage.qa;

import java.util.List;
import java.util.Map;
import org.forestcoverage.survey.PanelResult;

/**
 * The panel part of a QA run: coverage per year and change between years from plots re-measured in several years,
 * with the plots left out by reason. Immutable.
 *
 * @param years     the survey years of the panel, ascending
 * @param plots     distinct plots in the panel
 * @param weighting how the plots were weighted ({@link PlotWeighting#describe()}, plus the stratifying map when the
 *                  strata are map classes)
 * @param result    the estimates
 * @param excluded  plot ids left out, by reason ({@code outside_raster}, {@code outside_districts}, {@code no_year},
 *                  {@code unobserved} or {@code water} on the stratifying map)
 */
public record PanelQa(List<Integer> years, int plots, String weighting, PanelResult result,
                      Map<String, List<String>> excluded) {

    public PanelQa {
        years = List.copyOf(years);
        excluded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(excluded));
    }
}
