package org.forestcoverage.trajectory;

import java.util.OptionalDouble;

/**
 * A measured forest coverage for one year, optionally with the 95 % confidence half-width from QA.
 *
 * <pre>{@code
 * MeasuredCoverage m = MeasuredCoverage.of(2022, 44.71);
 * MeasuredCoverage q = MeasuredCoverage.withCi(2022, 44.71, 0.35);
 * MeasuredCoverage a = MeasuredCoverage.fromAreas(2022, forestM2, observedLandM2, OptionalDouble.empty());
 * }</pre>
 *
 * @param year            the year
 * @param coveragePercent forest / observed land, percent, in [0, 100]
 * @param ciHalfWidthPp   95 % confidence half-width, percentage points, if QA produced one
 */
public record MeasuredCoverage(int year, double coveragePercent, OptionalDouble ciHalfWidthPp) {

    public MeasuredCoverage {
        if (!(coveragePercent >= 0 && coveragePercent <= 100)) {
            throw new IllegalArgumentException("measured coverage " + coveragePercent + " % of " + year
                    + " is outside [0, 100]");
        }
        if (ciHalfWidthPp == null) {
            ciHalfWidthPp = OptionalDouble.empty();
        }
        if (ciHalfWidthPp.isPresent()) {
            double ci = ciHalfWidthPp.getAsDouble();
            if (!(ci >= 0) || Double.isInfinite(ci)) {
                throw new IllegalArgumentException("confidence half-width " + ci + " pp of " + year
                        + " must be finite and non-negative");
            }
        }
    }

    public static MeasuredCoverage of(int year, double coveragePercent) {
        return new MeasuredCoverage(year, coveragePercent, OptionalDouble.empty());
    }

    public static MeasuredCoverage withCi(int year, double coveragePercent, double ciHalfWidthPp) {
        return new MeasuredCoverage(year, coveragePercent, OptionalDouble.of(ciHalfWidthPp));
    }

    /**
     * Coverage as the area-weighted ratio 100 * forest / observed land (the only correct way to get a city value from
     * district sums: add the areas, then divide).
     */
    public static MeasuredCoverage fromAreas(int year, double forestAreaM2, double observedLandAreaM2,
                                             OptionalDouble ciHalfWidthPp) {
        if (!(observedLandAreaM2 > 0) || !(forestAreaM2 >= 0) || forestAreaM2 > observedLandAreaM2) {
            throw new IllegalArgumentException("year " + year + ": forest " + forestAreaM2 + " m2 of observed land "
                    + observedLandAreaM2 + " m2 is not a valid coverage");
        }
        return new MeasuredCoverage(year, 100 * forestAreaM2 / observedLandAreaM2, ciHalfWidthPp);
    }
}
