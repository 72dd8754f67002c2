package org.forestcoverage.sensor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.QualityBand;

/**
 * Landsat Level-1 top-of-atmosphere reflectance ({@code landsat-l1-toa}) from an MTL of any age: before 2012
 * ({@code GROUP = L1_METADATA_FILE} with {@code LMAX/LMIN_BANDn}), 2012-2016 and Collection 1 ({@code
 * L1_METADATA_FILE} with radiance and, from Collection 1, reflectance rescaling) and Collection 2 (text or XML,
 * {@code LANDSAT_METADATA_FILE}). Bands by mission: red 4, NIR 5, green 3, SWIR1 6 on Landsat 8/9; red 3, NIR 4,
 * green 2, SWIR1 5 on Landsat 4, 5 and 7. Scaling by {@link Level1Radiometry}; quality QA_PIXEL (Collection 2) or
 * BQA ({@link BqaMask}: pre-collection Landsat 8, Collection 1). Package-private.
 */
final class LandsatLevel1Product extends Product {
    private static final Map<BandRole, Integer> OLI = Map.of(BandRole.RED, 4, BandRole.NIR, 5, BandRole.GREEN, 3,
            BandRole.SWIR, 6);
    private static final Map<BandRole, Integer> TM = Map.of(BandRole.RED, 3, BandRole.NIR, 4, BandRole.GREEN, 2,
            BandRole.SWIR, 5);

    private final MtlFile mtl;
    private final int mission;
    private final String collection;
    private final Map<BandRole, Integer> numbers;
    private final Level1Radiometry radiometry;

    LandsatLevel1Product(SceneRequest r) {
        super(r);
        if (r.metadata() == null) {
            mtl = null;
            mission = 0;
            collection = "";
            numbers = OLI;
            radiometry = null;
            return;
        }
        mtl = LandsatMtl.read(r);
        String level = LandsatMtl.processingLevel(mtl);
        if (level.startsWith("L2")) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + " is a Level-2 product (PROCESSING_LEVEL "
                    + level + "); use sensor landsat-c2-l2 or landsat-c2-l2-tm");
        }
        mission = LandsatMtl.mission(mtl, ctx);
        collection = mtl.find("COLLECTION_NUMBER").orElse("").strip();
        numbers = mission >= 8 ? OLI : TM;
        radiometry = new Level1Radiometry(mtl, mission, r.sunElevationCorrection(), ctx);
    }

    @Override
    Optional<LocalDate> acquired() {
        return mtl == null ? Optional.empty() : LandsatMtl.acquired(mtl, ctx);
    }

    @Override
    Optional<BandRef> band(BandRole role) {
        if (mtl == null) {
            return Optional.empty();
        }
        int n = numbers.get(role);
        String key = mtl.firstKey("PRODUCT_CONTENTS.FILE_NAME_BAND_" + n, "PRODUCT_METADATA.FILE_NAME_BAND_" + n,
                "PRODUCT_METADATA.BAND" + n + "_FILE_NAME", "FILE_NAME_BAND_" + n, "BAND" + n + "_FILE_NAME")
                .orElseThrow(() -> new SensorException(ctx + ": MTL " + mtl.source() + " names no file for band " + n
                        + " (FILE_NAME_BAND_" + n + ", BAND" + n + "_FILE_NAME); state '" + role.key() + "' (the band "
                        + "file)"));
        return Optional.of(LandsatMtl.file(mtl, key));
    }

    @Override
    Optional<Scaling> scaling(BandRole role, BandRef file) {
        int n = numbers.get(role);
        if (mtl == null || !radiometry.has(n)) {
            return Optional.empty();
        }
        Level1Radiometry.Band b = radiometry.band(n);
        return Optional.of(new Scaling(b.calibration(), radiometry.describe(List.of(b))));
    }

    @Override
    String describe(Map<BandRole, Scaling> scalings) {
        if (mtl == null) {
            return super.describe(scalings);
        }
        List<Level1Radiometry.Band> fromMtl = new ArrayList<>();
        Map<BandRole, Scaling> other = new java.util.EnumMap<>(BandRole.class);
        for (Map.Entry<BandRole, Scaling> e : scalings.entrySet()) {
            int n = numbers.get(e.getKey());
            if (radiometry.has(n) && e.getValue().calibration().equals(radiometry.band(n).calibration())) {
                fromMtl.add(radiometry.band(n));
            } else {
                other.put(e.getKey(), e.getValue());
            }
        }
        String mtlPart = fromMtl.isEmpty() ? "" : radiometry.describe(fromMtl);
        String otherPart = other.isEmpty() ? "" : super.describe(other);
        return mtlPart.isEmpty() ? otherPart : otherPart.isEmpty() ? mtlPart : mtlPart + "; " + otherPart;
    }

    @Override
    SensorException unknownScaling(BandRole role, BandRef file) {
        if (mtl != null) {
            return radiometry.missing(numbers.get(role));
        }
        return new SensorException(ctx + ": top-of-atmosphere reflectance of " + file.path() + " needs the scene's "
                + "MTL (REFLECTANCE_MULT_BAND_x, REFLECTANCE_ADD_BAND_x and SUN_ELEVATION, or the radiance rescaling "
                + "of older MTLs); state 'metadata' (the *_MTL.txt), or 'scale' and 'offset': for Landsat 8/9 OLI "
                + "Level-1 bands 'scale' 2.0E-05 and 'offset' -0.1, the reflectance rescaling of every OLI scene (NDVI "
                + "needs no sun-elevation correction)");
    }

    @Override
    String metadataHint() {
        return "the scene's *_MTL.txt";
    }

    @Override
    Quality quality() {
        BandRef q = request.resolve(request.quality());
        if (mtl == null) {
            if (q == null) {
                return null;
            }
            if (!q.path().toUpperCase(Locale.ROOT).contains("QA_PIXEL")) {
                throw new SensorException(ctx + ": cannot tell the bit layout of quality band " + q.path()
                        + " without the MTL; state 'metadata' (the *_MTL.txt)");
            }
            return LandsatLevel2Product.qaPixel(request, q);
        }
        if (collection.equals("02")) {
            if (q == null && mtl.has("PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL")) {
                q = LandsatMtl.file(mtl, "PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL");
            }
            return q == null ? null : LandsatLevel2Product.qaPixel(request, q);
        }
        if (q == null && mtl.has("PRODUCT_METADATA.FILE_NAME_BAND_QUALITY")) {
            q = LandsatMtl.file(mtl, "PRODUCT_METADATA.FILE_NAME_BAND_QUALITY");
        }
        if (q == null) {
            if (!request.maskFlags().isEmpty() || request.maskConfidence() != null) {
                throw new SensorException(ctx + ": field 'maskFlags'/'maskConfidence' given but the scene has no BQA "
                        + "band (MTL " + mtl.source() + " names none); state 'quality' (the *_BQA.TIF) or drop them");
            }
            return null;
        }
        if (collection.isEmpty() && mission < 8) {
            throw new SensorException(ctx + ": MTL " + mtl.source() + " is a pre-collection Landsat " + mission
                    + " product, which has no BQA band: the bit layout of " + q.path() + " is unknown; drop 'quality', "
                    + "or use the scene's Collection 1 or 2 product");
        }
        BqaMask.Layout layout = collection.isEmpty() ? BqaMask.Layout.PRE_COLLECTION : BqaMask.Layout.COLLECTION_1;
        BqaMask.Confidence conf = request.maskConfidence() == null ? BqaMask.Confidence.HIGH
                : BqaMask.parseConfidence(request.maskConfidence(), ctx + ": field 'maskConfidence'");
        var flags = request.maskFlags().isEmpty() ? BqaMask.defaultFlags(layout)
                : BqaMask.parseFlags(request.maskFlags(), ctx + ": field 'maskFlags'");
        BitFieldMask rule;
        try {
            rule = BqaMask.rule(layout, flags, conf);
        } catch (SensorException e) {
            throw new SensorException(ctx + ": field 'maskFlags': " + e.getMessage(), e);
        }
        return new Quality(new QualityBand(q, rule), BqaMask.describe(layout, flags, conf), null);
    }

    @Override
    Double nodata() {
        return request.nodata() != null ? request.nodata() : Double.valueOf(0);
    }
}
