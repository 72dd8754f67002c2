package org.forestcoverage.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the page decides to show, on the hand-made run of {@link RunFixture}. */
class ReportDataTest {
    @TempDir
    Path dir;

    @Test
    void changeIsMeasuredFromTheTrajectorysBaselineYearToTheLastYear() throws Exception {
        ReportData d = ReportData.of(RunFolder.read(RunFixture.write(dir.resolve("run"))), Optional.empty(),
                Optional.empty(), "");
        assertEquals(2022, d.latest());
        assertEquals(2020, d.baseline());
        assertEquals("1.2500", d.change("west").text());     // 51.2500 - 50.0000
        assertEquals("-0.5000", d.change("east").text());    // 29.5000 - 30.0000
        assertEquals("0.3750", d.change("ALL").text());
        assertEquals("+1.25", d.change("west").signed(2));
        assertEquals("0.38", d.change("ALL").rounded(2), "half up, as a person rounds 0.375");
    }

    @Test
    void withoutQaTheCityHasNoIntervalAndIsComparedWithTheRecordedLine() throws Exception {
        ReportData d = ReportData.of(RunFolder.read(RunFixture.write(dir.resolve("run"))), Optional.empty(),
                Optional.empty(), "");
        assertTrue(d.intervals().isEmpty());
        assertTrue(d.trajectoryFrom().endsWith("coverage.json (run.trajectory)"), d.trajectoryFrom());
        var y = d.compared(2022).orElseThrow();
        // the line: 44.4 + (45.0 - 44.4) * 2 / 5 = 44.64; 40.375 - 44.64 = -4.265
        assertEquals(44.64, y.expectedPercent(), 1e-12);
        assertEquals(-4.265, y.gapPp(), 1e-12);
        assertEquals(Verdict.BEHIND, y.verdict());
        assertFalse(y.ciUsed());
        assertTrue(y.reported().isEmpty(), "2022 has no reported value in the fixture");
        assertEquals(new BigDecimal("44.4"), d.compared(2020).orElseThrow().reported().orElseThrow().percent());
    }

    @Test
    void qaGivesTheIntervalAroundTheAdjustedEstimateAndTheVerdictUsesIt() throws Exception {
        ReportData d = ReportData.of(RunFolder.read(RunFixture.write(dir.resolve("run"))),
                Optional.of(QaFolder.read(RunFixture.qa(dir.resolve("qa")))), Optional.empty(), "");
        Interval i = d.intervals().get(2022);
        assertEquals("39.0200", i.low().text());   // 41.0500 - 2.0300
        assertEquals("43.0800", i.high().text());  // 41.0500 + 2.0300
        assertEquals("41.0500", i.centre().text());
        assertTrue(i.fromQa());
        assertEquals(80, i.plots());
        assertFalse(d.intervals().containsKey(2020), "qa.csv has no 2020 row");
        // the band is the CI half-width, 2.03 pp, still narrower than the 4.265 pp gap
        var y = d.compared(2022).orElseThrow();
        assertTrue(y.ciUsed());
        assertEquals(2.03, y.bandPp(), 1e-12);
        assertEquals(Verdict.BEHIND, y.verdict());
    }

    @Test
    void intervalsInCoverageCsvComeFirstAndAWideOneMakesTheYearOnTrack() throws Exception {
        List<String> ci = List.of("", "", "0.5000", "", "", "5.0000");
        ReportData d = ReportData.of(RunFolder.read(RunFixture.write(dir.resolve("run"), "coverage_ci95_pp", ci)),
                Optional.of(QaFolder.read(RunFixture.qa(dir.resolve("qa")))), Optional.empty(), "");
        Interval i = d.intervals().get(2022);
        assertFalse(i.fromQa());
        assertEquals("35.3750", i.low().text());
        assertEquals("45.3750", i.high().text());
        assertEquals("39.5000", d.intervals().get(2020).low().text());
        assertEquals(Verdict.ON_TRACK, d.compared(2022).orElseThrow().verdict(), "|-4.265| <= 5");
    }

    @Test
    void anExplicitTrajectoryReplacesTheRecordedOne() throws Exception {
        Path t = dir.resolve("t.csv");
        Files.writeString(t, "kind,scope,year,percent,source\nbaseline,city,2021,40.0,x\ntarget,city,2023,41.0,y\n");
        ReportData d = ReportData.of(RunFolder.read(RunFixture.write(dir.resolve("run"))), Optional.empty(),
                Optional.of(Trajectory.readCsv(t)), t.toString());
        assertEquals(2020, d.baseline(), "2021 is not a year of the run: change is measured from its first year");
        assertEquals(40.5, d.compared(2022).orElseThrow().expectedPercent(), 1e-12);
        assertEquals(Verdict.BEHIND, d.compared(2022).orElseThrow().verdict(), "40.375 is 0.125 below 40.5");
    }
}
