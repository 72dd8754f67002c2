/**
 * Per-tile kernels on imglib2 images wrapping the buffers GDAL filled ({@code ArrayImgs}, no copies), walked by
 * cursors: NDVI ({@link org.forestcoverage.kernel.NdviRule}, {@link org.forestcoverage.kernel.NdviKernel}), quality
 * masks ({@link org.forestcoverage.kernel.MaskTable}), water sources besides the quality band
 * ({@link org.forestcoverage.kernel.WaterIndex}, {@link org.forestcoverage.kernel.WaterMarks}), footprints ({@link org.forestcoverage.kernel.Footprint}), the
 * yearly composite over a 3-D scene stack or, for the medoid, the scenes' reflectances
 * ({@link org.forestcoverage.kernel.Compositor}, {@link org.forestcoverage.kernel.Reflectance}), the one classifier
 * ({@link org.forestcoverage.kernel.ForestClassifier}, {@link org.forestcoverage.kernel.Threshold},
 * {@link org.forestcoverage.kernel.LandClass}) and the year's steps in order
 * ({@link org.forestcoverage.kernel.YearKernel}). Uses raster and scene; no GDAL, JTS or Spark here.
 */
package org.forestcoverage.kernel;
