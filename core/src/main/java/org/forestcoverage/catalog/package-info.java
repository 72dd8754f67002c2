/**
 * The scene catalogue: products submitted year by year, each checked before it is recorded (bands readable to the
 * last block, CRS and geotransform, scaling, acquisition date, footprint of valid data, cloud share, SHA-256 of every
 * file), and the selection of the scenes an analysis uses. Storage sits behind {@link CatalogStore} (GeoPackage or
 * PostgreSQL/PostGIS through OGR, in {@code io.gdal}); product formats behind {@link ProductReader}. Depends on
 * {@code scene}, {@code sensor}, {@code provenance}, {@code io.gdal} (raster reads) and JTS.
 */
package org.forestcoverage.catalog;
