package org.forestcoverage.coverage;

import java.io.Serializable;

/**
 * A reference ellipsoid: semi-major axis {@code a} in metres and inverse flattening ({@code 0} or infinite for a
 * sphere).
 *
 * <pre>{@code
 * double km2 = Ellipsoid.WGS84.quadrangleAreaM2(0, 1, 1) / 1e6; // 1 x 1 degree at the equator, about 12,308.8
 * }</pre>
 */
public record Ellipsoid(double a, double inverseFlattening) implements Serializable {
    public static final Ellipsoid WGS84 = new Ellipsoid(6378137.0, 298.257223563);

    public Ellipsoid {
        if (!(a > 0) || inverseFlattening < 0 || (inverseFlattening > 0 && inverseFlattening <= 1)) {
            throw new IllegalArgumentException("bad ellipsoid a=" + a + ", 1/f=" + inverseFlattening);
        }
    }

    public double flattening() {
        return inverseFlattening == 0 || Double.isInfinite(inverseFlattening) ? 0 : 1 / inverseFlattening;
    }

    /** Square of the first eccentricity. */
    public double e2() {
        double f = flattening();
        return f * (2 - f);
    }

    /** Semi-minor axis in metres. */
    public double b() {
        return a * (1 - flattening());
    }

    /**
     * Area in m2 of the quadrangle between latitudes {@code lat1} and {@code lat2} (degrees, any order, clamped to
     * [-90, 90]) and {@code dLonDeg} degrees of longitude, exactly on the ellipsoid:
     * {@code A = b^2 dlon / 2 * [g(phi2) - g(phi1)]} with {@code g(phi) = sin(phi) / (1 - e^2 sin^2(phi))
     * + atanh(e sin(phi)) / e} (the authalic "q" function up to a factor).
     */
    public double quadrangleAreaM2(double lat1, double lat2, double dLonDeg) {
        double p1 = Math.toRadians(Math.max(-90, Math.min(90, Math.min(lat1, lat2))));
        double p2 = Math.toRadians(Math.max(-90, Math.min(90, Math.max(lat1, lat2))));
        double b = b();
        return b * b * Math.toRadians(Math.abs(dLonDeg)) / 2 * (g(p2) - g(p1));
    }

    private double g(double phi) {
        double e2 = e2();
        double s = Math.sin(phi);
        if (e2 == 0) {
            return 2 * s;
        }
        double e = Math.sqrt(e2);
        double x = e * s;
        double atanh = 0.5 * Math.log1p(2 * x / (1 - x));
        return s / (1 - e2 * s * s) + atanh / e;
    }
}
