/**
 * STAC items as scenes: a manifest entry {@code {"stac": "item.json"}} names a STAC Item (a local JSON file, or any
 * path GDAL reads through an {@link org.forestcoverage.stac.ItemSource}) of a Landsat Collection 2 Level-2 or a
 * Sentinel-2 L2A scene, in the shape Earth Search, Planetary Computer and USGS serve. {@link
 * org.forestcoverage.stac.StacItem} parses and checks the item; {@link org.forestcoverage.stac.StacScenes} finds its
 * assets by common name ({@code eo:bands}) or key, turns it into a {@link org.forestcoverage.sensor.SceneRequest} for the
 * matching preset, and checks the {@code raster:bands} scale and offset against the product's own metadata (MTL,
 * {@code MTD_MSIL2A.xml}) when that is a local file: a disagreement is refused naming both values. Uses sensor and scene,
 * Jackson; no GDAL, no Spark. Immutable and thread-safe.
 */
package org.forestcoverage.stac;
