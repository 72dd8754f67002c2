package org.forestcoverage.trajectory;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TrajectoryTest {

    private static Trajectory parse(String csv) {
        return Trajectory.parseCsv(new StringReader(csv), "t.csv");
    }

    private static TrajectoryFileException error(String csv) {
        return assertThrows(TrajectoryFileException.class, () -> parse(csv));
    }

    private static final String HEADER = "kind,scope,year,percent,source\n";

    @Test
    void shippedBeijingTrajectoryHasBaselineTargetAndReportedValues() {
        Trajectory t = Trajectory.readCsv(Path.of("../config/beijing-trajectory.csv"));
        assertEquals(new TrajectoryLine(Trajectory.CITY, 2020, new BigDecimal("44.4"), 2025, new BigDecimal("45.0")),
                t.city());
        assertEquals(0, new BigDecimal("44.8").compareTo(t.reported(Trajectory.CITY, 2022).orElseThrow().percent()));
        assertTrue(t.reported(Trajectory.CITY, 2022).orElseThrow().source().startsWith("http"));
        assertEquals(0, new BigDecimal("44.9").compareTo(t.reported(Trajectory.CITY, 2023).orElseThrow().percent()));
        assertTrue(t.reported(Trajectory.CITY, 2025).isEmpty());
        for (ReportedValue r : t.reported()) {
            assertTrue(r.source().startsWith("http"), "reported " + r.year() + " has no source link");
        }
    }

    @Test
    void straightLineExpectedValues() {
        TrajectoryLine l = new TrajectoryLine("city", 2020, new BigDecimal("44.4"), 2025, new BigDecimal("45.0"));
        // 44.4 + 0.6 * (year - 2020) / 5
        assertEquals(0, new BigDecimal("44.52").compareTo(l.expectedPercent(2021)));
        assertEquals(0, new BigDecimal("44.64").compareTo(l.expectedPercent(2022)));
        assertEquals(0, new BigDecimal("44.88").compareTo(l.expectedPercent(2024)));
        assertEquals(0, new BigDecimal("45.0").compareTo(l.expectedPercent(2027)));
        assertEquals(0, new BigDecimal("44.4").compareTo(l.expectedPercent(2018)));
    }

    @Test
    void districtLinesAndQuotedSources() {
        Trajectory t = parse(HEADER + "baseline,city,2020,44.4,a\ntarget,city,2025,45,b\n"
                + "baseline,Yanqing,2020,60,\"plan, p. 3\"\ntarget,Yanqing,2025,63,x\n"
                + "reported,Yanqing,2021,61.6,\"say \"\"hi\"\"\"\n");
        assertEquals(new TrajectoryLine("Yanqing", 2020, new BigDecimal("60"), 2025, new BigDecimal("63")),
                t.line("Yanqing").orElseThrow());
        assertEquals("say \"hi\"", t.reported("Yanqing", 2021).orElseThrow().source());
        assertTrue(t.line("Miyun").isEmpty());
    }

    @Test
    void missingCityTargetIsRejected() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44.4,a\n");
        assertTrue(e.getMessage().contains("needs a baseline and a target"), e.getMessage());
    }

    @Test
    void secondBaselineNamesBothLines() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44.4,a\nbaseline,city,2021,44.6,a\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("first on line 2"), e.getMessage());
    }

    @Test
    void unknownKindNamesLine() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44.4,a\ngoal,city,2025,45,b\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("kind 'goal'"), e.getMessage());
    }

    @Test
    void unparseablePercentNamesLine() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44,4,a\n");
        assertEquals(2, e.line());
        TrajectoryFileException p = error(HEADER + "baseline,city,2020,44.4%,a\n");
        assertTrue(p.getMessage().contains("t.csv line 2: percent '44.4%'"), p.getMessage());
    }

    @Test
    void targetBeforeBaselineIsRejected() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44.4,a\ntarget,city,2019,45,b\n");
        assertEquals(3, e.line());
    }

    @Test
    void duplicateReportedYearIsRejected() {
        TrajectoryFileException e = error(HEADER + "baseline,city,2020,44.4,a\ntarget,city,2025,45,b\n"
                + "reported,city,2022,44.8,x\nreported,city,2022,44.7,y\n");
        assertEquals(5, e.line());
    }

    @Test
    void missingHeaderColumnIsNamed() {
        TrajectoryFileException e = error("kind,scope,year,percent\nbaseline,city,2020,44.4\n");
        assertTrue(e.getMessage().contains("missing [source]"), e.getMessage());
    }
}
