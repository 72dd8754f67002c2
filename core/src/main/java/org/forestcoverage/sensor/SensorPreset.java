package org.forestcoverage.sensor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneSpec;

/**
 * The sensor presets a manifest entry can name, each knowing its red, NIR and quality bands, its scaling and
 * fill value, and its default mask rule.
 *
 * <pre>{@code
 * SensorPreset p = SensorPreset.byId("landsat-c2-l2");
 * SceneSpec spec = p.sceneSpec(SceneRequest.builder(p.id(), 2020, "LC08_...").metadata("LC08_..._MTL.txt").build());
 * }</pre>
 *
 * <table>
 * <caption>Presets</caption>
 * <tr><th>id</th><th>product</th><th>red / NIR / quality</th><th>scaling from</th></tr>
 * <tr><td>landsat-c2-l2</td><td>Landsat 8/9 Collection 2 Level-2 SR</td><td>SR_B4 / SR_B5 / QA_PIXEL</td>
 *     <td>MTL {@code LEVEL2_SURFACE_REFLECTANCE_PARAMETERS} (REFLECTANCE_MULT/ADD_BAND_4/5), else band file names
 *     {@code *_SR_B4.TIF} imply 2.75e-5 / -0.2</td></tr>
 * <tr><td>landsat-c2-l2-tm</td><td>Landsat 4/5/7 Collection 2 Level-2 SR</td><td>SR_B3 / SR_B4 / QA_PIXEL</td>
 *     <td>same, bands 3/4</td></tr>
 * <tr><td>landsat-l1-toa</td><td>Landsat Level-1 (before 2012, 2012-2016, C1, C2), TOA reflectance</td>
 *     <td>B4 / B5 / BQA or QA_PIXEL (L8/9); B3 / B4 (L4-7, by SPACECRAFT_ID)</td>
 *     <td>MTL REFLECTANCE_MULT/ADD_BAND_x, else radiance (RADIANCE_MULT/ADD, LMAX/LMIN with QCALMAX/QCALMIN) to
 *     TOA with ESUN and the Earth-Sun distance ({@link Level1Radiometry}); divided by sin(SUN_ELEVATION) unless
 *     switched off</td></tr>
 * <tr><td>sentinel-2-l2a</td><td>Sentinel-2 L2A</td><td>B04 / B08 (or B8A) / SCL</td>
 *     <td>MTD_MSIL2A.xml (BOA_ADD_OFFSET, BOA_QUANTIFICATION_VALUE, PROCESSING_BASELINE), else the manifest's
 *     baseline or boaAddOffset; (DN + offset) / 10000</td></tr>
 * <tr><td>generic</td><td>any red + NIR raster</td><td>as given</td><td>the manifest's scale and offset</td></tr>
 * </table>
 *
 * <p>Every preset: a scale and offset stated on a band in the manifest, else the entry's {@code scale}+{@code offset},
 * overrides the product's scaling; when a band's scaling cannot be determined the scene is refused with a
 * {@link SensorException} unless {@code allowRawDn} is set. Landsat and Sentinel-2 nodata (fill) is 0. The green and
 * SWIR1 bands are read only for a water index ({@link org.forestcoverage.scene.WaterSource}).
 */
public enum SensorPreset {
    /** Landsat 8/9 Collection 2 Level-2 surface reflectance. */
    LANDSAT_C2_L2("landsat-c2-l2", "SR_B4", "SR_B5", "QA_PIXEL") {
        @Override
        public MaskRule defaultMask() {
            return QaPixelMask.defaults();
        }

        @Override
        Product product(SceneRequest r) {
            return new LandsatLevel2Product(r, false);
        }
    },
    /** Landsat 4/5/7 Collection 2 Level-2 surface reflectance. */
    LANDSAT_C2_L2_TM("landsat-c2-l2-tm", "SR_B3", "SR_B4", "QA_PIXEL") {
        @Override
        public MaskRule defaultMask() {
            return QaPixelMask.defaults();
        }

        @Override
        Product product(SceneRequest r) {
            return new LandsatLevel2Product(r, true);
        }
    },
    /** Landsat Level-1 top-of-atmosphere reflectance (band names for Landsat 8/9; 4-7 use B3/B4). */
    LANDSAT_L1_TOA("landsat-l1-toa", "B4", "B5", "BQA") {
        @Override
        public MaskRule defaultMask() {
            return BqaMask.defaults(BqaMask.Layout.COLLECTION_1);
        }

        @Override
        Product product(SceneRequest r) {
            return new LandsatLevel1Product(r);
        }
    },
    /** Sentinel-2 Level-2A bottom-of-atmosphere reflectance (NIR B8A when {@code useB8A}). */
    SENTINEL_2_L2A("sentinel-2-l2a", "B04", "B08", "SCL") {
        @Override
        public MaskRule defaultMask() {
            return SclMask.defaults();
        }

        @Override
        Product product(SceneRequest r) {
            return new Sentinel2Product(r);
        }
    },
    /** Any raster with red and NIR bands; scaling and mask as stated in the manifest. */
    GENERIC("generic", "red", "nir", "mask") {
        @Override
        public MaskRule defaultMask() {
            return new MaskRule.Bits(0, 0);
        }

        @Override
        Product product(SceneRequest r) {
            return new GenericProduct(r);
        }
    };

    private final String id;
    private final String redBand;
    private final String nirBand;
    private final String qualityBand;

    SensorPreset(String id, String redBand, String nirBand, String qualityBand) {
        this.id = id;
        this.redBand = redBand;
        this.nirBand = nirBand;
        this.qualityBand = qualityBand;
    }

    /** The name used in manifests and stored in {@link SceneSpec#sensor()}, e.g. {@code landsat-c2-l2}. */
    public String id() {
        return id;
    }

    /** The product's name for the red band ({@code SR_B4}, {@code B04}, ...). */
    public String redBand() {
        return redBand;
    }

    /** The product's name for the NIR band (default choice where there are two). */
    public String nirBand() {
        return nirBand;
    }

    /** The product's name for the quality band. */
    public String qualityBand() {
        return qualityBand;
    }

    /**
     * The mask rule used when the manifest states no mask options (generic: masks nothing; landsat-l1-toa: the
     * Collection 1 BQA rule, the pre-collection Landsat 8 one is {@link BqaMask#defaults(BqaMask.Layout)}).
     */
    public abstract MaskRule defaultMask();

    /**
     * Builds the scene spec for a request naming this preset.
     *
     * @throws SensorException when metadata is missing or malformed, bands cannot be found, or the scaling cannot
     *                         be determined; the message names the scene, the file and the field
     */
    public SceneSpec sceneSpec(SceneRequest request) {
        return SceneAssembly.assemble(this, product(request), request);
    }

    /** What this preset reads from the request's product. */
    abstract Product product(SceneRequest request);

    /** The preset with this id (case-insensitive; {@code _} and {@code -} are the same). */
    public static SensorPreset byId(String id) {
        String k = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (SensorPreset p : values()) {
            if (p.id.equals(k)) {
                return p;
            }
        }
        throw new SensorException("unknown sensor '" + id + "'; known sensors: " + knownIds());
    }

    /** The ids of all presets. */
    public static List<String> knownIds() {
        return Arrays.stream(values()).map(SensorPreset::id).toList();
    }
}
