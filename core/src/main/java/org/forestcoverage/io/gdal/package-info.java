/**
 * The only package that imports {@code org.gdal}: {@link org.forestcoverage.io.gdal.GdalRuntime} (natives,
 * drivers, cache, version check), {@link org.forestcoverage.io.gdal.GdalRaster} (read windows into primitive
 * arrays), {@link org.forestcoverage.io.gdal.GeoTiffWriter}, CRS helpers, the OGR district reader and
 * {@link org.forestcoverage.io.gdal.RasterSampler} (point values, tile scans and point transformation for QA).
 * Every dataset is an {@link java.lang.AutoCloseable} closed with {@code delete()}; one per thread.
 */
package org.forestcoverage.io.gdal;
