package org.forestcoverage.report.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a run folder: what it holds, and one clear message naming the file for what is wrong. */
class RunFolderTest {
    @TempDir
    Path dir;

    @Test
    void readsRowsNamesSettingsLayerAndMaps() throws Exception {
        RunFolder r = RunFolder.read(RunFixture.write(dir.resolve("run")));
        assertEquals(List.of(2020, 2022), List.copyOf(r.years()));
        assertEquals("East \"Hills\"", r.row(2020, "east").orElseThrow().name());
        assertEquals("西区", r.districtsOf(2022).get(0).name());
        assertEquals("2.25000000", r.row(2020, "west").orElseThrow().totalKm2().text(), "2250000.00 m2 in km2");
        assertEquals("hand-made test run", r.label());
        assertTrue(r.districts().isPresent());
        assertEquals(List.of(2020, 2022), List.copyOf(r.forestMaps().keySet()));
        assertTrue(r.runRecord().isEmpty());
        assertEquals(2020, r.recordedTrajectory().orElseThrow().city().baselineYear());
    }

    @Test
    void optionalColumnsOfLaterVersionsAreRead() throws Exception {
        RunFolder r = RunFolder.read(RunFixture.write(dir.resolve("run"), "filled_pct,coverage_ci95_low_pct,"
                + "coverage_ci95_high_pct", List.of("0.0,49,51", "1.5,,", "0.7,39.5,40.5", "12.0,,", "", "")
                .stream().map(s -> s.isEmpty() ? ",," : s).toList()));
        assertEquals("1.5", r.row(2020, "east").orElseThrow().filled().text());
        assertEquals("39.5", r.city(2020).orElseThrow().ciLow().text());
        assertTrue(!r.row(2020, "east").orElseThrow().hasCi());
        Files.writeString(dir.resolve("run/run.json"), "{\"version\": \"x\"}");
        assertEquals("x", RunFolder.read(dir.resolve("run")).runRecord().orElseThrow().get("version").asText());
    }

    @Test
    void aFolderWithoutCoverageCsvIsNotARunFolder() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunFolder.read(empty));
        assertEquals(empty + ": not a run folder of forest analyze (no coverage.csv)", e.getMessage());
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunFolder.read(file)).getMessage()
                .startsWith(file + ": not a folder"));
    }

    @Test
    void aMissingColumnOrABadNumberIsNamedWithItsFileAndLine() throws Exception {
        Path run = RunFixture.write(dir.resolve("run"));
        Path csv = run.resolve("coverage.csv");
        List<String> lines = Files.readAllLines(csv);
        Files.writeString(csv, lines.get(0).replace("coverage_pct", "cover") + "\n" + lines.get(1) + "\n");
        assertEquals(csv + ": no column coverage_pct in its header",
                assertThrows(IllegalArgumentException.class, () -> RunFolder.read(run)).getMessage());
        Files.writeString(csv, lines.get(0) + "\n" + lines.get(3) + "\n" + lines.get(1).replace(",50.0000,", ",fifty,")
                + "\n");
        assertEquals(csv + " line 3: 'fifty' is not a number",
                assertThrows(IllegalArgumentException.class, () -> RunFolder.read(run)).getMessage());
        Files.writeString(csv, lines.get(0) + "\n" + lines.get(1) + "\n");
        assertEquals(csv + ": has no city rows (district ALL)",
                assertThrows(IllegalArgumentException.class, () -> RunFolder.read(run)).getMessage());
    }

    @Test
    void aQaFolderNeedsQaCsv() throws Exception {
        Path d = Files.createDirectories(dir.resolve("qa"));
        assertEquals(d + ": not an output folder of forest qa (no qa.csv)",
                assertThrows(IllegalArgumentException.class, () -> QaFolder.read(d)).getMessage());
    }
}
