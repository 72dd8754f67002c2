package org.forestcoverage.sensor;

import java.time.LocalDate;

/**
 * The Earth-Sun distance on a date, in astronomical units, for scenes whose metadata does not state it
 * ({@code EARTH_SUN_DISTANCE} appears in Landsat MTLs only from 2012 on).
 *
 * <p>From the eccentricity correction factor {@code E0 = (r0 / r)^2} of J. W. Spencer (1971), "Fourier series
 * representation of the position of the Sun", Search 2(5):172, as given by M. Iqbal (1983), An Introduction to Solar
 * Radiation, eq. 1.2.1: {@code E0 = 1.000110 + 0.034221 cos G + 0.001280 sin G + 0.000719 cos 2G + 0.000077 sin 2G}
 * with the day angle {@code G = 2 pi (DOY - 1) / 365}; then {@code d = 1 / sqrt(E0)}. Spencer's series is within
 * 1e-4 of E0 (Iqbal), i.e. 5e-5 AU, and within 5e-4 AU of the day-of-year table in the Landsat 7 Science Data
 * Users Handbook; the reflectance error that follows (2 x the relative error of d) is below 0.1 %.
 *
 * <pre>{@code
 * EarthSunDistance.au(LocalDate.of(2011, 2, 14));   // 0.98726
 * }</pre>
 *
 * Stateless and thread-safe.
 */
final class EarthSunDistance {
    private EarthSunDistance() {
    }

    /** Earth-Sun distance in AU on {@code date} (its day of year; the time of day is not needed at this accuracy). */
    static double au(LocalDate date) {
        double g = 2 * Math.PI * (date.getDayOfYear() - 1) / 365.0;
        double e0 = 1.000110 + 0.034221 * Math.cos(g) + 0.001280 * Math.sin(g) + 0.000719 * Math.cos(2 * g)
                + 0.000077 * Math.sin(2 * g);
        return 1 / Math.sqrt(e0);
    }
}
