package org.forestcoverage.qa;

import java.util.List;
import java.util.Map;

/**
 * The QA of one year's forest map: the city first, then each district with enough plots, every plot with its
 * status, and the districts left out for having fewer than the minimum number of plots (id -> plots used).
 *
 * @param year                the map's year
 * @param map                 the forest-class raster
 * @param areas               {@code ALL} first, then districts in file order
 * @param plots               every plot, in file order
 * @param belowMinimum        districts with fewer used plots than the minimum, id -> used plots, in file order
 * @param minPlots            the minimum number of used plots for a district to be reported
 */
public record YearQa(int year, String map, List<AreaQa> areas, List<MapPlot> plots, Map<String, Integer> belowMinimum,
                     int minPlots) {

    public YearQa {
        areas = List.copyOf(areas);
        plots = List.copyOf(plots);
        belowMinimum = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(belowMinimum));
    }

    /** The city row. */
    public AreaQa city() {
        return areas.get(0);
    }

    /** The row of {@code area}. @throws IllegalArgumentException if it was not reported */
    public AreaQa area(String area) {
        for (AreaQa a : areas) {
            if (a.area().equals(area)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no QA row for area '" + area + "' in " + year);
    }
}
