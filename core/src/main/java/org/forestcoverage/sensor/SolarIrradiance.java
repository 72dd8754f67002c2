package org.forestcoverage.sensor;

import java.util.Map;
import java.util.Optional;

/**
 * Mean exoatmospheric solar spectral irradiance (ESUN) of the Landsat TM and ETM+ reflective bands, in
 * W / (m^2 sr um) x sr = W / (m^2 um), as used to turn at-sensor radiance into top-of-atmosphere reflectance.
 *
 * <p>Source: G. Chander, B. L. Markham, D. L. Helder (2009), "Summary of current radiometric calibration coefficients
 * for Landsat MSS, TM, ETM+, and EO-1 ALI sensors", Remote Sensing of Environment 113:893-903, Table 2 (ESUN of the
 * ChKur solar spectrum convolved with each band's relative spectral response).
 *
 * <pre>{@code
 * SolarIrradiance.esun(5, 3);   // Optional[1536.0]: Landsat 5 TM band 3 (red)
 * SolarIrradiance.esun(8, 4);   // empty: OLI has no ESUN in that table (its MTL carries reflectance rescaling)
 * }</pre>
 *
 * Stateless and thread-safe.
 */
final class SolarIrradiance {
    /** Bands 1, 2, 3, 4, 5 and 7 of Landsat 4 TM, Landsat 5 TM and Landsat 7 ETM+ (band 8: ETM+ panchromatic). */
    private static final Map<Integer, Map<Integer, Double>> ESUN = Map.of(
            4, Map.of(1, 1983.0, 2, 1795.0, 3, 1539.0, 4, 1028.0, 5, 219.8, 7, 83.49),
            5, Map.of(1, 1983.0, 2, 1796.0, 3, 1536.0, 4, 1031.0, 5, 220.0, 7, 83.44),
            7, Map.of(1, 1997.0, 2, 1812.0, 3, 1533.0, 4, 1039.0, 5, 230.8, 7, 84.90, 8, 1362.0));

    private SolarIrradiance() {
    }

    /** ESUN of band {@code band} of Landsat {@code mission}, or empty when the table has none. */
    static Optional<Double> esun(int mission, int band) {
        return Optional.ofNullable(ESUN.getOrDefault(mission, Map.of()).get(band));
    }
}
