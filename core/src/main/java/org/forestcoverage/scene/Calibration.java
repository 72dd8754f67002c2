package org.forestcoverage.scene;

import java.io.Serializable;

/**
 * Linear scaling from digital numbers to reflectance (unitless, 0..1): {@code reflectance = DN * scale + offset}.
 * Landsat C2 L2 SR is {@code (0.0000275, -0.2)}; Sentinel-2 L2A from baseline 04.00 is {@code (1e-4, -0.1)}.
 */
public record Calibration(double scale, double offset) implements Serializable {
    public static final Calibration IDENTITY = new Calibration(1, 0);

    public Calibration {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("calibration needs a finite positive scale and finite offset, got scale "
                    + scale + ", offset " + offset);
        }
    }

    public double reflectance(double dn) {
        return dn * scale + offset;
    }
}
