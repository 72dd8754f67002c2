package org.forestcoverage.qa;

/**
 * Where a plot lies for a panel: on the raster or not, in which district, and the class the panel's stratifying map
 * gives its pixel (used as its stratum when there is no design file).
 *
 * @param id       the plot id
 * @param inside   whether its point lies on the raster
 * @param district the district holding it, or null (no districts, or in none)
 * @param mapClass the {@code LandClass} of its pixel on the stratifying map, or -1 when not read
 */
public record PlotSite(String id, boolean inside, String district, int mapClass) {
}
