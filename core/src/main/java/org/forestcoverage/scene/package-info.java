/**
 * What a scene is for the analysis: band references, calibration to reflectance, quality bands and mask
 * rules, and the JSON scene manifest that lists them per year.
 */
package org.forestcoverage.scene;
