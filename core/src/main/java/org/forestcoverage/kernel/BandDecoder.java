package org.forestcoverage.kernel;

import java.io.Serializable;
import org.forestcoverage.scene.Calibration;

/**
 * How to turn one band's stored integers into reflectance: signedness of the 16-bit storage, the nodata
 * value (raw, or none) and the {@link Calibration}.
 */
public record BandDecoder(boolean unsigned, boolean hasNodata, int nodata, Calibration calibration) implements Serializable {

    /** The raw integer value of a stored short. */
    public int raw(short s) {
        return unsigned ? s & 0xFFFF : s;
    }

    /** True when {@code raw} is this band's nodata. */
    public boolean isNodata(int raw) {
        return hasNodata && raw == nodata;
    }
}
