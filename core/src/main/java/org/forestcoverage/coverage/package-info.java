/**
 * Exact fractional pixel coverage of polygons and true pixel areas.
 *
 * <p>The coverage pipeline is split into steps that can be tested on their own, in the spirit of
 * exactextract:
 * <ol>
 *   <li>grid: the analysis {@link org.forestcoverage.grid.GridSpec} defines the pixel frame and a
 *       {@link org.forestcoverage.grid.PixelWindow} (usually one tile) the cells wanted; ring vertices are converted
 *       to pixel units of the whole grid ({@code u} grows east, {@code v} grows south), never of the window, so a
 *       pixel's fraction is the same whatever tile it is computed in, and precision does not depend on the size of
 *       map coordinates;</li>
 *   <li>{@link org.forestcoverage.coverage.CellTraversal}: cuts each ring edge at row and column boundaries into
 *       pieces, one per crossed cell;</li>
 *   <li>{@link org.forestcoverage.coverage.FractionAccumulator}: sums the signed area of each piece into its cell
 *       and the cells to its right (trapezoid decomposition plus a prefix sum along each row), so interior cells get
 *       exactly 1 without any per-pixel geometry;</li>
 *   <li>{@link org.forestcoverage.coverage.PolygonRings}: adds shells and subtracts holes, whatever the input
 *       orientation, and returns a {@link org.forestcoverage.coverage.CoverageMatrix}.</li>
 * </ol>
 * Fractions are planar in the grid's CRS (for geographic grids, in degrees); weight them with
 * {@link org.forestcoverage.coverage.PixelArea} to get areas. Uses {@code grid} and JTS; no GDAL, no Spark.
 */
package org.forestcoverage.coverage;
