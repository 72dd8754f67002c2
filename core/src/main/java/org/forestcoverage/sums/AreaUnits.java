package org.forestcoverage.sums;

/** Area unit conversions from m2: hectares, km2 and mu (1 mu = 10000 / 15 m2 = 666.67 m2, the unit of China's plans). */
public final class AreaUnits {
    public static final double M2_PER_HA = 10_000;
    public static final double M2_PER_KM2 = 1_000_000;
    public static final double M2_PER_MU = 10_000.0 / 15.0;

    private AreaUnits() {
    }

    public static double ha(double areaM2) {
        return areaM2 / M2_PER_HA;
    }

    public static double km2(double areaM2) {
        return areaM2 / M2_PER_KM2;
    }

    public static double mu(double areaM2) {
        return areaM2 / M2_PER_MU;
    }
}
