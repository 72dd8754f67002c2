/**
 * Per-tile kernels on imglib2 images wrapping primitive arrays: NDVI from calibrated red and NIR,
 * quality masks, yearly compositing and forest classification. No GDAL, JTS or Spark here.
 */
package org.forestcoverage.kernel;
