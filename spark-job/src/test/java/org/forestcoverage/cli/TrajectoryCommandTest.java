package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.report.TrajectoryReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forest trajectory} on a run and a QA folder written by hand, against Beijing's line. */
class TrajectoryCommandTest {
    @TempDir
    Path dir;

    @Test
    void theTableJudgesEachYearWithThePanelsInterval() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("coverage.csv"), "year,district,coverage_pct\n2020,ALL,44.3\n2021,ALL,44.6\n"
                + "2022,ALL,44.9\n2022,S01,60.0\n");
        Path qa = Files.createDirectories(dir.resolve("qa"));
        Files.writeString(qa.resolve("qa.csv"), "year,area,plots_used,adjusted_coverage_pct,adjusted_coverage_ci95_pp\n"
                + "2020,ALL,400,44.1,1.5\n2021,ALL,400,44.9,1.5\n2022,ALL,400,,\n");
        Files.writeString(qa.resolve("change.csv"), "from_year,to_year,area,plots,change_pp,change_ci95_pp\n"
                + "2020,2021,ALL,400,0.05,0.1\n2020,2022,ALL,400,0.6,0.1\n2021,2022,ALL,400,0.55,0.1\n");
        Path beijing = Path.of("../config/beijing-trajectory.csv");
        String[] r = QaFixture.run("trajectory", "--run", run.toString(), "--qa", qa.toString(), "--trajectory",
                beijing.toString(), "--out", dir.resolve("t").toString());
        assertEquals("0", r[0], r[1]);
        List<String> lines = Files.readAllLines(dir.resolve("t/trajectory.csv"));
        assertEquals(TrajectoryReport.EVIDENCE_HEADER, lines.get(0));
        // 2020: the baseline year, judged by its level 44.1 +/- 1.5 against 44.4: not distinguishable
        assertTrue(lines.get(1).startsWith("2020,44.3000,44.4000,44.4,44.1000,42.6000,45.6000,level,not_distinguishable,"),
                lines.get(1));
        // 2021: 44.4 + 0.05 = 44.45 +/- 0.1 against 44.52: not distinguishable; 2022: 44.4 + 0.6 = 45.0, 44.9..45.1,
        // above 44.64; the reported values of the file (2021: 44.6, 2022: 44.8) are listed
        assertTrue(lines.get(2).startsWith("2021,44.6000,44.5200,44.6,44.4500,44.3500,44.5500,change_since_2020,"
                + "not_distinguishable,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("2022,44.9000,44.6400,44.8,45.0000,44.9000,45.1000,change_since_2020,above,"),
                lines.get(3));
        assertEquals(4, lines.size());
    }

    @Test
    void aFolderThatIsNotAQaOutputIsNamed() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("coverage.csv"), "year,district,coverage_pct\n2020,ALL,44.3\n");
        String[] r = QaFixture.run("trajectory", "--run", run.toString(), "--qa", run.toString(), "--trajectory",
                "../config/beijing-trajectory.csv");
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("not an output folder of forest qa (no qa.csv)"), r[1]);
    }

    /**
     * {@code analyze --qa DIR --trajectory FILE}: the run is judged with the QA folder's interval as it ends (the small
     * scene, 2020 only; qa says 44.1 +/- 1.5 against the line's 44.4: not distinguishable); without --trajectory, or
     * with a folder that is not qa's, it stops before the analysis with one line and no output.
     */
    @Test
    void analyzeWithQaJudgesTheRunItJustMade() throws Exception {
        CliRun.Inputs in = CliRun.Inputs.in(dir);
        Path qa = Files.createDirectories(dir.resolve("qa"));
        Files.writeString(qa.resolve("qa.csv"), "year,area,plots_used,adjusted_coverage_pct,adjusted_coverage_ci95_pp\n"
                + "2020,ALL,400,44.1,1.5\n");
        String beijing = Path.of("../config/beijing-trajectory.csv").toString();
        CliRun r = in.analyze(in.scene().toString(), in.districts(), dir.resolve("out"), "--qa", qa.toString(),
                "--trajectory", beijing);
        assertEquals(0, r.rc(), r.error());
        assertTrue(r.stdout().contains("with the intervals of " + qa), r.stdout());
        assertTrue(r.stdout().lines().anyMatch(l -> l.startsWith("2020") && l.contains("44.10 (42.60..45.60)")
                && l.endsWith("not distinguishable from the line at 95 %")), r.stdout());

        CliRun noLine = in.analyze(in.scene().toString(), in.districts(), dir.resolve("out2"), "--qa", qa.toString());
        assertEquals(1, noLine.rc());
        assertTrue(noLine.error().contains("give --trajectory too"), noLine.error());
        in.analyze(in.scene().toString(), in.districts(), dir.resolve("out3"), "--qa", dir.toString(), "--trajectory",
                beijing).refused(dir.toString(), "not an output folder of forest qa (no qa.csv)");
        assertTrue(Files.notExists(dir.resolve("out2")) && Files.notExists(dir.resolve("out3")));
    }
}
