/**
 * The only package that imports {@code org.gdal}: {@link org.forestcoverage.io.gdal.GdalRuntime} (natives, drivers,
 * block cache, version check), {@link org.forestcoverage.io.gdal.GdalRaster} (headers, windows into primitive
 * arrays), the two {@link org.forestcoverage.raster.BandSource}s ({@link org.forestcoverage.io.gdal.AlignedRead},
 * {@link org.forestcoverage.io.gdal.WarpedRead}) over a task's {@link org.forestcoverage.io.gdal.OpenRasters},
 * {@link org.forestcoverage.io.gdal.ProjTransform} (exact PROJ point transforms for {@code warp}),
 * {@link org.forestcoverage.io.gdal.GeoTiffWriter} and {@link org.forestcoverage.io.gdal.MapMosaic} (with the forest
 * map's NoData, colour table and category names, and QGIS styles beside the maps),
 * {@link org.forestcoverage.io.gdal.Crs} (OSR facts as plain values), {@link org.forestcoverage.io.gdal.MapPlace} (the
 * maps' CRS and WGS84 outline for their STAC items), the OGR
 * {@link org.forestcoverage.io.gdal.DistrictReader}, {@link org.forestcoverage.io.gdal.DistrictGeoPackage} (districts with
 * attributes as a GeoPackage, and back) and {@link org.forestcoverage.io.gdal.RasterSampler} (point values and tile
 * scans of one-band maps), and the OGR databases of the scene catalogue and the results store
 * ({@link org.forestcoverage.io.gdal.store.OgrCatalog}, {@link org.forestcoverage.io.gdal.store.OgrTileSums},
 * {@link org.forestcoverage.io.gdal.store.OgrYearHistory} over one GeoPackage or PostgreSQL database). Every dataset and OSR
 * object is closed with {@code delete()} by the class that made it; datasets belong to one thread. Uses grid, raster,
 * warp, scene, coverage (CRS units), zones (districts) and maps (legend, map layers, the catalogue's place); the stores implement the interfaces of catalog, sums and
 * provenance.
 */
package org.forestcoverage.io.gdal;
