package org.forestcoverage.coverage;

/**
 * Units areas are reported in, with their size in square metres.
 *
 * <pre>{@code
 * double mu = AreaUnit.MU.fromM2(1e6); // 1500 mu in a square kilometre
 * }</pre>
 */
public enum AreaUnit {
    M2(1),
    HA(1e4),
    KM2(1e6),
    /** The Chinese mu (亩): 10000 / 15 m2, about 666.67 m2, the unit of the forest plans. */
    MU(1e4 / 15);

    private final double m2;

    AreaUnit(double m2) {
        this.m2 = m2;
    }

    /** Square metres in one unit. */
    public double m2() {
        return m2;
    }

    /** {@code areaM2} square metres in this unit. */
    public double fromM2(double areaM2) {
        return areaM2 / m2;
    }
}
