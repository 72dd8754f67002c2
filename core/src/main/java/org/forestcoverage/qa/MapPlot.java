package org.forestcoverage.qa;

/**
 * A plot checked against one year's forest map: where it fell, what the map says there and whether it is used.
 *
 * @param placed   the plot and its pixel
 * @param mapClass the map's {@code LandClass} code at the plot's pixel, or -1 when not read (outside the raster,
 *                 other year)
 * @param district the id of the district holding the plot's point, or null (no districts, or in none)
 * @param status   {@link PlotStatus#USED} or why not
 */
public record MapPlot(PlacedPlot placed, int mapClass, String district, PlotStatus status) {

    public Plot plot() {
        return placed.plot();
    }

    public String id() {
        return placed.plot().id();
    }
}
