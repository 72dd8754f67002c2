/**
 * Raster vocabulary shared by I/O and kernels: pixel types, band descriptions and the unchecked
 * {@link org.forestcoverage.raster.RasterException} that names the file. No GDAL here.
 */
package org.forestcoverage.raster;
