package org.forestcoverage.sensor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneSpec;

/** The Landsat presets' spec building (Collection 2 Level-2 and Level-1 TOA). Package-private. */
final class LandsatPresets {
    /** Landsat C2 L2 surface reflectance: reflectance = DN x 2.75e-5 - 0.2 (USGS C2 L2 product guide). */
    static final Calibration C2_L2_SR = new Calibration(2.75e-5, -0.2);
    static final double FILL = 0;
    private static final String L2_GROUP = "LEVEL2_SURFACE_REFLECTANCE_PARAMETERS.";

    private LandsatPresets() {
    }

    // ---- Collection 2 Level-2 ------------------------------------------------------------------------------

    static SceneSpec level2(SensorPreset preset, SceneRequest r, boolean tm) {
        String ctx = r.context();
        int redN = tm ? 3 : 4;
        int nirN = tm ? 4 : 5;
        BandRef red = r.resolve(r.red());
        BandRef nir = r.resolve(r.nir());
        BandRef quality = r.resolve(r.quality());
        Calibration redCal = null;
        Calibration nirCal = null;
        if (r.metadata() != null) {
            MtlFile mtl = readMtl(r);
            String level = processingLevel(mtl);
            if (!level.startsWith("L2") || !mtl.has(L2_GROUP + "REFLECTANCE_MULT_BAND_" + redN)) {
                throw new SensorException(ctx + ": MTL " + mtl.source() + " is not a Collection 2 Level-2 product "
                        + "(PROCESSING_LEVEL '" + level + "', no " + L2_GROUP + "REFLECTANCE_MULT_BAND_" + redN
                        + "); use sensor landsat-l1-toa for Level-1 products");
            }
            checkMission(ctx, mtl.source(), missionOf(mtl, ctx), tm);
            redCal = new Calibration(mtl.number(L2_GROUP + "REFLECTANCE_MULT_BAND_" + redN),
                    mtl.number(L2_GROUP + "REFLECTANCE_ADD_BAND_" + redN));
            nirCal = new Calibration(mtl.number(L2_GROUP + "REFLECTANCE_MULT_BAND_" + nirN),
                    mtl.number(L2_GROUP + "REFLECTANCE_ADD_BAND_" + nirN));
            red = red != null ? red : fileFromMtl(mtl, "PRODUCT_CONTENTS.FILE_NAME_BAND_" + redN);
            nir = nir != null ? nir : fileFromMtl(mtl, "PRODUCT_CONTENTS.FILE_NAME_BAND_" + nirN);
            if (quality == null && mtl.has("PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL")) {
                quality = fileFromMtl(mtl, "PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL");
            }
        } else {
            requireBands(ctx, red, nir, "'metadata' (the scene's *_MTL.txt or *_MTL.xml)");
        }
        checkSrName(ctx, "red", red, redN, nirN, tm);
        checkSrName(ctx, "nir", nir, nirN, redN, tm);
        if (redCal == null && ProductNames.landsatSrBand(red.path()).isPresent()
                && ProductNames.landsatSrBand(nir.path()).isPresent()) {
            redCal = C2_L2_SR;                         // names say SR_B<n>: the C2 L2 constants
            nirCal = C2_L2_SR;
        }
        if (r.scale() != null) {
            redCal = new Calibration(r.scale(), r.offset());
            nirCal = redCal;
        }
        if (redCal == null) {
            if (!r.allowRawDn()) {
                throw new SensorException(ctx + ": cannot determine the scaling of " + red.path() + " and "
                        + nir.path() + ": no MTL given and the file names do not end in _SR_B" + redN + " / _SR_B"
                        + nirN + "; state 'metadata' (the *_MTL.txt), or 'scale' 2.75e-5 and 'offset' -0.2 for "
                        + "Collection 2 Level-2 surface reflectance");
            }
            redCal = Calibration.IDENTITY;
            nirCal = Calibration.IDENTITY;
        }
        QualityBand q = quality == null ? null : new QualityBand(quality, qaPixelRule(r));
        return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, redCal, nirCal, nodata(r, FILL), q);
    }

    private static void checkSrName(String ctx, String field, BandRef band, int want, int other, boolean tm) {
        Optional<Integer> n = ProductNames.landsatSrBand(band.path());
        if (n.isPresent() && n.get() == other) {
            throw new SensorException(ctx + ": field '" + field + "' is " + band.path() + ", band SR_B" + other
                    + ", but " + field + " is SR_B" + want + " for " + (tm ? "Landsat 4/5/7" : "Landsat 8/9")
                    + "; red and NIR look swapped");
        }
        Optional<Integer> mission = ProductNames.landsatMission(band.path());
        if (n.isPresent() && mission.isPresent()) {
            checkMission(ctx, band.path(), mission.get(), tm);
        }
    }

    private static void checkMission(String ctx, String source, int mission, boolean tm) {
        boolean isTm = mission == 4 || mission == 5 || mission == 7;
        if (isTm != tm) {
            throw new SensorException(ctx + ": " + source + " is a Landsat " + mission + " product; use sensor "
                    + (isTm ? "landsat-c2-l2-tm (red SR_B3, NIR SR_B4)" : "landsat-c2-l2 (red SR_B4, NIR SR_B5)"));
        }
    }

    /**
     * The product's processing level: {@code PRODUCT_CONTENTS.PROCESSING_LEVEL} (Collection 2; the Level-1 record
     * of a Level-2 MTL holds another), else {@code PRODUCT_METADATA.DATA_TYPE} (pre-collection, Collection 1).
     */
    static String processingLevel(MtlFile mtl) {
        for (String k : List.of("PRODUCT_CONTENTS.PROCESSING_LEVEL", "PRODUCT_METADATA.PROCESSING_LEVEL",
                "PRODUCT_METADATA.DATA_TYPE")) {
            if (mtl.has(k)) {
                return mtl.string(k).strip();
            }
        }
        return "";
    }

    private static int missionOf(MtlFile mtl, String ctx) {
        String sc = mtl.string("SPACECRAFT_ID").strip().toUpperCase(Locale.ROOT);
        if (sc.matches("LANDSAT_[4-9]")) {
            return sc.charAt(sc.length() - 1) - '0';
        }
        throw new SensorException(ctx + ": MTL " + mtl.source() + ": unknown SPACECRAFT_ID '" + sc
                + "' (expected LANDSAT_4 .. LANDSAT_9)");
    }

    static MaskRule.Bits qaPixelRule(SceneRequest r) {
        if (r.maskFlags().isEmpty()) {
            return QaPixelMask.defaults();
        }
        return QaPixelMask.rule(QaPixelMask.parseFlags(r.maskFlags(), r.context() + ": field 'maskFlags'"), true);
    }

    // ---- Level-1 top of atmosphere -------------------------------------------------------------------------

    static SceneSpec level1(SensorPreset preset, SceneRequest r) {
        String ctx = r.context();
        BandRef red = r.resolve(r.red());
        BandRef nir = r.resolve(r.nir());
        BandRef quality = r.resolve(r.quality());
        if (r.metadata() == null) {
            requireBands(ctx, red, nir, "'metadata' (the scene's *_MTL.txt)");
            Calibration cal;
            if (r.scale() != null) {
                cal = new Calibration(r.scale(), r.offset());
            } else if (r.allowRawDn()) {
                cal = Calibration.IDENTITY;
            } else {
                throw new SensorException(ctx + ": top-of-atmosphere reflectance of " + red.path() + " needs the "
                        + "scene's MTL (REFLECTANCE_MULT_BAND_x, REFLECTANCE_ADD_BAND_x, SUN_ELEVATION); state "
                        + "'metadata' (the *_MTL.txt), or 'scale' and 'offset'");
            }
            QualityBand q = null;
            if (quality != null) {
                if (!quality.path().toUpperCase(Locale.ROOT).contains("QA_PIXEL")) {
                    throw new SensorException(ctx + ": cannot tell the bit layout of quality band " + quality.path()
                            + " without the MTL; state 'metadata' (the *_MTL.txt)");
                }
                q = new QualityBand(quality, qaPixelRule(r));
            }
            return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, cal, cal, nodata(r, FILL), q);
        }
        MtlFile mtl = readMtl(r);
        String level = processingLevel(mtl);
        if (level.startsWith("L2")) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + " is a Level-2 product (PROCESSING_LEVEL "
                    + level + "); use sensor landsat-c2-l2 or landsat-c2-l2-tm");
        }
        int mission = missionOf(mtl, ctx);
        int redN = mission >= 8 ? 4 : 3;
        int nirN = redN + 1;
        String collection = mtl.find("COLLECTION_NUMBER").orElse("").strip();
        boolean c2 = collection.equals("02");
        List<String> scaleGroups = c2 ? List.of("LEVEL1_RADIOMETRIC_RESCALING") : List.of("RADIOMETRIC_RESCALING");
        List<String> fileGroups = c2 ? List.of("PRODUCT_CONTENTS") : List.of("PRODUCT_METADATA");

        Calibration redCal;
        Calibration nirCal;
        if (r.scale() != null) {
            redCal = new Calibration(r.scale(), r.offset());
            nirCal = redCal;
        } else {
            double sunFactor = 1;
            if (r.sunElevationCorrection()) {
                double elevation = mtl.number("SUN_ELEVATION");
                if (!(elevation > 0 && elevation <= 90)) {
                    throw new SensorException(ctx + ": MTL " + mtl.source() + ": SUN_ELEVATION " + elevation
                            + " is not in (0, 90] degrees; switch sunElevationCorrection off or state scale/offset");
                }
                sunFactor = Math.sin(Math.toRadians(elevation));
            }
            redCal = toa(mtl, scaleGroups, redN, sunFactor, ctx);
            nirCal = toa(mtl, scaleGroups, nirN, sunFactor, ctx);
        }
        red = red != null ? red : fileFromMtl(mtl, first(mtl, fileGroups, "FILE_NAME_BAND_" + redN, ctx));
        nir = nir != null ? nir : fileFromMtl(mtl, first(mtl, fileGroups, "FILE_NAME_BAND_" + nirN, ctx));
        QualityBand q = null;
        if (c2) {
            if (quality == null && mtl.has("PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL")) {
                quality = fileFromMtl(mtl, "PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL");
            }
            q = quality == null ? null : new QualityBand(quality, qaPixelRule(r));
        } else {
            String key = fileGroups.get(0) + ".FILE_NAME_BAND_QUALITY";
            if (quality == null && mtl.has(key)) {
                quality = fileFromMtl(mtl, key);
            }
            if (quality != null) {
                BqaMask.Layout layout = collection.isEmpty() ? BqaMask.Layout.PRE_COLLECTION
                        : BqaMask.Layout.COLLECTION_1;
                q = new QualityBand(quality, bqaRule(r, layout));
            }
        }
        return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, redCal, nirCal, nodata(r, FILL), q);
    }

    private static Calibration toa(MtlFile mtl, List<String> groups, int band, double sunFactor, String ctx) {
        String multKey = "REFLECTANCE_MULT_BAND_" + band;
        String addKey = "REFLECTANCE_ADD_BAND_" + band;
        double mult = mtl.number(first(mtl, groups, multKey, ctx));
        double add = mtl.number(first(mtl, groups, addKey, ctx));
        return new Calibration(mult / sunFactor, add / sunFactor);
    }

    private static String first(MtlFile mtl, List<String> groups, String key, String ctx) {
        for (String g : groups) {
            if (mtl.has(g + "." + key)) {
                return g + "." + key;
            }
        }
        if (mtl.has(key)) {
            return key;
        }
        throw new SensorException(ctx + ": MTL " + mtl.source() + ": missing key " + key + " (looked in groups "
                + groups + "); state 'scale' and 'offset' in the manifest, or give the scene's full MTL");
    }

    static MaskRule bqaRule(SceneRequest r, BqaMask.Layout layout) {
        String ctx = r.context();
        BqaMask.Confidence conf = r.maskConfidence() == null ? BqaMask.Confidence.HIGH
                : BqaMask.parseConfidence(r.maskConfidence(), ctx + ": field 'maskConfidence'");
        var flags = r.maskFlags().isEmpty() ? BqaMask.DEFAULT_FLAGS
                : BqaMask.parseFlags(r.maskFlags(), ctx + ": field 'maskFlags'");
        try {
            return BqaMask.rule(layout, flags, conf);
        } catch (SensorException e) {
            throw new SensorException(ctx + ": field 'maskFlags': " + e.getMessage(), e);
        }
    }

    // ---- shared ------------------------------------------------------------------------------------------------

    static MtlFile readMtl(SceneRequest r) {
        try {
            return MtlFile.read(Path.of(r.resolve(r.metadata())));
        } catch (SensorException e) {
            throw new SensorException(r.context() + ": field 'metadata': " + e.getMessage(), e);
        }
    }

    /** Band 1 of the file named by an MTL key, resolved against the MTL's folder. */
    static BandRef fileFromMtl(MtlFile mtl, String key) {
        String name = mtl.string(key);
        Path folder = mtl.path().map(p -> p.toAbsolutePath().getParent()).orElse(null);
        return new BandRef(folder == null ? name : folder.resolve(name).toString(), 1);
    }

    static void requireBands(String ctx, BandRef red, BandRef nir, String metadataHint) {
        if (red == null || nir == null) {
            throw new SensorException(ctx + ": no " + (red == null ? "'red'" : "'nir'") + " band; state "
                    + metadataHint + " or both 'red' and 'nir' band files");
        }
    }

    static Double nodata(SceneRequest r, double presetFill) {
        return r.nodata() != null ? r.nodata() : Double.valueOf(presetFill);
    }
}
