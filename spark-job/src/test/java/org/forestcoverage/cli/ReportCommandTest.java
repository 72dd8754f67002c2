package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forest report} refuses what it cannot do in one line, before writing anything, and never replaces its inputs. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatIsNotARunIsNamed() throws Exception {
        Path notRun = Files.createDirectories(dir.resolve("notrun"));
        String[] r = QaFixture.run("report", notRun.toString(), "--out", dir.resolve("rep").toString());
        QaFixture.assertCleanFailure(r, dir, "rep", notRun.toString(), "no coverage.csv");
    }

    @Test
    void aQaFolderWithoutQaCsvIsNamed() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("coverage.csv"), "year,district\n");
        Path qa = Files.createDirectories(dir.resolve("qa"));
        String[] r = QaFixture.run("report", run.toString(), "--qa", qa.toString(), "--out", dir.resolve("rep").toString());
        assertEquals("1", r[0], r[1]);
        assertTrue(r[1].contains("no column") || r[1].contains("no qa.csv"), r[1]);
        assertTrue(Files.notExists(dir.resolve("rep")));
    }

    @Test
    void theOutputFolderMayNotBeTheRunFolderOrHoldIt() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs/run"));
        Files.writeString(run.resolve("coverage.csv"), "kept");
        for (Path out : new Path[] {run, dir.resolve("runs"), dir.resolve("runs/./run/..")}) {
            String[] r = QaFixture.run("report", run.toString(), "--out", out.toString());
            assertEquals("1", r[0], r[1]);
            assertTrue(r[1].contains("an input of this run") && r[1].contains("nothing was changed"), r[1]);
            assertEquals("kept", Files.readString(run.resolve("coverage.csv")));
        }
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        String[] r = QaFixture.run("report", dir.toString(), "--lang", "fr", "--out", dir.resolve("rep").toString());
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("'fr' is not zh or en"), r[1]);
    }
}
