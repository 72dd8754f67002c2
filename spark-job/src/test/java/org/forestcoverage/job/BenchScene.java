package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark scene of ../shared/bench generated into a test's folder (size from -Dforest.bench.size, default 2000):
 * {@code scene.tif} (red, NIR), {@code districts.geojson} and {@code zones.tif}, the districts rasterised by pixel
 * centre with gdal_rasterize, on which the tests' own truths are computed. Shared by the embedded tests
 * ({@link BenchSceneOracleTest}) and the cluster's ({@code StandaloneClusterTest}), so both run on the same data.
 *
 * @param dir       the folder holding the files
 * @param size      pixels per side
 */
public record BenchScene(Path dir, int size) {

    /** Generates the scene and its zones into {@code dir}; skips the test when ../shared/bench or python3 is absent. */
    public static BenchScene write(Path dir) throws Exception {
        Path bench = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench");
        assumeTrue(Files.isRegularFile(bench.resolve("gen_scene.py")),
                "skipped: " + bench + " is absent (the shared benchmark folder sits beside the project in CI)");
        assumeTrue(new File("/usr/bin/python3").canExecute(), "skipped: /usr/bin/python3 with python3-gdal is needed");
        int size = Integer.parseInt(System.getProperty("forest.bench.size", "2000"));
        run(List.of("/usr/bin/python3", bench.resolve("gen_scene.py").toString(), dir.toString(),
                Integer.toString(size)));
        run(List.of("gdal_rasterize", "-q", "-a", "district_id", "-ot", "UInt16", "-init", "0", "-a_nodata", "0",
                "-te", "400000", Double.toString(4500000 - 30.0 * size), Double.toString(400000 + 30.0 * size),
                "4500000", "-tr", "30", "30", dir.resolve("districts.geojson").toString(),
                dir.resolve("zones.tif").toString()));
        return new BenchScene(dir, size);
    }

    public Path scene() {
        return dir.resolve("scene.tif");
    }

    public Path districts() {
        return dir.resolve("districts.geojson");
    }

    public Path zones() {
        return dir.resolve("zones.tif");
    }

    /** The path of the shared benchmark folder's script {@code name}. */
    static Path script(String name) {
        return Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench", name);
    }

    /**
     * The arguments of {@code forest analyze} over the scene (year 2020, bands 1 and 2 at scale 0.0001) into
     * {@code out}, without {@code --master}.
     */
    public List<String> analyzeArgs(Path out, int tileSize, int partitions, String zones, String... more) {
        List<String> args = new ArrayList<>(List.of("analyze", "--scene", scene().toString(), "--year", "2020",
                "--red-band", "1", "--nir-band", "2", "--scale", "0.0001", "--offset", "0", "--districts",
                districts().toString(), "--id-field", "district_id", "--out", out.toString(), "--tile-size",
                Integer.toString(tileSize), "--partitions", Integer.toString(partitions), "--zones", zones));
        args.addAll(List.of(more));
        return args;
    }

    /** Runs a command, failing the test with its output when it fails; returns its output. */
    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }
}
