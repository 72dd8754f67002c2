package org.forestcoverage.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Beijing's line: 44.4 % at the end of 2020 to 45.0 % in 2025, +0.12 pp a year (2021 44.52, 2022 44.64, 2023 44.76). */
class TrajectoryEvidenceTest {

    private static Trajectory beijing() {
        return new Trajectory(new TrajectoryLine(Trajectory.CITY, 2020, new BigDecimal("44.4"), 2025,
                new BigDecimal("45.0")), Map.of(), List.of());
    }

    @Test
    void eachYearIsJudgedByItsInterval() {
        Map<Integer, List<CoverageEvidence>> e = Map.of(
                // 2021: 44.4 - 0.3 = 44.1, interval 44.0..44.2, all below 44.52
                2021, List.of(CoverageEvidence.change(2021, 2020, -0.3, 0.1, "panel")),
                // 2022: the change since the baseline wins over the level: 44.4 + 0.5 = 44.9, 44.7..45.1 > 44.64
                2022, List.of(CoverageEvidence.level(2022, 44.0, 2.0, "qa"),
                        CoverageEvidence.change(2022, 2020, 0.5, 0.2, "panel")),
                // 2023: a level 44.5 +/- 0.5 holds 44.76; a change from 2021 (not the baseline) is not used
                2023, List.of(CoverageEvidence.change(2023, 2021, 3.0, 0.1, "panel"),
                        CoverageEvidence.level(2023, 44.5, 0.5, "qa")));
        List<YearEvidence> years = TrajectoryEvidence.judge(beijing(), Trajectory.CITY,
                Map.of(2021, 44.3, 2022, 44.8, 2023, 44.9, 2024, 45.1), e);
        assertEquals(List.of(2021, 2022, 2023, 2024), years.stream().map(YearEvidence::year).toList());
        assertEquals(Distinction.BELOW, years.get(0).distinction());
        assertEquals(44.1, years.get(0).estimatePct(), 1e-12);
        assertEquals(Distinction.ABOVE, years.get(1).distinction());
        assertEquals(44.7, years.get(1).lowPct(), 1e-12);
        assertEquals(Distinction.NOT_DISTINGUISHABLE, years.get(2).distinction());
        assertEquals(Distinction.NO_INTERVAL, years.get(3).distinction());
        assertTrue(years.get(1).words().startsWith("2022: map 44.80 %; 44.90 % (95 % CI 44.70 to 45.10, the 2020 baseline"
                + " 44.4 % +0.50 pp +/- 0.20 (panel)) against the line's 44.64 %: above the line at 95 %"),
                years.get(1).words());
    }

    @Test
    void anIntervalEndingOnTheLineDoesNotDistinguishTheYear() {
        // 2022: 44.74 - 0.10 = 44.64, the line's value exactly (interval ends included)
        List<YearEvidence> years = TrajectoryEvidence.judge(beijing(), Trajectory.CITY, Map.of(),
                Map.of(2022, List.of(CoverageEvidence.level(2022, 44.74, 0.10, "qa"))));
        assertEquals(Distinction.NOT_DISTINGUISHABLE, years.get(0).distinction(), years.get(0).words());
    }
}
