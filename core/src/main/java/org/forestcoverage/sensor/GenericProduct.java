package org.forestcoverage.sensor;

import java.util.Optional;
import java.util.Set;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;

/**
 * Any raster with red and NIR bands ({@code generic}): bands, scaling and mask are what the manifest states.
 * Package-private.
 */
final class GenericProduct extends Product {
    GenericProduct(SceneRequest r) {
        super(r);
    }

    @Override
    Optional<BandRef> band(BandRole role) {
        return Optional.empty();
    }

    @Override
    Optional<Scaling> scaling(BandRole role, BandRef file) {
        return Optional.empty();
    }

    @Override
    SensorException unknownScaling(BandRole role, BandRef file) {
        Optional<String> why = ProductNames.scaledProduct(file.path());
        return new SensorException(ctx + ": refusing to read " + file.path() + " as reflectance without a stated "
                + "scaling" + why.map(w -> ": " + w).orElse("") + ". State 'scale' and 'offset' (reflectance = DN "
                + "x scale + offset; scale 1, offset 0 if the bands already hold reflectance), or on the band itself "
                + "(\"" + role.key() + "\": {\"file\": ..., \"scale\": ..., \"offset\": ...}), or set 'allowRawDn' to "
                + "read digital numbers as they are");
    }

    @Override
    String metadataHint() {
        return "a generic scene has none";
    }

    @Override
    SensorException missingBand(BandRole role) {
        return new SensorException(ctx + ": field '" + role.key() + "' is missing; a generic scene states its red "
                + "and NIR bands (file and band index)");
    }

    @Override
    Quality quality() {
        if (request.quality() == null) {
            if (request.maskBits() != null || !request.maskValues().isEmpty()) {
                throw new SensorException(ctx + ": field 'maskBits'/'maskValues' given but no 'quality' band to apply "
                        + "them to");
            }
            return null;
        }
        BandRef q = request.resolve(request.quality());
        MaskRule rule = maskRule(q);
        String desc = "quality band " + ProductNames.fileName(q.path()) + "#" + q.band() + ": " + (rule instanceof
                MaskRule.Bits b ? "bits " + Integer.toBinaryString(b.maskedBits()) + " (binary) masked"
                : "values " + request.maskValues() + " masked");
        String water = rule instanceof MaskRule.Classes && !request.waterValues().isEmpty()
                ? "quality band values " + request.waterValues() : null;
        return new Quality(new QualityBand(q, rule), desc, water);
    }

    private MaskRule maskRule(BandRef q) {
        boolean bits = request.maskBits() != null;
        boolean values = !request.maskValues().isEmpty();
        if (bits == values) {
            throw new SensorException(ctx + ": the mask band " + q.path() + " needs exactly one of field "
                    + "'maskBits' (any set bit masks) or field 'maskValues' (listed values mask); got "
                    + (bits ? "both" : "neither"));
        }
        if (bits) {
            if (request.maskBits() == 0) {
                throw new SensorException(ctx + ": field 'maskBits' is 0, which masks nothing");
            }
            if (!request.waterValues().isEmpty()) {
                throw new SensorException(ctx + ": field 'waterValues' cannot be combined with 'maskBits'");
            }
            return new MaskRule.Bits(request.maskBits(), 0);
        }
        for (int w : request.waterValues()) {
            if (request.maskValues().contains(w)) {
                throw new SensorException(ctx + ": value " + w + " is in both 'maskValues' and 'waterValues'");
            }
        }
        return new MaskRule.Classes(Set.copyOf(request.maskValues()), Set.copyOf(request.waterValues()));
    }

    @Override
    Double nodata() {
        return request.nodata();
    }
}
