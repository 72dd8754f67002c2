/**
 * What a scene is for the analysis: band references ({@link org.forestcoverage.scene.BandRole} red, NIR, green, SWIR),
 * calibration to reflectance, quality bands and mask rules, where water comes from
 * ({@link org.forestcoverage.scene.WaterSource}: a water index, a water layer), the record of which sources decided
 * them ({@link org.forestcoverage.scene.SceneProvenance}), the JSON scene manifest that lists them per year (per-band
 * scaling, STAC entries, product folders; unknown keys refused, with the closest known one suggested:
 * {@link org.forestcoverage.scene.ManifestKeys}), and the checks of a scene against its band headers before any tile
 * is read ({@link org.forestcoverage.scene.SceneChecks}). Uses grid, raster, sensor and stac.
 */
package org.forestcoverage.scene;
