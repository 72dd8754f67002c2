package org.forestcoverage.job;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    static BenchScene bench;

    @BeforeAll
    static void generate() throws Exception {
        bench = BenchScene.write(dir);
        scene = bench.scene();
        districts = bench.districts();
        String csv = run(List.of("/usr/bin/python3", BenchScene.script("ref_exact.py").toString(), scene.toString(),
                bench.zones().toString()));
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            if (!f[0].equals("district_id")) {
                oracle.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])});
            }
        }
    }

    static String run(List<String> cmd) throws Exception {
        return BenchScene.run(cmd);
    }

    static Path analyze(String name, int tileSize, int partitions) {
        return analyze(name, tileSize, partitions, "centre");
    }

    static Path analyze(String name, int tileSize, int partitions, String zones, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(bench.analyzeArgs(out, tileSize, partitions, zones, more));
        args.addAll(List.of("--master", "local[2]"));
        int rc = SharedSpark.cli().execute(args.toArray(String[]::new));
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

    /**
     * Issue 14: the minimum mapping unit across tiles. With {@code --mmu-ha 0.5} (8-connected; a patch needs 6 pixels
     * of 900 m2, since 5 x 900 = 4,500 < 5,000 <= 6 x 900) the forest of each district equals the test's own
     * breadth-first search over the whole raster ({@link WholeRasterPatches}), and coverage.csv is byte-identical for
     * tile sizes 256, 512 and 1000 and 1, 3 and 16 partitions.
     */
    @Test
    void minimumMappingUnitEqualsAWholeRasterSearchForAnyTiling() throws Exception {
        int size = bench.size();
        for (String[] raw : new String[][] {{"-b", "1", "scene.tif", "red.raw"}, {"-b", "2", "scene.tif", "nir.raw"},
                {"-b", "1", "zones.tif", "zones.raw"}}) {
            run(List.of("gdal_translate", "-q", "-of", "ENVI", raw[0], raw[1], dir.resolve(raw[2]).toString(),
                    dir.resolve(raw[3]).toString()));
        }
        Map<Integer, Long> expected = WholeRasterPatches.forestPerDistrict(dir.resolve("red.raw"),
                dir.resolve("nir.raw"), dir.resolve("zones.raw"), size, size, 6);

        Path a = analyze("mmu512p3", 512, 3, "centre", "--mmu-ha", "0.5");
        List<String> lines = Files.readAllLines(a);
        List<String> header = List.of(lines.get(0).split(","));
        int forestPx = header.indexOf("forest_px");
        int removed = header.indexOf("mmu_removed_m2");
        long removedM2 = 0;
        int districtsSeen = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[1].equals("ALL")) {
                // the unit removed something: the test is not vacuous
                removedM2 = Math.round(Double.parseDouble(f[removed]));
                continue;
            }
            districtsSeen++;
            assertEquals(expected.getOrDefault(Integer.parseInt(f[1]), 0L), Long.parseLong(f[forestPx]),
                    "forest pixels of district " + f[1] + " after the unit");
            long before = oracle.get(f[1])[2];
            assertEquals((before - Long.parseLong(f[forestPx])) * 900, Math.round(Double.parseDouble(f[removed])),
                    "removed area of district " + f[1]);
        }
        assertEquals(17, districtsSeen);
        assertTrue(removedM2 > 0, "the unit removed no forest");

        byte[] reference = Files.readAllBytes(a);
        assertArrayEquals(reference, Files.readAllBytes(analyze("mmu256p1", 256, 1, "centre", "--mmu-ha", "0.5")));
        assertArrayEquals(reference, Files.readAllBytes(analyze("mmu1000p16", 1000, 16, "centre", "--mmu-ha", "0.5")));
    }

    /**
     * Issue 14: a rule layer in another CRS ({@link BenchScene#writeRuleLayer}) as {@code china}'s designated
     * shrubland, with {@code --threshold 0.6 --mmu-ha 0.5}: per district, designated_shrubland_m2 equals the test's own
     * count over the whole raster ({@link BenchScene#rulePerDistrict}); coverage.csv is byte-identical for tile sizes
     * 256, 512 and 1000.
     */
    @Test
    void ruleLayerInAnotherCrsEqualsAWholeRasterCountForAnyTiling() throws Exception {
        Path layer = bench.writeRuleLayer();
        Map<Integer, Long> expected = bench.rulePerDistrict(layer);
        String[] more = {"--definition", "china", "--threshold", "0.6", "--mmu-ha", "0.5", "--rule-layer",
            "special_shrubland=" + layer};

        Path a = analyze("rule512p3", 512, 3, "centre", more);
        List<String> lines = Files.readAllLines(a);
        int column = List.of(lines.get(0).split(",")).indexOf("designated_shrubland_m2");
        assertEquals(lines.get(0).split(",").length - 1, column, "the rule layer's column comes last");
        int districtsSeen = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (!f[1].equals("ALL")) {
                districtsSeen++;
                assertEquals(expected.getOrDefault(Integer.parseInt(f[1]), 0L) * 900, Math.round(Double.parseDouble(
                        f[column])), "designated shrubland of district " + f[1]);
            }
        }
        assertEquals(17, districtsSeen);
        assertTrue(expected.values().stream().mapToLong(Long::longValue).sum() > 1000, "the layer counts little");

        byte[] reference = Files.readAllBytes(a);
        assertArrayEquals(reference, Files.readAllBytes(analyze("rule256p1", 256, 1, "centre", more)));
        assertArrayEquals(reference, Files.readAllBytes(analyze("rule1000p16", 1000, 16, "centre", more)));
    }

}
