package org.forestcoverage.qa;

/**
 * A plot placed on a raster: its point in the raster's CRS and the pixel holding it, or {@code col = row = -1} when
 * the point is outside the raster or could not be transformed into its CRS (then {@code mapX}/{@code mapY} may be
 * NaN).
 *
 * @param plot     the plot as read
 * @param location where it is in its file ({@code line 7}, {@code feature 3})
 * @param mapX     x in the raster's CRS
 * @param mapY     y in the raster's CRS
 * @param col      raster column, or -1
 * @param row      raster row, or -1
 */
public record PlacedPlot(Plot plot, String location, double mapX, double mapY, int col, int row) {

    /** True when the plot lies on a pixel of the raster. */
    public boolean inside() {
        return col >= 0 && row >= 0;
    }
}
