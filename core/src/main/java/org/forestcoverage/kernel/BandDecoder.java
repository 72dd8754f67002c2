package org.forestcoverage.kernel;

import java.io.Serializable;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.scene.Calibration;

/**
 * How one band's stored values become reflectance: its pixel type (which says the tile storage and signedness), the
 * nodata rule and the {@link Calibration}. Resolved once on the driver from the band's header and the scene's
 * metadata. Immutable.
 *
 * <pre>{@code
 * BandDecoder red = BandDecoder.of(PixelType.UINT16, 0.0, new Calibration(2.75e-5, -0.2));   // Landsat C2 L2
 * }</pre>
 */
public record BandDecoder(PixelType type, NodataRule nodata, Calibration calibration) implements Serializable {

    public BandDecoder {
        if (type != nodata.type()) {
            throw new IllegalArgumentException("nodata rule of " + nodata.type() + " for a " + type + " band");
        }
    }

    /** A decoder for a band of {@code type} whose nodata is {@code nodata} ({@code null} for none). */
    public static BandDecoder of(PixelType type, Double nodata, Calibration calibration) {
        return new BandDecoder(type, new NodataRule(type, nodata), calibration);
    }

    /** The mask that turns a stored {@code short} into the band's integer: {@code 0xFFFF} unsigned, {@code -1} signed. */
    public int shortMask() {
        return type.isUnsigned() ? 0xFFFF : -1;
    }
}
