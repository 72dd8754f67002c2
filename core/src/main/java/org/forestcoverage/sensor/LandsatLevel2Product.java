package org.forestcoverage.sensor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;

/**
 * Landsat Collection 2 Level-2 surface reflectance ({@code landsat-c2-l2}: Landsat 8/9 OLI, bands SR_B4 red, SR_B5
 * NIR, SR_B3 green, SR_B6 SWIR1; {@code landsat-c2-l2-tm}: Landsat 4/5 TM and 7 ETM+, SR_B3, SR_B4, SR_B2, SR_B5).
 * Scaling from the MTL's {@code LEVEL2_SURFACE_REFLECTANCE_PARAMETERS}, else the product's constants when the file
 * is named {@code *_SR_B<n>}; quality QA_PIXEL. Package-private.
 */
final class LandsatLevel2Product extends Product {
    /** Landsat C2 L2 surface reflectance: reflectance = DN x 2.75e-5 - 0.2 (USGS C2 L2 product guide). */
    static final Calibration C2_L2_SR = new Calibration(2.75e-5, -0.2);
    private static final String L2_GROUP = "LEVEL2_SURFACE_REFLECTANCE_PARAMETERS.";
    private static final Map<BandRole, Integer> OLI = Map.of(BandRole.RED, 4, BandRole.NIR, 5, BandRole.GREEN, 3,
            BandRole.SWIR, 6);
    private static final Map<BandRole, Integer> TM = Map.of(BandRole.RED, 3, BandRole.NIR, 4, BandRole.GREEN, 2,
            BandRole.SWIR, 5);

    private final boolean tm;
    private final Map<BandRole, Integer> numbers;
    private final MtlFile mtl;

    LandsatLevel2Product(SceneRequest r, boolean tm) {
        super(r);
        this.tm = tm;
        this.numbers = tm ? TM : OLI;
        if (r.metadata() != null) {
            mtl = LandsatMtl.read(r);
            String level = LandsatMtl.processingLevel(mtl);
            int red = numbers.get(BandRole.RED);
            if (!level.startsWith("L2") || !mtl.has(L2_GROUP + "REFLECTANCE_MULT_BAND_" + red)) {
                throw new SensorException(ctx + ": MTL " + mtl.source() + " is not a Collection 2 Level-2 product "
                        + "(PROCESSING_LEVEL '" + level + "', no " + L2_GROUP + "REFLECTANCE_MULT_BAND_" + red
                        + "); use sensor landsat-l1-toa for Level-1 products");
            }
            checkMission(mtl.source(), LandsatMtl.mission(mtl, ctx));
        } else {
            mtl = null;
        }
    }

    @Override
    Optional<LocalDate> acquired() {
        return mtl == null ? Optional.empty() : LandsatMtl.acquired(mtl, ctx);
    }

    @Override
    Optional<BandRef> band(BandRole role) {
        return mtl == null ? Optional.empty()
                : Optional.of(LandsatMtl.file(mtl, "PRODUCT_CONTENTS.FILE_NAME_BAND_" + numbers.get(role)));
    }

    @Override
    Optional<Scaling> scaling(BandRole role, BandRef file) {
        int n = numbers.get(role);
        if (mtl != null && mtl.has(L2_GROUP + "REFLECTANCE_MULT_BAND_" + n)) {
            return Optional.of(new Scaling(new Calibration(mtl.number(L2_GROUP + "REFLECTANCE_MULT_BAND_" + n),
                    mtl.number(L2_GROUP + "REFLECTANCE_ADD_BAND_" + n)), "MTL " + L2_GROUP.replace(".", "")
                    + " REFLECTANCE_MULT/ADD_BAND_n"));
        }
        if (ProductNames.landsatSrBand(file.path()).isPresent()) {
            return Optional.of(new Scaling(C2_L2_SR, "Collection 2 Level-2 constants (file names *_SR_B<n>)"));
        }
        return Optional.empty();
    }

    @Override
    SensorException unknownScaling(BandRole role, BandRef file) {
        return new SensorException(ctx + ": cannot determine the scaling of " + file.path() + ": no MTL given and "
                + "the file name does not end in _SR_B" + numbers.get(role) + "; state 'metadata' (the *_MTL.txt), or "
                + "'scale' 2.75e-5 and 'offset' -0.2 for Collection 2 Level-2 surface reflectance");
    }

    @Override
    String metadataHint() {
        return "the scene's *_MTL.txt or *_MTL.xml";
    }

    @Override
    void check(BandRole role, BandRef band) {
        Optional<Integer> n = ProductNames.landsatSrBand(band.path());
        if (n.isEmpty()) {
            return;
        }
        int want = numbers.get(role);
        for (Map.Entry<BandRole, Integer> e : numbers.entrySet()) {
            if (e.getKey() != role && e.getValue().equals(n.get())) {
                throw new SensorException(ctx + ": field '" + role.key() + "' is " + band.path() + ", band SR_B" + n.get()
                        + ", but " + role.key() + " is SR_B" + want + " for " + (tm ? "Landsat 4/5/7" : "Landsat 8/9")
                        + (e.getKey() == BandRole.RED || e.getKey() == BandRole.NIR
                        ? "; red and NIR look swapped" : " (SR_B" + n.get() + " is " + e.getKey().key() + ")"));
            }
        }
        ProductNames.landsatMission(band.path()).ifPresent(m -> checkMission(band.path(), m));
    }

    private void checkMission(String source, int mission) {
        boolean isTm = mission == 4 || mission == 5 || mission == 7;
        if (isTm != tm) {
            throw new SensorException(ctx + ": " + source + " is a Landsat " + mission + " product; use sensor "
                    + (isTm ? "landsat-c2-l2-tm (red SR_B3, NIR SR_B4)" : "landsat-c2-l2 (red SR_B4, NIR SR_B5)"));
        }
    }

    @Override
    Quality quality() {
        BandRef q = request.resolve(request.quality());
        if (q == null && mtl != null && mtl.has("PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL")) {
            q = LandsatMtl.file(mtl, "PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL");
        }
        return q == null ? null : qaPixel(request, q);
    }

    /** QA_PIXEL with the request's flags (or every flag), water from bit 7. */
    static Quality qaPixel(SceneRequest r, BandRef q) {
        var flags = r.maskFlags().isEmpty() ? QaPixelMask.DEFAULT_FLAGS
                : QaPixelMask.parseFlags(r.maskFlags(), r.context() + ": field 'maskFlags'");
        MaskRule.Bits rule = QaPixelMask.rule(flags, true);
        return new Quality(new QualityBand(q, rule), QaPixelMask.describe(flags, true), "QA_PIXEL water bit 7");
    }

    @Override
    Double nodata() {
        return request.nodata() != null ? request.nodata() : Double.valueOf(0);
    }
}
