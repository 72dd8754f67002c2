package org.forestcoverage.trajectory;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TrajectoryComparisonTest {

    private static final Trajectory BEIJING = Trajectory.parseCsv(new StringReader(
            "kind,scope,year,percent,source\nbaseline,city,2020,44.4,b\ntarget,city,2025,45.0,t\n"
                    + "reported,city,2022,44.8,r2022\n"), "t.csv");

    private static YearComparison one(MeasuredCoverage m) {
        return TrajectoryComparison.compare(BEIJING, Trajectory.CITY, List.of(m)).years().get(0);
    }

    @Test
    void year2022AheadOfLine() {
        // expected 44.4 + 0.6 * 2 / 5 = 44.64; gap 44.80 - 44.64 = +0.16 > 0.1
        YearComparison y = one(MeasuredCoverage.of(2022, 44.80));
        assertEquals(44.64, y.expectedPercent(), 1e-12);
        assertEquals(0.16, y.gapPp(), 1e-12);
        assertEquals(Verdict.AHEAD, y.verdict());
        assertFalse(y.ciUsed());
        assertEquals("r2022", y.reported().orElseThrow().source());
    }

    @Test
    void gapExactlyAtToleranceIsOnTrack() {
        // 44.74 - 44.64 is 0.10000000000000142 in double arithmetic but exactly 0.1 in decimal
        assertEquals(Verdict.ON_TRACK, one(MeasuredCoverage.of(2022, 44.74)).verdict());
        assertEquals(Verdict.ON_TRACK, one(MeasuredCoverage.of(2022, 44.54)).verdict());
        assertEquals(Verdict.BEHIND, one(MeasuredCoverage.of(2022, 44.53)).verdict());
    }

    @Test
    void confidenceIntervalWidensTheBand() {
        // 2023 expected 44.76; gap 44.50 - 44.76 = -0.26
        assertEquals(Verdict.BEHIND, one(MeasuredCoverage.of(2023, 44.50)).verdict());
        YearComparison withCi = one(MeasuredCoverage.withCi(2023, 44.50, 0.30));
        assertEquals(Verdict.ON_TRACK, withCi.verdict());
        assertTrue(withCi.ciUsed());
        assertEquals(0.30, withCi.bandPp(), 1e-12);
    }

    @Test
    void narrowConfidenceIntervalKeepsTolerance() {
        YearComparison y = one(MeasuredCoverage.withCi(2021, 44.60, 0.05));
        // expected 44.52, gap +0.08 <= max(0.1, 0.05)
        assertEquals(Verdict.ON_TRACK, y.verdict());
        assertEquals(0.1, y.bandPp(), 1e-12);
        assertTrue(y.ciUsed());
        assertTrue(y.reported().isEmpty());
    }

    @Test
    void configurableToleranceAndSortedYears() {
        TrajectoryComparison c = TrajectoryComparison.compare(BEIJING, Trajectory.CITY,
                List.of(MeasuredCoverage.of(2025, 44.8), MeasuredCoverage.of(2020, 44.4)), 0.25);
        assertEquals(2020, c.years().get(0).year());
        assertEquals(Verdict.ON_TRACK, c.years().get(0).verdict());
        // 2025: gap -0.2 within 0.25
        assertEquals(Verdict.ON_TRACK, c.years().get(1).verdict());
        assertEquals(-0.2, c.years().get(1).gapPp(), 1e-12);
    }

    @Test
    void cityCoverageFromAreasIsAreaWeighted() {
        // two districts: 30 of 100 km2 and 10 of 20 km2 forest; city = 40 / 120 = 33.33 %, not (30 + 50) / 2 = 40 %
        MeasuredCoverage city = MeasuredCoverage.fromAreas(2022, 30e6 + 10e6, 100e6 + 20e6, OptionalDouble.empty());
        assertEquals(100.0 / 3, city.coveragePercent(), 1e-12);
    }

    @Test
    void unknownDistrictIsRejectedWithKnownScopes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryComparison.compare(BEIJING, "Miyun", List.of(MeasuredCoverage.of(2022, 60))));
        assertTrue(e.getMessage().contains("'Miyun'"), e.getMessage());
    }

    @Test
    void yearMeasuredTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TrajectoryComparison.compare(BEIJING, Trajectory.CITY,
                List.of(MeasuredCoverage.of(2022, 44.6), MeasuredCoverage.of(2022, 44.7))));
    }

    @Test
    void negativeCiIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MeasuredCoverage.withCi(2022, 44.6, -0.1));
    }
}
