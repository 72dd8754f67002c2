package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.output.FolderSnapshot;
import org.forestcoverage.output.OutputFolder;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "--out deletes whatever is at that path": every writing command leaves a file, a folder of the user's
 * and a previous output exactly as they were (listing and checksums) unless told {@code --overwrite} for an output
 * of its own, exits 1 and says why on one line.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;
    CliRun.Inputs in;

    @BeforeEach
    void inputs() throws Exception {
        in = CliRun.Inputs.in(dir);
    }

    private CliRun analyze(Path out, String... extra) {
        return in.analyze(in.scene().toString(), in.districts(), out, extra);
    }

    @Test
    void analyzeTwiceRefusesTheSecondTimeNamingOverwriteAndReplacesWithIt() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, analyze(out, "--threshold", "0.6").rc());
        Map<String, String> first = FolderSnapshot.of(dir);
        analyze(out, "--threshold", "0.9").refused(out.toString(), "add --overwrite to replace it");
        assertEquals(first, FolderSnapshot.of(dir), "the refused run changed something");

        assertEquals(0, analyze(out, "--threshold", "0.9", "--overwrite").rc());
        String csv = Files.readString(out.resolve("coverage.csv"));
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("2020,a,") && l.split(",")[3].equals("0")), csv);   // NDVI 0.71 < 0.9
        assertNotEquals(first.get("out/coverage.csv"), FolderSnapshot.of(dir).get("out/coverage.csv"));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("districts.geojson", "out", "scene.tif"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "nothing beside --out");
        }
    }

    @Test
    void aPlainFileAFolderWithAForeignFileAndTheInputsFolderAreLeftAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("results.csv"), "my table\n");
        Path mine = Files.createDirectory(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Map<String, String> before = FolderSnapshot.of(dir);
        analyze(file, "--overwrite").refused("results.csv", "is a file, not a folder");
        analyze(mine, "--overwrite").refused("mine", "holds files that are not part of a forest output (notes.txt)");
        analyze(dir, "--overwrite").refused(dir.toString(), "an input of this run");
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void theRootFolderIsRefusedOnOneLine() {
        analyze(Path.of("/")).refused("/", "is the root folder");
    }

    @Test
    void qaReadingARunWhileWritingIntoItLeavesTheRunIntact() throws Exception {
        Path run = dir.resolve("run");
        try (OutputFolder o = OutputFolder.create(run, "analyze", false, List.of())) {
            GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 8, 8);
            try (GeoTiffWriter w = GeoTiffWriter.create(o.dir().resolve("forest_2020.tif").toString(), g, PixelType.BYTE, 1, null)) {
                byte[] v = new byte[64];
                java.util.Arrays.fill(v, (byte) 2);
                w.write(1, g.window(), v);
            }
            o.commit();
        }
        Path plots = Files.writeString(dir.resolve("plots.csv"), "id,x,y,label,crs\np1,400045,4499955,forest,EPSG:32650\n");
        Map<String, String> before = FolderSnapshot.of(dir);
        CliRun.of("qa", "--plots", plots.toString(), "--run", run.toString(), "--out", run.toString(), "--overwrite")
                .refused("run", "an input of this run");
        CliRun.of("sample", "--forest-map", run.resolve("forest_2020.tif").toString(), "--per-stratum", "1", "--seed", "1",
                "--out", run.toString(), "--overwrite").refused("run", "an input of this run");
        CliRun.of("calibrate", "--plots", plots.toString(), "--ndvi", run.resolve("forest_2020.tif").toString(),
                "--out", run.toString(), "--overwrite").refused("run", "an input of this run");
        CliRun.of("calibrate", "--plots", plots.toString(), "--ndvi", run.resolve("forest_2020.tif").toString(),
                "--out", plots.toString()).refused("plots.csv", "is a file, not a folder");
        assertEquals(before, FolderSnapshot.of(dir));
    }

    @Test
    void aSecondRunIntoAnOutputBeingWrittenFailsNamingTheOther() throws Exception {
        Path out = dir.resolve("out");
        try (OutputFolder first = OutputFolder.create(out, "qa", false, List.of())) {
            analyze(out).refused("out", "another run is writing it (forest qa (PID " + ProcessHandle.current().pid() + "))");
        }
        try (var s = Files.list(dir)) {
            assertEquals(2, s.count(), "the first run's temporaries are gone, nothing else was made");
        }
    }
}
