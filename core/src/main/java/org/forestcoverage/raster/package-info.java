/**
 * Raster vocabulary shared by I/O and kernels: pixel types, band descriptions, the one value-level validity rule
 * ({@link org.forestcoverage.raster.NodataRule}), a band read onto a tile with its window and coverage
 * ({@link org.forestcoverage.raster.BandTile}, {@link org.forestcoverage.raster.TileCoverage}), the
 * {@link org.forestcoverage.raster.BandSource} interface that fills it and the unchecked
 * {@link org.forestcoverage.raster.RasterException} that names the file. Uses grid and imglib2 (tiles are seen as
 * images wrapping their buffers); no GDAL here.
 */
package org.forestcoverage.raster;
