package org.forestcoverage.sensor;

import java.util.Optional;
import java.util.Set;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneSpec;

/** The {@code generic} preset's spec building. Package-private. */
final class GenericPreset {
    private GenericPreset() {
    }

    static SceneSpec sceneSpec(SensorPreset preset, SceneRequest r) {
        String ctx = r.context();
        BandRef red = r.resolve(r.red());
        BandRef nir = r.resolve(r.nir());
        if (red == null || nir == null) {
            throw new SensorException(ctx + ": field '" + (red == null ? "red" : "nir") + "' is missing; a generic "
                    + "scene states its red and NIR bands (file and band index)");
        }
        Calibration cal;
        if (r.scale() != null) {
            cal = new Calibration(r.scale(), r.offset());
        } else if (r.allowRawDn()) {
            cal = Calibration.IDENTITY;
        } else {
            Optional<String> why = ProductNames.scaledProduct(red.path())
                    .or(() -> ProductNames.scaledProduct(nir.path()));
            throw new SensorException(ctx + ": refusing to read " + red.path() + " as reflectance without a stated "
                    + "scaling" + why.map(w -> ": " + w).orElse("") + ". State 'scale' and 'offset' (reflectance = DN "
                    + "x scale + offset; scale 1, offset 0 if the bands already hold reflectance), or set "
                    + "'allowRawDn' to read digital numbers as they are");
        }
        QualityBand quality = null;
        if (r.quality() != null) {
            quality = new QualityBand(r.resolve(r.quality()), maskRule(r));
        } else if (r.maskBits() != null || !r.maskValues().isEmpty()) {
            throw new SensorException(ctx + ": field 'maskBits'/'maskValues' given but no 'quality' band to apply "
                    + "them to");
        }
        return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, cal, cal, r.nodata(), quality);
    }

    private static MaskRule maskRule(SceneRequest r) {
        String ctx = r.context();
        boolean bits = r.maskBits() != null;
        boolean values = !r.maskValues().isEmpty();
        if (bits == values) {
            throw new SensorException(ctx + ": the mask band " + r.quality().path() + " needs exactly one of field "
                    + "'maskBits' (any set bit masks) or field 'maskValues' (listed values mask); got "
                    + (bits ? "both" : "neither"));
        }
        if (bits) {
            if (r.maskBits() == 0) {
                throw new SensorException(ctx + ": field 'maskBits' is 0, which masks nothing");
            }
            if (!r.waterValues().isEmpty()) {
                throw new SensorException(ctx + ": field 'waterValues' cannot be combined with 'maskBits'");
            }
            return new MaskRule.Bits(r.maskBits(), 0);
        }
        for (int w : r.waterValues()) {
            if (r.maskValues().contains(w)) {
                throw new SensorException(ctx + ": value " + w + " is in both 'maskValues' and 'waterValues'");
            }
        }
        return new MaskRule.Classes(Set.copyOf(r.maskValues()), Set.copyOf(r.waterValues()));
    }
}
