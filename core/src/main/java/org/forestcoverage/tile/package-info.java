/**
 * A tile's path through the layers in one task ({@link org.forestcoverage.tile.TilePipeline}): zone mask, band reads
 * (aligned or warped, from {@code io.gdal}) and each scene's water source, the year's kernel, gap filling and the
 * minimum mapping unit of the forest definition ({@code fill}, {@code patch}), the definition's rule layers read
 * onto the tile ({@link org.forestcoverage.tile.RuleReader}) and counted by class after the unit, the district sums,
 * the optional map tiles; and what the tasks return to the driver ({@link org.forestcoverage.tile.TileSums}: the sums
 * and the patches crossing tile edges, judged whole on the driver). Uses plan, raster, io.gdal, kernel, zones, fill,
 * patch and sums; no Spark.
 */
package org.forestcoverage.tile;
