/**
 * What the yearly maps mean to someone looking at them or indexing them: the maps {@code analyze --maps} writes and
 * what their values mean ({@link org.forestcoverage.maps.MapLayer}), their STAC catalogue ({@link
 * org.forestcoverage.maps.MapCatalog}: {@code catalog.json} and one Item per year, written from plain values), the class
 * legend (code, name, colour) that the
 * GeoTIFF's colour table and category names, the QGIS style file beside each map and the report's map previews all
 * take from {@link org.forestcoverage.maps.ForestLegend}, and the QGIS style writer {@link
 * org.forestcoverage.maps.QgisStyle}. Uses {@code kernel} (the class codes), {@code sensor} (the sensor
 * codes), {@code grid} and Jackson; no GDAL, no Spark.
 */
package org.forestcoverage.maps;
