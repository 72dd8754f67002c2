/**
 * The scene catalogue: products submitted year by year, each checked before it is recorded (bands readable to the
 * last block, CRS and geotransform, scaling, acquisition date, footprint of valid data, cloud share over the product and
 * over the districts, SHA-256 of every file), and the selection of the scenes an analysis uses. Storage sits behind
 * {@link org.forestcoverage.catalog.CatalogStore} (GeoPackage or PostgreSQL/PostGIS through OGR, in {@code io.gdal});
 * product kinds behind {@link org.forestcoverage.catalog.ProductReader}, one per kind and each on the parser the
 * manifest uses: Landsat folders (MTL, {@code sensor}), Sentinel-2 {@code .SAFE} ({@code sensor}), STAC items
 * ({@code stac}), band files with a sidecar ({@code scene}'s manifest entry reader). Depends on {@code scene},
 * {@code sensor}, {@code stac}, {@code zones} (the pixel-centre rule for the districts' cloud share),
 * {@code provenance}, {@code io.gdal} (raster reads, CRSs) and JTS.
 */
package org.forestcoverage.catalog;
