package org.forestcoverage.sensor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.BandRole;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.QualityBand;

/**
 * Sentinel-2 Level-2A ({@code sentinel-2-l2a}): red B04, NIR B08 (10 m) or B8A (20 m, {@code useB8A}), green B03,
 * SWIR1 B11, quality SCL; from the {@code MTD_MSIL2A.xml} of a {@code .SAFE} folder (or the folder itself) or from band
 * files named in the manifest. Reflectance = (DN + BOA_ADD_OFFSET) / BOA_QUANTIFICATION_VALUE, the offset from the
 * manifest's {@code boaAddOffset}, else the MTD's list, else the processing baseline (-1000 from 04.00, 0 before).
 * Package-private.
 */
final class Sentinel2Product extends Product {
    private static final Pattern BAND_NAME = Pattern.compile("(?:^|_)(B0[1-9]|B1[0-2]|B8A)(?:_\\d{2}M)?\\.(JP2|TIFF?)$");

    private final Sentinel2Metadata mtd;
    private final Map<BandRole, String> names;

    Sentinel2Product(SceneRequest r) {
        super(r);
        names = Map.of(BandRole.RED, "B04", BandRole.NIR, r.useB8A() ? "B8A" : "B08", BandRole.GREEN, "B03",
                BandRole.SWIR, "B11");
        if (r.metadata() == null) {
            mtd = null;
            return;
        }
        try {
            mtd = Sentinel2Metadata.read(Path.of(r.resolve(r.metadata())));
        } catch (SensorException e) {
            throw new SensorException(ctx + ": field 'metadata': " + e.getMessage(), e);
        }
        if (mtd.processingLevel() != null && !mtd.processingLevel().strip().equalsIgnoreCase("Level-2A")) {
            throw new SensorException(ctx + ": field 'metadata': " + mtd.source() + " is a " + mtd.processingLevel()
                    + " product; the sentinel-2-l2a preset reads Level-2A (MTD_MSIL2A.xml)");
        }
    }

    @Override
    Optional<LocalDate> acquired() {
        return mtd == null ? Optional.empty() : Optional.ofNullable(mtd.acquired());
    }

    @Override
    Optional<BandRef> band(BandRole role) {
        if (mtd == null) {
            return Optional.empty();
        }
        String name = names.get(role);
        String res = name.equals("B8A") || name.equals("B11") ? "20m" : "10m";
        return Optional.of(mtd.imageFile(name, res).map(p -> new BandRef(p, 1)).orElseThrow(() -> new SensorException(
                ctx + ": " + mtd.source() + " lists no IMAGE_FILE ending in _" + name + "_" + res + "; state '"
                        + role.key() + "' (the band file) in the manifest")));
    }

    @Override
    Optional<Scaling> scaling(BandRole role, BandRef file) {
        String band = names.get(role);
        double q = mtd != null && mtd.quantification() != null ? mtd.quantification()
                : Sentinel2Metadata.DEFAULT_QUANTIFICATION;
        if (request.boaAddOffset() != null) {
            return Optional.of(new Scaling(new Calibration(1 / q, request.boaAddOffset() / q), "(DN + boaAddOffset "
                    + plain(request.boaAddOffset()) + ", stated) / " + plain(q)));
        }
        if (mtd != null && (!mtd.boaAddOffsets().isEmpty() || mtd.processingBaseline() != null
                || request.baseline() == null)) {
            try {
                Calibration c = mtd.calibration(band);
                String from = mtd.boaAddOffsets().isEmpty() ? "the offset of PROCESSING_BASELINE "
                        + mtd.processingBaseline() : "BOA_ADD_OFFSET";
                return Optional.of(new Scaling(c, ProductNames.fileName(mtd.source()) + " (DN + " + from + ") / "
                        + "BOA_QUANTIFICATION_VALUE " + plain(q)));
            } catch (SensorException e) {
                throw new SensorException(ctx + ": " + e.getMessage(), e);
            }
        }
        if (request.baseline() != null) {
            double offset;
            try {
                offset = Sentinel2Metadata.offsetForBaseline(request.baseline());
            } catch (SensorException e) {
                throw new SensorException(ctx + ": field 'baseline': " + e.getMessage(), e);
            }
            return Optional.of(new Scaling(new Calibration(1 / q, offset / q), "processing baseline "
                    + request.baseline() + " (stated): (DN " + (offset < 0 ? "- " + plain(-offset) : "+ "
                    + plain(offset)) + ") / " + plain(q)));
        }
        return Optional.empty();
    }

    @Override
    SensorException unknownScaling(BandRole role, BandRef file) {
        return new SensorException(ctx + ": cannot determine the scaling of " + file.path() + ": no MTD_MSIL2A.xml "
                + "given; state 'metadata' (the product's .SAFE folder or its MTD_MSIL2A.xml), or 'baseline' (the "
                + "processing baseline, e.g. 04.00 for N0400 in the product name), or 'boaAddOffset' (-1000 from "
                + "baseline 04.00, 0 before)");
    }

    @Override
    String metadataHint() {
        return "the product's .SAFE folder or its MTD_MSIL2A.xml";
    }

    /** Refuses a band file whose name says it is another Sentinel-2 band (e.g. B08 given as red). */
    @Override
    void check(BandRole role, BandRef band) {
        String expected = names.get(role);
        String name = ProductNames.fileName(band.path()).toUpperCase(Locale.ROOT);
        Matcher m = BAND_NAME.matcher(name);
        if (m.find() && !m.group(1).equals(expected)) {
            throw new SensorException(ctx + ": field '" + role.key() + "' is " + band.path() + ", band " + m.group(1)
                    + ", but the " + role.key() + " band of this preset is " + expected
                    + (expected.equals("B08") && m.group(1).equals("B8A") ? " (set useB8A for the 20 m NIR)" : ""));
        }
    }

    @Override
    Quality quality() {
        BandRef q = request.resolve(request.quality());
        if (q == null && mtd != null) {
            q = mtd.imageFile("SCL", "20m").map(p -> new BandRef(p, 1)).orElse(null);
        }
        if (q == null) {
            return null;
        }
        var masked = request.maskValues().isEmpty() ? SclMask.DEFAULT_MASKED : request.maskValues();
        var water = request.waterValues().isEmpty() ? SclMask.DEFAULT_WATER : request.waterValues();
        try {
            return new Quality(new QualityBand(q, SclMask.rule(masked, water)), SclMask.describe(masked, water),
                    water.isEmpty() ? null : "SCL classes " + new java.util.TreeSet<>(water));
        } catch (SensorException e) {
            throw new SensorException(ctx + ": field 'maskValues'/'waterValues': " + e.getMessage(), e);
        }
    }

    @Override
    Double nodata() {
        return request.nodata() != null ? request.nodata() : Double.valueOf(0);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
