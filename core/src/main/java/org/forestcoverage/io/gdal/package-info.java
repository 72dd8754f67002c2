/**
 * The only package that imports {@code org.gdal}: {@link org.forestcoverage.io.gdal.GdalRuntime} (natives,
 * drivers, cache, version check), {@link org.forestcoverage.io.gdal.GdalRaster} (read windows into primitive
 * arrays), {@link org.forestcoverage.io.gdal.GeoTiffWriter}, CRS helpers, the OGR district reader and
 * {@link org.forestcoverage.io.gdal.RasterSampler} (point values, tile scans and point transformation for QA),
 * the map mosaic (with the forest map's NoData, colour table and category names, and QGIS styles beside the maps)
 * and {@link org.forestcoverage.io.gdal.DistrictLayer} (districts with attributes as a GeoPackage, and back).
 * Every dataset is an {@link java.lang.AutoCloseable} closed with {@code delete()}; one per thread.
 */
package org.forestcoverage.io.gdal;
