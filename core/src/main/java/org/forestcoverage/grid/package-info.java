/**
 * Analysis grids and tiles: {@link org.forestcoverage.grid.GridSpec} (CRS, origin, pixel size, size),
 * {@link org.forestcoverage.grid.PixelWindow}, {@link org.forestcoverage.grid.Tiling} and
 * {@link org.forestcoverage.grid.Extent}. Depends on nothing.
 * Coordinates are map units of the grid's CRS; rows grow southwards.
 */
package org.forestcoverage.grid;
