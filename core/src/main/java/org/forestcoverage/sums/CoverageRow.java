package org.forestcoverage.sums;

import java.math.BigDecimal;

/**
 * Forest coverage of one district (or the city, id {@code ALL}) in one year. Pixel figures are pixel
 * equivalents (whole numbers with pixel-centre zones, fractional with exact coverage), areas are exact
 * decimals in m2. Observed = forest + non-forest + water; coverage is forest over observed land
 * (forest + non-forest), in percent, {@code NaN} when nothing of the district was observed.
 */
public record CoverageRow(int year, String districtId, String districtName,
                          BigDecimal forestPx, BigDecimal nonForestPx, BigDecimal waterPx, BigDecimal unobservedPx,
                          BigDecimal forestM2, BigDecimal nonForestM2, BigDecimal waterM2, BigDecimal unobservedM2) {

    public static final String CITY = "ALL";

    public BigDecimal observedPx() {
        return forestPx.add(nonForestPx).add(waterPx);
    }

    public BigDecimal totalPx() {
        return observedPx().add(unobservedPx);
    }

    public BigDecimal observedM2() {
        return forestM2.add(nonForestM2).add(waterM2);
    }

    public BigDecimal landM2() {
        return forestM2.add(nonForestM2);
    }

    public BigDecimal totalM2() {
        return observedM2().add(unobservedM2);
    }

    /** Forest / observed land, in percent; NaN when no land was observed. */
    public double coveragePct() {
        BigDecimal land = landM2();
        return land.signum() == 0 ? Double.NaN : forestM2.doubleValue() / land.doubleValue() * 100.0;
    }

    /** Observed share of the district's area, in percent; NaN for an empty district. */
    public double observedPct() {
        BigDecimal total = totalM2();
        return total.signum() == 0 ? Double.NaN : observedM2().doubleValue() / total.doubleValue() * 100.0;
    }
}
