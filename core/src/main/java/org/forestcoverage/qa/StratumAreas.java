package org.forestcoverage.qa;

import java.math.BigDecimal;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.sums.CoverageSums;

/**
 * The mapped size of the two strata of a forest map (forest and non-forest) in one area (the city or a district), in
 * pixel equivalents and in square metres, as the one accumulator ({@code sums.DistrictTally}) adds them: with
 * fractional zones a boundary pixel counts by the share of its area in the district, so pixel equivalents may be
 * fractional. Unobserved and water pixels are not strata and are not counted. Immutable.
 *
 * @param forestPixels    pixels (equivalents) mapped forest
 * @param nonForestPixels pixels (equivalents) mapped non-forest
 * @param forestM2        their area, m2
 * @param nonForestM2     their area, m2
 */
public record StratumAreas(BigDecimal forestPixels, BigDecimal nonForestPixels, double forestM2, double nonForestM2) {

    public static final StratumAreas ZERO = new StratumAreas(0, 0, 0, 0);

    /** Whole pixel counts. */
    public StratumAreas(long forestPixels, long nonForestPixels, double forestM2, double nonForestM2) {
        this(BigDecimal.valueOf(forestPixels), BigDecimal.valueOf(nonForestPixels), forestM2, nonForestM2);
    }

    /** The strata of zone {@code zone} (1-based district, as in the sums) in year index {@code year}. */
    public static StratumAreas of(CoverageSums sums, int year, int zone) {
        return new StratumAreas(pixels(sums.px(year, zone, LandClass.FOREST)),
                pixels(sums.px(year, zone, LandClass.NON_FOREST)), sums.mm2(year, zone, LandClass.FOREST) / 1e6,
                sums.mm2(year, zone, LandClass.NON_FOREST) / 1e6);
    }

    private static BigDecimal pixels(long units) {
        return new BigDecimal(units).divide(BigDecimal.valueOf(CoverageSums.PX_UNIT));
    }

    public StratumAreas plus(StratumAreas o) {
        return new StratumAreas(forestPixels.add(o.forestPixels), nonForestPixels.add(o.nonForestPixels),
                forestM2 + o.forestM2, nonForestM2 + o.nonForestM2);
    }

    /** Mapped areas in {@link SurveyAssessment#CLASSES} order (forest, non-forest), m2. */
    public double[] areasM2() {
        return new double[] {forestM2, nonForestM2};
    }

    /** Mapped forest / mapped land (forest + non-forest), percent; NaN without land. */
    public double mappedCoveragePercent() {
        double land = forestM2 + nonForestM2;
        return land > 0 ? 100 * forestM2 / land : Double.NaN;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StratumAreas s && s.forestPixels.compareTo(forestPixels) == 0
                && s.nonForestPixels.compareTo(nonForestPixels) == 0 && Double.compare(s.forestM2, forestM2) == 0
                && Double.compare(s.nonForestM2, nonForestM2) == 0;
    }

    @Override
    public int hashCode() {
        return forestPixels.stripTrailingZeros().hashCode() * 31 + Double.hashCode(forestM2);
    }
}
