/**
 * The only package that imports {@code org.gdal}: {@link org.forestcoverage.io.gdal.GdalRuntime} (natives,
 * drivers, cache, version check), {@link org.forestcoverage.io.gdal.GdalRaster} (read windows into primitive
 * arrays), {@link org.forestcoverage.io.gdal.GeoTiffWriter}, CRS helpers and the OGR district reader.
 * Every dataset is an {@link java.lang.AutoCloseable} closed with {@code delete()}; one per thread.
 */
package org.forestcoverage.io.gdal;
