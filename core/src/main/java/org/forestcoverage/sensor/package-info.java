/**
 * Sensor presets: turn a product's metadata (Landsat MTL of any age, text or XML; Sentinel-2 {@code MTD_MSIL2A.xml}
 * or its {@code .SAFE} folder) and a manifest entry into the project's {@link org.forestcoverage.scene.SceneSpec}, with
 * the right bands, a calibration per band (DN to reflectance, unitless 0..1), fill value, quality-mask rule, water
 * source, and a record of which source decided each ({@link org.forestcoverage.scene.SceneProvenance}).
 *
 * <p>Entry point: {@link org.forestcoverage.sensor.Sensors#sceneSpec(SceneRequest)}. Presets are listed in
 * {@link org.forestcoverage.sensor.SensorPreset}; each reads its product role by role (a package-private
 * {@code Product}) and one rule puts a scene together for all of them ({@code SceneAssembly}: the manifest's band
 * scaling, then its scene scaling, then the product's, then {@code allowRawDn}, else a refusal that says what to
 * state). Mask rules are in {@link org.forestcoverage.sensor.QaPixelMask}, {@link org.forestcoverage.sensor.SclMask}
 * and {@link org.forestcoverage.sensor.BqaMask}; radiance to top-of-atmosphere reflectance for TM and ETM+ in
 * {@code Level1Radiometry} (ESUN of Chander et al. 2009, Earth-Sun distance of Spencer 1971).
 *
 * <p>Radiometry first (DESIGN.md §3): a scene whose scaling cannot be determined is refused with a
 * {@link org.forestcoverage.sensor.SensorException} unless the manifest states scale and offset, and band
 * files that look like scaled integer products (Landsat C2 {@code _SR_B4}, Sentinel-2 {@code _B04}) are never
 * read as reflectance without an explicit {@code allowRawDn} override. Errors quote metadata through
 * {@link org.forestcoverage.sensor.Excerpt}: short and printable.
 *
 * <p>Depends on {@code org.forestcoverage.scene} and the JDK (javax.xml) only: no GDAL, no Spark. Only
 * file names and text/XML metadata are read; rasters are never opened here. All types are immutable and
 * thread-safe.
 */
package org.forestcoverage.sensor;
