/**
 * A tile's path through the layers in one task ({@link org.forestcoverage.tile.TilePipeline}): zone mask, band reads
 * (aligned or warped, from {@code io.gdal}), the year's kernel, the district sums, the optional map tiles. Uses plan,
 * raster, io.gdal, kernel, zones and sums; no Spark.
 */
package org.forestcoverage.tile;
