package org.forestcoverage.qa;

/**
 * The mapped size of the two strata of a forest map (forest and non-forest) in one area (the city or a district), in
 * pixels and in square metres. Unobserved and water pixels are not strata and are not counted. Immutable.
 *
 * @param forestPixels    pixels mapped forest
 * @param nonForestPixels pixels mapped non-forest
 * @param forestM2        their area, m2
 * @param nonForestM2     their area, m2
 */
public record StratumAreas(long forestPixels, long nonForestPixels, double forestM2, double nonForestM2) {

    public static final StratumAreas ZERO = new StratumAreas(0, 0, 0, 0);

    public StratumAreas plus(StratumAreas o) {
        return new StratumAreas(forestPixels + o.forestPixels, nonForestPixels + o.nonForestPixels,
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
}
