/**
 * Sensor presets: turn a product's metadata (Landsat MTL text or XML, Sentinel-2 {@code MTD_MSIL2A.xml})
 * or a manifest entry into the project's {@link org.forestcoverage.scene.SceneSpec}, with the right bands,
 * calibration (DN to reflectance, unitless 0..1), fill value and quality-mask rule.
 *
 * <p>Entry point: {@link org.forestcoverage.sensor.Sensors#sceneSpec(SceneRequest)}. Presets are listed in
 * {@link org.forestcoverage.sensor.SensorPreset}; mask rules in {@link org.forestcoverage.sensor.QaPixelMask},
 * {@link org.forestcoverage.sensor.SclMask} and {@link org.forestcoverage.sensor.BqaMask}.
 *
 * <p>Radiometry first (DESIGN.md §3): a scene whose scaling cannot be determined is refused with a
 * {@link org.forestcoverage.sensor.SensorException} unless the manifest states scale and offset, and band
 * files that look like scaled integer products (Landsat C2 {@code _SR_B4}, Sentinel-2 {@code _B04}) are never
 * read as reflectance without an explicit {@code allowRawDn} override.
 *
 * <p>Depends on {@code org.forestcoverage.scene} and the JDK (javax.xml) only: no GDAL, no Spark. Only
 * file names and text/XML metadata are read; rasters are never opened here. All types are immutable and
 * thread-safe.
 */
package org.forestcoverage.sensor;
