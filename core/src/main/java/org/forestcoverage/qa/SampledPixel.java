package org.forestcoverage.qa;

/**
 * A pixel drawn by a stratified sample: its position in the raster, its stratum and map class.
 *
 * @param col      raster column
 * @param row      raster row
 * @param stratum  the stratum it was drawn from
 * @param mapClass its {@code LandClass} code (forest or non-forest)
 * @param district the district holding its centre, or null without districts
 */
public record SampledPixel(int col, int row, StratumKey stratum, int mapClass, String district) {
}
