package org.forestcoverage.job;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark scene of ../shared/bench (size from -Dforest.bench.size, default 2000) against the integer
 * oracle ref_exact.py on gdal_rasterize's pixel-centre zones, and the same run under other tilings and
 * partition counts, which must give a byte-identical coverage.csv.
 */
@Tag("spark")
@Tag("bench")
class BenchSceneOracleTest {
    @TempDir
    static Path dir;
    static Path scene;
    static Path districts;
    static Map<String, long[]> oracle = new HashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        Path bench = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench");
        assumeTrue(Files.isRegularFile(bench.resolve("gen_scene.py")),
                "skipped: " + bench + " is absent (the shared benchmark folder sits beside the project in CI)");
        assumeTrue(new File("/usr/bin/python3").canExecute(), "skipped: /usr/bin/python3 with python3-gdal is needed");
        String size = System.getProperty("forest.bench.size", "2000");
        run(List.of("/usr/bin/python3", bench.resolve("gen_scene.py").toString(), dir.toString(), size));
        scene = dir.resolve("scene.tif");
        districts = dir.resolve("districts.geojson");
        double extent = 400000 + 30.0 * Integer.parseInt(size);
        run(List.of("gdal_rasterize", "-q", "-a", "district_id", "-ot", "UInt16", "-init", "0", "-a_nodata", "0",
                "-te", "400000", Double.toString(4500000 - 30.0 * Integer.parseInt(size)), Double.toString(extent),
                "4500000", "-tr", "30", "30", districts.toString(), dir.resolve("zones.tif").toString()));
        String csv = run(List.of("/usr/bin/python3", bench.resolve("ref_exact.py").toString(), scene.toString(),
                dir.resolve("zones.tif").toString()));
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            if (!f[0].equals("district_id")) {
                oracle.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
            }
        }
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + " failed:\n" + out);
        return out;
    }

    static Path analyze(String name, int tileSize, int partitions) {
        return analyze(name, tileSize, partitions, "centre");
    }

    static Path analyze(String name, int tileSize, int partitions, String zones) {
        Path out = dir.resolve(name);
        int rc = SharedSpark.cli().execute("analyze", "--scene", scene.toString(), "--year", "2020",
                "--red-band", "1", "--nir-band", "2", "--scale", "0.0001", "--offset", "0", "--districts",
                districts.toString(), "--id-field", "district_id",
                "--out", out.toString(), "--tile-size", Integer.toString(tileSize),
                "--partitions", Integer.toString(partitions), "--master", "local[2]", "--zones", zones);
        assertEquals(0, rc);
        return out.resolve("coverage.csv");
    }

    @Test
    void pixelCentreCountsEqualTheIntegerOracleAndDoNotDependOnTiling() throws Exception {
        Path a = analyze("t512p3", 512, 3);
        List<String> lines = Files.readAllLines(a);
        long valid = 0;
        long forest = 0;
        int districtsSeen = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            // year,district,name,forest_px,observed_px,unobserved_px,total_px
            long[] o = oracle.get(f[1]);
            if (f[1].equals("ALL")) {
                continue;
            }
            districtsSeen++;
            assertArrayEquals(o, new long[] {Long.parseLong(f[6]), Long.parseLong(f[4]), Long.parseLong(f[3])},
                    "district " + f[1] + ": total, valid, forest");
            valid += o[1];
            forest += o[2];
        }
        assertEquals(17, districtsSeen);
        String[] city = lines.get(lines.size() - 1).split(",");
        assertEquals("ALL", city[1]);
        assertEquals(valid, Long.parseLong(city[4]));
        assertEquals(forest, Long.parseLong(city[3]));

        byte[] reference = Files.readAllBytes(a);
        assertArrayEquals(reference, Files.readAllBytes(analyze("t256p1", 256, 1)));
        assertArrayEquals(reference, Files.readAllBytes(analyze("t1000p16", 1000, 16)));
    }

    /**
     * Issue 11: fractional zones are computed in pixels of the whole grid, so coverage.csv is byte-identical under
     * other tilings and partition counts with {@code --zones fractional} too.
     */
    @Test
    void fractionalZonesDoNotDependOnTilingEither() throws Exception {
        byte[] reference = Files.readAllBytes(analyze("f512p3", 512, 3, "fractional"));
        assertArrayEquals(reference, Files.readAllBytes(analyze("f256p1", 256, 1, "fractional")));
        assertArrayEquals(reference, Files.readAllBytes(analyze("f1000p16", 1000, 16, "fractional")));
        String csv = new String(reference);
        assertTrue(csv.lines().skip(1).anyMatch(l -> l.split(",")[3].contains(".")), "fractional pixel equivalents");
    }
}
