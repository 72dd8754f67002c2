/**
 * The databases of the scene catalogue and the results store, through OGR (part of the GDAL layer: the only other
 * package that imports {@code org.gdal}): one GeoPackage file or PostgreSQL/PostGIS database
 * ({@link org.forestcoverage.io.gdal.store.OgrDatabase}) holding the catalogue
 * ({@link org.forestcoverage.io.gdal.store.OgrCatalog}, a {@link org.forestcoverage.catalog.CatalogStore}), the per
 * tile-year sums ({@link org.forestcoverage.io.gdal.store.OgrTileSums}, a
 * {@link org.forestcoverage.sums.TileSumsStore}) and the year history
 * ({@link org.forestcoverage.io.gdal.store.OgrYearHistory}, a {@link org.forestcoverage.provenance.YearHistory}).
 * Each write is one transaction; tables are created when missing and no other table is touched. Instances belong to
 * one thread. Uses io.gdal (the runtime), catalog, sums and provenance.
 */
package org.forestcoverage.io.gdal.store;
