package org.forestcoverage.sensor;

import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.scene.BandRef;

/**
 * What one manifest entry may say about a scene; {@link Sensors#sceneSpec(SceneRequest)} turns it into a
 * {@link org.forestcoverage.scene.SceneSpec}.
 *
 * <pre>{@code
 * SceneRequest r = SceneRequest.builder("landsat-c2-l2", 2020, "LC08_L2SP_123032_20200815")
 *         .baseDir(Path.of("/data/scenes"))
 *         .metadata("LC08_L2SP_123032_20200815_20200919_02_T1/LC08_..._MTL.txt")
 *         .build();
 * }</pre>
 *
 * <p>Every field but {@code sensor}, {@code year} and {@code id} is optional ({@code null} or empty means "not
 * stated"); which fields a preset needs is documented on {@link SensorPreset}. Relative paths (metadata, band
 * files) resolve against {@code baseDir}; absolute paths, GDAL virtual paths ({@code /vsis3/...}) and URLs are kept
 * as they are. File names inside metadata resolve against the metadata file's folder.
 *
 * @param sensor                 preset id ({@link SensorPreset#id()}), e.g. {@code landsat-c2-l2}
 * @param year                   analysis year
 * @param id                     scene name for messages and reports
 * @param baseDir                folder relative paths resolve against, or {@code null} for the working directory
 * @param metadata               MTL ({@code *_MTL.txt}, {@code *_MTL.xml}) or {@code MTD_MSIL2A.xml}, or {@code null}
 * @param red                    explicit red band (overrides the metadata's), or {@code null}
 * @param nir                    explicit NIR band, or {@code null}
 * @param quality                explicit quality band (QA_PIXEL, BQA, SCL or a user mask), or {@code null}
 * @param scale                  explicit DN-to-reflectance scale for red and NIR (overrides every other source);
 *                               must come with {@code offset}
 * @param offset                 explicit reflectance offset, with {@code scale}
 * @param nodata                 raw nodata of red and NIR, or {@code null} for the preset's (Landsat, Sentinel-2:
 *                               0; generic: the band's own nodata from the file)
 * @param baseline               Sentinel-2 processing baseline (e.g. {@code 04.00}) when no MTD is given
 * @param boaAddOffset           Sentinel-2 BOA_ADD_OFFSET in DN (e.g. -1000), overrides the baseline and the MTD
 * @param maskFlags              QA_PIXEL flags ({@link QaPixelMask.Flag}) or BQA flags ({@link BqaMask.Flag}) to
 *                               mask, empty for the defaults
 * @param maskConfidence         BQA confidence that masks ({@code high}, {@code medium}), or {@code null} for high
 * @param maskValues             SCL classes to mask (Sentinel-2) or bad values of a generic mask band; empty for
 *                               the defaults
 * @param maskBits               generic mask band: a pixel with any of these bits set is masked, or {@code null}
 * @param waterValues            SCL classes (or generic mask values) reported as water; empty for the defaults
 * @param allowRawDn             read unscaled digital numbers as reflectance (identity calibration) when the
 *                               scaling is unknown; NDVI will be biased (DESIGN.md §3)
 * @param useB8A                 Sentinel-2: NIR from B8A (20 m) instead of B08 (10 m)
 * @param sunElevationCorrection Landsat L1 TOA: divide by sin(SUN_ELEVATION) (default true)
 */
public record SceneRequest(String sensor, int year, String id, Path baseDir, String metadata,
                           BandRef red, BandRef nir, BandRef quality,
                           Double scale, Double offset, Double nodata,
                           String baseline, Double boaAddOffset,
                           List<String> maskFlags, String maskConfidence, List<Integer> maskValues, Integer maskBits,
                           List<Integer> waterValues,
                           boolean allowRawDn, boolean useB8A, boolean sunElevationCorrection) {

    public SceneRequest {
        String ctx = "scene " + id + " (" + sensor + ")";
        if (sensor == null || sensor.isBlank()) {
            throw new SensorException("scene " + id + ": field 'sensor' is empty; known sensors: "
                    + SensorPreset.knownIds());
        }
        if (id == null || id.isBlank()) {
            throw new SensorException("a " + sensor + " scene of " + year + ": field 'id' is empty");
        }
        if ((scale == null) != (offset == null)) {
            throw new SensorException(ctx + ": field 'scale' and field 'offset' must be stated together (offset 0 if "
                    + "there is none), got scale " + scale + ", offset " + offset);
        }
        if (scale != null && !(scale > 0 && Double.isFinite(scale) && Double.isFinite(offset))) {
            throw new SensorException(ctx + ": field 'scale' must be finite and > 0 and 'offset' finite, got scale "
                    + scale + ", offset " + offset);
        }
        if (boaAddOffset != null && !Double.isFinite(boaAddOffset)) {
            throw new SensorException(ctx + ": field 'boaAddOffset' must be finite, got " + boaAddOffset);
        }
        maskFlags = maskFlags == null ? List.of() : List.copyOf(maskFlags);
        maskValues = maskValues == null ? List.of() : List.copyOf(maskValues);
        waterValues = waterValues == null ? List.of() : List.copyOf(waterValues);
    }

    /** A builder with every optional field unset and {@code sunElevationCorrection} on. */
    public static Builder builder(String sensor, int year, String id) {
        return new Builder(sensor, year, id);
    }

    /** "scene ID (SENSOR)", the prefix of every message about this request. */
    public String context() {
        return "scene " + id + " (" + sensor + ")";
    }

    /** Resolves a path of this request against {@link #baseDir()} (kept as is when absolute or virtual). */
    public String resolve(String path) {
        if (baseDir == null || path.startsWith("/vsi") || path.contains("://") || Path.of(path).isAbsolute()) {
            return path;
        }
        return baseDir.resolve(path).toString();
    }

    /** A band reference with its path resolved, or {@code null} for {@code null}. */
    public BandRef resolve(BandRef band) {
        return band == null ? null : new BandRef(resolve(band.path()), band.band());
    }

    /** Fluent builder of {@link SceneRequest}; not thread-safe. */
    public static final class Builder {
        private final String sensor;
        private final int year;
        private final String id;
        private Path baseDir;
        private String metadata;
        private BandRef red;
        private BandRef nir;
        private BandRef quality;
        private Double scale;
        private Double offset;
        private Double nodata;
        private String baseline;
        private Double boaAddOffset;
        private List<String> maskFlags = List.of();
        private String maskConfidence;
        private List<Integer> maskValues = List.of();
        private Integer maskBits;
        private List<Integer> waterValues = List.of();
        private boolean allowRawDn;
        private boolean useB8A;
        private boolean sunElevationCorrection = true;

        private Builder(String sensor, int year, String id) {
            this.sensor = sensor;
            this.year = year;
            this.id = id;
        }

        public Builder baseDir(Path v) { baseDir = v; return this; }
        public Builder metadata(String v) { metadata = v; return this; }
        public Builder red(BandRef v) { red = v; return this; }
        public Builder nir(BandRef v) { nir = v; return this; }
        public Builder quality(BandRef v) { quality = v; return this; }
        /** Band 1 of each file. */
        public Builder bandFiles(String redFile, String nirFile) {
            red = new BandRef(redFile, 1);
            nir = new BandRef(nirFile, 1);
            return this;
        }
        public Builder scaleOffset(double s, double o) { scale = s; offset = o; return this; }
        public Builder nodata(Double v) { nodata = v; return this; }
        public Builder baseline(String v) { baseline = v; return this; }
        public Builder boaAddOffset(Double v) { boaAddOffset = v; return this; }
        public Builder maskFlags(List<String> v) { maskFlags = v; return this; }
        public Builder maskConfidence(String v) { maskConfidence = v; return this; }
        public Builder maskValues(List<Integer> v) { maskValues = v; return this; }
        public Builder maskBits(Integer v) { maskBits = v; return this; }
        public Builder waterValues(List<Integer> v) { waterValues = v; return this; }
        public Builder allowRawDn(boolean v) { allowRawDn = v; return this; }
        public Builder useB8A(boolean v) { useB8A = v; return this; }
        public Builder sunElevationCorrection(boolean v) { sunElevationCorrection = v; return this; }

        public SceneRequest build() {
            return new SceneRequest(sensor, year, id, baseDir, metadata, red, nir, quality, scale, offset, nodata,
                    baseline, boaAddOffset, maskFlags, maskConfidence, maskValues, maskBits, waterValues, allowRawDn,
                    useB8A, sunElevationCorrection);
        }
    }
}
