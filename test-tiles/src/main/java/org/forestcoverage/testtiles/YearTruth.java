package org.forestcoverage.testtiles;

import java.util.List;

/**
 * The demo's answer for one year, known by construction: the city row ({@link ExpectedCounts#CITY}) and one row per
 * district in {@link DemoDataset#layout()} order. Observed pixels are observed land (the demo has no water); a pixel
 * seen by two scenes of the year counts once.
 *
 * @param targetPct the city coverage the year was built to hit; {@code city().coveragePct()} is within
 *                  {@code 0.001} percentage points of it
 */
public record YearTruth(int year, double targetPct, ExpectedCounts city, List<ExpectedCounts> districts) {

    public YearTruth {
        districts = List.copyOf(districts);
    }
}
