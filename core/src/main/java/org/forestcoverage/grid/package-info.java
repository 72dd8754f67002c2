/**
 * Analysis grids and tiles: {@link org.forestcoverage.grid.GridSpec} (CRS, origin, pixel size, size),
 * {@link org.forestcoverage.grid.PixelWindow} and {@link org.forestcoverage.grid.Tiling}. Depends on nothing.
 * Coordinates are map units of the grid's CRS; rows grow southwards.
 */
package org.forestcoverage.grid;
