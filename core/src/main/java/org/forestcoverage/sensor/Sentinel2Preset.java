package org.forestcoverage.sensor;

import java.nio.file.Path;
import java.util.Locale;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneSpec;

/** The {@code sentinel-2-l2a} preset's spec building. Package-private. */
final class Sentinel2Preset {
    static final double FILL = 0;

    private Sentinel2Preset() {
    }

    static SceneSpec sceneSpec(SensorPreset preset, SceneRequest r) {
        String ctx = r.context();
        String nirName = r.useB8A() ? "B8A" : "B08";
        BandRef red = r.resolve(r.red());
        BandRef nir = r.resolve(r.nir());
        BandRef quality = r.resolve(r.quality());
        Calibration redCal = null;
        Calibration nirCal = null;
        double q = Sentinel2Metadata.DEFAULT_QUANTIFICATION;
        if (r.metadata() != null) {
            Sentinel2Metadata mtd;
            try {
                mtd = Sentinel2Metadata.read(Path.of(r.resolve(r.metadata())));
            } catch (SensorException e) {
                throw new SensorException(ctx + ": field 'metadata': " + e.getMessage(), e);
            }
            if (r.scale() == null && r.boaAddOffset() == null) {
                try {
                    redCal = mtd.calibration("B04");
                    nirCal = mtd.calibration(nirName);
                } catch (SensorException e) {
                    throw new SensorException(ctx + ": " + e.getMessage(), e);
                }
            }
            if (mtd.quantification() != null) {
                q = mtd.quantification();
            }
            red = red != null ? red : imageFile(ctx, mtd, "B04", "10m", "red");
            nir = nir != null ? nir : imageFile(ctx, mtd, nirName, r.useB8A() ? "20m" : "10m", "nir");
            if (quality == null) {
                quality = mtd.imageFile("SCL", "20m").map(p -> new BandRef(p, 1)).orElse(null);
            }
        } else {
            LandsatPresets.requireBands(ctx, red, nir, "'metadata' (the product's MTD_MSIL2A.xml)");
        }
        checkName(ctx, "red", red, "B04");
        checkName(ctx, "nir", nir, nirName);
        if (r.boaAddOffset() != null) {
            redCal = new Calibration(1 / q, r.boaAddOffset() / q);
            nirCal = redCal;
        } else if (redCal == null && r.baseline() != null) {
            double offset;
            try {
                offset = Sentinel2Metadata.offsetForBaseline(r.baseline());
            } catch (SensorException e) {
                throw new SensorException(ctx + ": field 'baseline': " + e.getMessage(), e);
            }
            redCal = new Calibration(1 / q, offset / q);
            nirCal = redCal;
        }
        if (r.scale() != null) {
            redCal = new Calibration(r.scale(), r.offset());
            nirCal = redCal;
        }
        if (redCal == null) {
            if (!r.allowRawDn()) {
                throw new SensorException(ctx + ": cannot determine the scaling of " + red.path() + ": no "
                        + "MTD_MSIL2A.xml given; state 'metadata' (the product's MTD_MSIL2A.xml), or 'baseline' (the "
                        + "processing baseline, e.g. 04.00 for N0400 in the product name), or 'boaAddOffset' (-1000 "
                        + "from baseline 04.00, 0 before)");
            }
            redCal = Calibration.IDENTITY;
            nirCal = Calibration.IDENTITY;
        }
        QualityBand qb = null;
        if (quality != null) {
            try {
                qb = new QualityBand(quality, SclMask.rule(
                        r.maskValues().isEmpty() ? SclMask.DEFAULT_MASKED : r.maskValues(),
                        r.waterValues().isEmpty() ? SclMask.DEFAULT_WATER : r.waterValues()));
            } catch (SensorException e) {
                throw new SensorException(ctx + ": field 'maskValues'/'waterValues': " + e.getMessage(), e);
            }
        }
        return new SceneSpec(r.id(), r.year(), preset.id(), red, nir, redCal, nirCal,
                LandsatPresets.nodata(r, FILL), qb);
    }

    private static BandRef imageFile(String ctx, Sentinel2Metadata mtd, String band, String res, String field) {
        return mtd.imageFile(band, res).map(p -> new BandRef(p, 1)).orElseThrow(() -> new SensorException(ctx
                + ": " + mtd.source() + " lists no IMAGE_FILE ending in _" + band + "_" + res + "; state '" + field
                + "' (the band file) in the manifest"));
    }

    /** Refuses a band file whose name says it is another Sentinel-2 band (e.g. B08 given as red). */
    private static void checkName(String ctx, String field, BandRef band, String expected) {
        String name = ProductNames.fileName(band.path()).toUpperCase(Locale.ROOT);
        var m = java.util.regex.Pattern.compile("(?:^|_)(B0[1-9]|B1[0-2]|B8A)(?:_\\d{2}M)?\\.(JP2|TIFF?)$")
                .matcher(name);
        if (m.find() && !m.group(1).equals(expected)) {
            throw new SensorException(ctx + ": field '" + field + "' is " + band.path() + ", band " + m.group(1)
                    + ", but the " + field + " band of this preset is " + expected
                    + (expected.equals("B08") && m.group(1).equals("B8A") ? " (set useB8A for the 20 m NIR)" : ""));
        }
    }
}
