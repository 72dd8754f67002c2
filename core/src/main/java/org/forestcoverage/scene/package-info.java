/**
 * What a scene is for the analysis: band references, calibration to reflectance, quality bands and mask
 * rules, the JSON scene manifest that lists them per year (unknown keys refused, with the closest known one
 * suggested: {@link org.forestcoverage.scene.ManifestKeys}), and the checks of a scene against its band headers
 * before any tile is read ({@link org.forestcoverage.scene.SceneChecks}). Uses grid, raster and sensor.
 */
package org.forestcoverage.scene;
