package org.forestcoverage.scene;

import java.io.Serializable;

/**
 * A published linear transform of red and NIR surface reflectance from one sensor to another ({@code to = slope x from
 * + offset}, reflectance units), with the sensors it links and where it was published. Immutable.
 *
 * <pre>{@code
 * CrossSensor c = CrossSensor.ETM_TO_OLI;
 * Calibration red = c.red(new Calibration(2.75e-5, -0.2));   // DN straight to OLI-equivalent reflectance
 * }</pre>
 *
 * @param from      the sensor the scene was taken with ({@code ETM+/TM}, {@code MSI (Sentinel-2A)}...)
 * @param to        the reference sensor ({@code OLI})
 * @param reference the publication and table the coefficients come from
 */
public record CrossSensor(String from, String to, double redSlope, double redOffset, double nirSlope, double nirOffset,
                          String reference) implements Serializable {

    /**
     * Landsat-7 ETM+ to Landsat-8 OLI surface reflectance, ordinary least squares (OLI predicted from ETM+): Roy et al.
     * (2016), Remote Sensing of Environment 185:57-70, Table 2. Also used for Landsat 4/5 TM, as is usual.
     */
    public static final CrossSensor ETM_TO_OLI = new CrossSensor("ETM+/TM", "OLI", 0.9047, 0.0061, 0.8462, 0.0412,
            "Roy et al. 2016, RSE 185:57-70, Table 2, OLS");
    /**
     * Sentinel-2A MSI to Landsat-8 OLI, the HLS bandpass adjustment (Claverie et al. 2018, RSE 219:145-161; HLS v2.0
     * coefficients): red B04, NIR B8A (applied to B08 too, whose adjustment HLS does not publish).
     */
    public static final CrossSensor MSI_A_TO_OLI = new CrossSensor("MSI (Sentinel-2A)", "OLI", 0.9765, 0.0009, 0.9983,
            -0.0001, "Claverie et al. 2018, RSE 219:145-161 (HLS bandpass adjustment, S2A)");
    /** Sentinel-2B MSI to Landsat-8 OLI, the HLS bandpass adjustment (as {@link #MSI_A_TO_OLI}, S2B coefficients). */
    public static final CrossSensor MSI_B_TO_OLI = new CrossSensor("MSI (Sentinel-2B)", "OLI", 0.9761, 0.001, 0.9966,
            0.0, "Claverie et al. 2018, RSE 219:145-161 (HLS bandpass adjustment, S2B)");

    /** The red band's calibration followed by this transform: DN to reference-sensor reflectance in one step. */
    public Calibration red(Calibration c) {
        return new Calibration(c.scale() * redSlope, c.offset() * redSlope + redOffset);
    }

    /** The NIR band's calibration followed by this transform. */
    public Calibration nir(Calibration c) {
        return new Calibration(c.scale() * nirSlope, c.offset() * nirSlope + nirOffset);
    }

    /** One line for reports: {@code ETM+/TM -> OLI: red 0.9047 x + 0.0061, NIR 0.8462 x + 0.0412 (Roy ...)}. */
    public String describe() {
        return from + " -> " + to + ": red " + redSlope + " x + " + redOffset + ", NIR " + nirSlope + " x + " + nirOffset
                + " (" + reference + ")";
    }
}
