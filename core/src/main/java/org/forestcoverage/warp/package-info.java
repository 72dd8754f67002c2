/**
 * Where the pixels of the analysis grid fall in a source raster on another lattice or in another CRS, decided per grid
 * pixel and never per tile: {@link org.forestcoverage.warp.SourceLocator} gives each grid pixel centre its source
 * coordinates (exact transforms on a lattice anchored to the grid, interpolated, with an exact transform wherever the
 * interpolation error could change the nearest source pixel), and {@link org.forestcoverage.warp.PointTransform} is
 * the exact transformation it is given (PROJ, through {@code io.gdal}). Uses grid only; no GDAL here.
 */
package org.forestcoverage.warp;
