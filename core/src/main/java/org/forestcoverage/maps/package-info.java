/**
 * What the yearly forest maps mean to someone looking at them: the class legend (code, name, colour) that the
 * GeoTIFF's colour table and category names, the QGIS style file beside each map and the report's map previews all
 * take from {@link org.forestcoverage.maps.ForestLegend}, and the QGIS style writer {@link
 * org.forestcoverage.maps.QgisStyle}. Uses {@code kernel} (the class codes); no GDAL, no Spark.
 */
package org.forestcoverage.maps;
