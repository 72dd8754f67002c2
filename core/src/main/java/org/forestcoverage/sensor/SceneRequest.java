package org.forestcoverage.sensor;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;

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
 * @param metadata               MTL ({@code *_MTL.txt}, {@code *_MTL.xml}) or {@code MTD_MSIL2A.xml}, or the product
 *                               folder holding it (a Sentinel-2 {@code .SAFE} folder, a Landsat product folder), or
 *                               {@code null}
 * @param red                    explicit red band (overrides the metadata's), or {@code null}
 * @param nir                    explicit NIR band, or {@code null}
 * @param quality                explicit quality band (QA_PIXEL, BQA, SCL or a user mask), or {@code null}
 * @param scale                  explicit DN-to-reflectance scale of every band without its own (overrides the
 *                               metadata); must come with {@code offset}
 * @param offset                 explicit reflectance offset, with {@code scale}
 * @param nodata                 raw nodata of the reflectance bands, or {@code null} for the preset's (Landsat,
 *                               Sentinel-2: 0; generic: the band's own nodata from the file)
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
 * @param green                  explicit green band (for the water indices), or {@code null}
 * @param swir                   explicit short-wave infrared band (SWIR1, for MNDWI), or {@code null}
 * @param bandScaling            per-band scale and offset stated in the manifest ({@code "red": {"file": ...,
 *                               "scale": ..., "offset": ...}}); wins over {@code scale}/{@code offset}
 * @param water                  the water source asked for, or {@code null} for none beyond the quality band
 */
public record SceneRequest(String sensor, int year, String id, Path baseDir, String metadata,
                           BandRef red, BandRef nir, BandRef quality,
                           Double scale, Double offset, Double nodata,
                           String baseline, Double boaAddOffset,
                           List<String> maskFlags, String maskConfidence, List<Integer> maskValues, Integer maskBits,
                           List<Integer> waterValues,
                           boolean allowRawDn, boolean useB8A, boolean sunElevationCorrection,
                           BandRef green, BandRef swir, Map<BandRole, Calibration> bandScaling, Water water) {

    /**
     * The water source a manifest entry asks for: a water index ({@code mndwi}, {@code ndwi}) above a threshold, or
     * a water layer (a vector file, or a raster whose {@code layerValues} are water).
     *
     * @param index       {@code mndwi} or {@code ndwi}, or {@code null}
     * @param threshold   index above which a pixel is water ({@code null}: 0)
     * @param layer       a vector or raster file of water, or {@code null}
     * @param layerKind   {@code vector} or {@code raster}, or {@code null} to tell it by the file's extension
     * @param layerBand   the raster band (1 when {@code null})
     * @param layerValues raster values that are water (empty: any but 0 and nodata)
     */
    public record Water(String index, Double threshold, String layer, String layerKind, Integer layerBand,
                        List<Integer> layerValues) {
        public Water {
            layerValues = layerValues == null ? List.of() : List.copyOf(layerValues);
            if ((index == null) == (layer == null)) {
                throw new SensorException("field 'water' needs exactly one of 'index' (mndwi or ndwi) and 'layer' (a "
                        + "vector or raster file of water), got " + (index == null ? "neither" : "both"));
            }
            if (index == null && threshold != null) {
                throw new SensorException("field 'water': 'threshold' applies to a water 'index', not to a 'layer'");
            }
            if (layer == null && (layerKind != null || layerBand != null || !layerValues.isEmpty())) {
                throw new SensorException("field 'water': 'kind', 'band' and 'values' apply to a water 'layer'");
            }
        }

        /** A water index above a threshold ({@code null}: 0). */
        public static Water index(String index, Double threshold) {
            return new Water(index, threshold, null, null, null, List.of());
        }

        /** A water layer, its kind told by its extension, any non-zero value of band 1 water (raster). */
        public static Water layer(String path) {
            return new Water(null, null, path, null, null, List.of());
        }
    }

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
        bandScaling = bandScaling == null || bandScaling.isEmpty() ? Map.of() : Map.copyOf(bandScaling);
    }

    /** A builder with every optional field unset and {@code sunElevationCorrection} on. */
    public static Builder builder(String sensor, int year, String id) {
        return new Builder(sensor, year, id);
    }

    /** "scene ID (SENSOR)", the prefix of every message about this request. */
    public String context() {
        return "scene " + id + " (" + sensor + ")";
    }

    /** The band the entry states for a role, resolved against {@link #baseDir()}, or {@code null}. */
    public BandRef band(BandRole role) {
        return resolve(switch (role) {
            case RED -> red;
            case NIR -> nir;
            case GREEN -> green;
            case SWIR -> swir;
        });
    }

    /** The scaling the entry states for a role's band: its own, else the entry's {@code scale}/{@code offset}. */
    public Optional<Stated> stated(BandRole role) {
        Calibration own = bandScaling.get(role);
        if (own != null) {
            return Optional.of(new Stated(own, true));
        }
        return scale == null ? Optional.empty() : Optional.of(new Stated(new Calibration(scale, offset), false));
    }

    /** A scaling stated in the manifest, on the band itself or for the whole scene. */
    public record Stated(Calibration calibration, boolean perBand) {
    }

    /** Resolves a path of this request against {@link #baseDir()} (kept as is when absolute or virtual). */
    public String resolve(String path) {
        if (baseDir == null || BandRef.isRemote(path) || Path.of(path).isAbsolute()) {
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
        private BandRef green;
        private BandRef swir;
        private final Map<BandRole, Calibration> bandScaling = new EnumMap<>(BandRole.class);
        private Water water;

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
        public Builder green(BandRef v) { green = v; return this; }
        public Builder swir(BandRef v) { swir = v; return this; }
        /** The band of a role. */
        public Builder band(BandRole role, BandRef v) {
            switch (role) {
                case RED -> red = v;
                case NIR -> nir = v;
                case GREEN -> green = v;
                case SWIR -> swir = v;
            }
            return this;
        }
        /** Band 1 of each file. */
        public Builder bandFiles(String redFile, String nirFile) {
            red = new BandRef(redFile, 1);
            nir = new BandRef(nirFile, 1);
            return this;
        }
        public Builder scaleOffset(double s, double o) { scale = s; offset = o; return this; }
        /** A scale and offset stated on one band; a bad pair is refused naming the band. */
        public Builder bandScaling(BandRole role, double s, double o) {
            if (!(s > 0 && Double.isFinite(s) && Double.isFinite(o))) {
                throw new SensorException("scene " + id + " (" + sensor + "): field '" + role.key() + "': 'scale' must "
                        + "be finite and > 0 and 'offset' finite, got scale " + s + ", offset " + o);
            }
            bandScaling.put(role, new Calibration(s, o));
            return this;
        }
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
        public Builder water(Water v) { water = v; return this; }

        public SceneRequest build() {
            return new SceneRequest(sensor, year, id, baseDir, metadata, red, nir, quality, scale, offset, nodata,
                    baseline, boaAddOffset, maskFlags, maskConfidence, maskValues, maskBits, waterValues, allowRawDn,
                    useB8A, sunElevationCorrection, green, swir, bandScaling, water);
        }
    }

    /** Lower-case id of a water index name as written ({@code MNDWI}, {@code mndwi}). */
    static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
