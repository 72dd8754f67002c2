package org.forestcoverage.qa;

/**
 * Mapped and error-adjusted area of one reference class (Olofsson et al. 2014 eqs. 9-11), in square metres.
 * {@code adjustedAreaM2 = A * p_.j}; {@code seM2 = A * SE(p_.j)}; the 95 % interval is
 * {@code adjustedAreaM2 +/- ciHalfWidthM2} with {@code ciHalfWidthM2 = 1.96 * seM2}.
 *
 * <pre>{@code
 * AreaEstimate forest = assessment.area(0);
 * System.out.printf("%.0f +/- %.0f ha%n", forest.adjustedAreaHa(), forest.ciHalfWidthHa());
 * }</pre>
 *
 * @param className      the class
 * @param mappedAreaM2   area mapped as the class (the stratum area), m2
 * @param adjustedAreaM2 error-adjusted (estimated true) area of the class, m2
 * @param seM2           standard error of the adjusted area, m2
 */
public record AreaEstimate(String className, double mappedAreaM2, double adjustedAreaM2, double seM2) {

    private static final double M2_PER_HA = 10_000;

    /** 95 % confidence half-width, 1.96 SE, m2. */
    public double ciHalfWidthM2() {
        return StratifiedEstimator.Z95 * seM2;
    }

    public double mappedAreaHa() {
        return mappedAreaM2 / M2_PER_HA;
    }

    public double adjustedAreaHa() {
        return adjustedAreaM2 / M2_PER_HA;
    }

    public double seHa() {
        return seM2 / M2_PER_HA;
    }

    public double ciHalfWidthHa() {
        return ciHalfWidthM2() / M2_PER_HA;
    }
}
