package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.output.FolderSnapshot;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.testtiles.DemoDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10 as a user meets it: the real {@code ./forest} launcher, called by its path from a data folder outside the
 * checkout, with relative paths; Ctrl-C, SIGTERM and {@code kill -9} during a {@code --maps} run. The launcher runs
 * on Maven's test classpath ({@code FOREST_CLASSPATH}) instead of building, under {@code umask 027}, and with SIGINT
 * restored to its default (a test JVM started in the background inherits it ignored).
 */
@Tag("process")
class LauncherProcessTest {
    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("forest");
    @TempDir
    Path data;

    @BeforeEach
    void demoData() {
        DemoDataset.write(data);                              // manifest.json, districts.geojson, scenes/ (1200 x 1200 px)
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask 027 && exec \"$0\" \"$@\"", "env",
                "--default-signal=INT,TERM,HUP", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(data.toFile());
        pb.environment().put("FOREST_CLASSPATH", System.getProperty("java.class.path"));
        pb.redirectOutput(data.resolve("../" + data.getFileName() + ".stdout").toFile());
        pb.redirectError(data.resolve("../" + data.getFileName() + ".stderr").toFile());
        return pb.start();
    }

    private String stderr() throws IOException {
        return Files.readString(data.resolveSibling(data.getFileName() + ".stderr"), StandardCharsets.UTF_8);
    }

    private static int finish(Process p) throws InterruptedException {
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the launcher did not finish");
        }
        return p.exitValue();
    }

    private static final String[] ANALYZE = {"analyze", "--manifest", "manifest.json", "--districts", "districts.geojson",
        "--id-field", "district_id", "--master", "local[2]"};

    private static String[] analyze(String... extra) {
        List<String> a = new ArrayList<>(List.of(ANALYZE));
        a.addAll(List.of(extra));
        return a.toArray(new String[0]);
    }

    @Test
    void relativePathsFromAFolderOutsideTheCheckoutWriteThere() throws Exception {
        Map<String, String> before = FolderSnapshot.of(data);
        Process p = start(analyze("--out", "out"));
        assertEquals(0, finish(p), stderr());
        assertEquals("", stderr(), "nothing on stderr: no Spark or GDAL log lines on a good run");
        List<String> csv = Files.readAllLines(data.resolve("out/coverage.csv"));
        assertEquals(6, csv.stream().filter(l -> l.split(",")[1].equals("ALL")).count(), "a city row per year");
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("out"))));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("out/coverage.csv"))));
        Map<String, String> after = FolderSnapshot.of(data);
        after.keySet().removeIf(k -> k.equals("out") || k.startsWith("out/"));
        assertEquals(before, after, "only ./out was added");
        assertTrue(Files.notExists(LAUNCHER.resolveSibling("out")), "nothing written into the checkout");
    }

    @Test
    void outDotFromTheDataFolderChangesNothing() throws Exception {
        Map<String, String> before = FolderSnapshot.of(data);
        Process p = start(analyze("--out", ".", "--overwrite"));
        assertEquals(1, finish(p));
        String err = stderr().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("forest: .: holds ") && err.endsWith("; nothing was changed"), err);
        assertEquals(before, FolderSnapshot.of(data));
    }

    /** Starts a --maps run that takes minutes (32 px tiles) and returns once its tasks are writing map tiles. */
    private Process startMapsRun() throws Exception {
        Process p = start(analyze("--out", "out", "--maps", "--tile-size", "32"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                fail("the run ended before the test could interrupt it: " + stderr());
            }
            if (staging().filter(s -> Files.isDirectory(s.resolve("tiles"))).isPresent()) {
                return p;
            }
            Thread.sleep(20);
        }
        p.destroyForcibly();
        throw new AssertionError("no map tiles were written within 240 s");
    }

    private java.util.Optional<Path> staging() throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".out.forest-tmp-")).findFirst();
        }
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalDuringAMapsRunLeavesNothingBesideOut(String signal, int status) throws Exception {
        Map<String, String> before = FolderSnapshot.of(data);
        Process p = startMapsRun();
        Thread.sleep(300);                                    // a few tiles in
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
        assertEquals(status, finish(p), stderr());
        List<String> lines = stderr().strip().lines().toList();
        assertEquals(List.of("forest: interrupted (SIG" + signal + "); partial output removed, nothing else changed"), lines);
        assertEquals(before, FolderSnapshot.of(data), "the run left something behind");
    }

    @Test
    void afterKill9TheNextRunIntoTheSameFolderRemovesTheStaleTemporary() throws Exception {
        Process p = startMapsRun();
        p.destroyForcibly();                                  // SIGKILL: no hook runs
        finish(p);
        assertEquals(2, hidden().size(), "the killed run's staging folder and lock stay: " + hidden());
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 8, 8);
        try (GeoTiffWriter w = GeoTiffWriter.create(data.resolve("forest_2020.tif").toString(), g, PixelType.BYTE, 1, null)) {
            byte[] v = new byte[64];
            for (int i = 0; i < v.length; i++) {
                v[i] = (byte) (1 + i % 2);
            }
            w.write(1, g.window(), v);
        }
        Process next = start("sample", "--forest-map", "forest_2020.tif", "--per-stratum", "2", "--seed", "1", "--out", "plots");
        assertEquals(0, finish(next), stderr());
        assertEquals(List.of(), hidden(), "the next run into the folder removed what the killed one left");
        assertTrue(Files.isRegularFile(data.resolve("plots/plots.csv")));
    }
}
