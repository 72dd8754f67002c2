package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.forestcoverage.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's acceptance on ../shared/bench/multi (size from -Dforest.bench.multi.size, default 2000): a year of eight
 * cloudy Landsat scenes, half in UTM 49 N (warped onto the UTM 50 N grid). Per-district observed, water and forest
 * pixels equal oracle_composite.py --exact-geometry (its own PROJ nearest-neighbour lookup of every pixel centre);
 * coverage.csv is byte-identical for tile sizes 256, 512, 1000 and 1, 3, 16 partitions; the manifest in reversed order
 * without --grid-crs gives byte-identical coverage.csv and coverage.json. The medoid composite: the same observed and
 * water pixels, forest at most max's, and the same invariances.
 */
@Tag("spark")
@Tag("bench")
class MultiSceneOracleTest {
    @TempDir
    static Path dir;
    static Path data;
    /** district id -> observed, water, forest pixels of the exact-geometry oracle. */
    static final Map<String, long[]> oracle = new HashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        Path multi = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "bench", "multi");
        assumeTrue(Files.isRegularFile(multi.resolve("gen_year.py")),
                "skipped: " + multi + " is absent (the shared benchmark folder sits beside the project in CI)");
        assumeTrue(new File("/usr/bin/python3").canExecute(), "skipped: /usr/bin/python3 with python3-gdal is needed");
        String size = System.getProperty("forest.bench.multi.size", "2000");
        data = dir.resolve("year");
        BenchSceneOracleTest.run(List.of("/usr/bin/python3", multi.resolve("gen_year.py").toString(), data.toString(),
                size));
        Path work = dir.resolve("peer-work");
        BenchSceneOracleTest.run(List.of("bash", multi.resolve("peer_composite.sh").toString(), data.toString(),
                data.resolve("districts.geojson").toString(), dir.resolve("peer.csv").toString(), work.toString()));
        String csv = BenchSceneOracleTest.run(List.of("/usr/bin/python3", multi.resolve("oracle_composite.py").toString(),
                work.toString(), "--exact-geometry"));
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            // district_id,total_px,observed_px,land_px,water_px,forest_px,coverage_pct (stderr lines mixed in)
            if (f.length == 7 && f[0].matches("\\d+")) {
                oracle.put(f[0], new long[] {Long.parseLong(f[2]), Long.parseLong(f[4]), Long.parseLong(f[5])});
            }
        }
        assertEquals(17, oracle.size(), "oracle output:\n" + csv);
    }

    static Path analyze(String name, Path manifest, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("analyze", "--manifest", manifest.toString(),
                "--districts", data.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--out", out.toString(), "--zones", "centre", "--master", "local[2]"));
        args.addAll(List.of(extra));
        assertEquals(0, SharedSpark.cli().execute(args.toArray(String[]::new)));
        return out;
    }

    static Path grid(String name, int tileSize, int partitions, String... extra) {
        return grid(name, data.resolve("manifest.json"), tileSize, partitions, extra);
    }

    static Path grid(String name, Path manifest, int tileSize, int partitions, String... extra) {
        List<String> args = new ArrayList<>(List.of("--grid-crs", "EPSG:32650", "--pixel-size", "30",
                "--tile-size", Integer.toString(tileSize), "--partitions", Integer.toString(partitions)));
        args.addAll(List.of(extra));
        return analyze(name, manifest, args.toArray(String[]::new)).resolve("coverage.csv");
    }

    /** The manifest with its scenes in reversed order (written once). */
    static Path reversedManifest() throws Exception {
        Path backwards = data.resolve("manifest-reversed.json");
        if (Files.isRegularFile(backwards)) {
            return backwards;
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) json.readTree(data.resolve("manifest.json").toFile());
        ArrayNode scenes = (ArrayNode) m.get("scenes");
        ArrayNode reversed = json.createArrayNode();
        for (int i = scenes.size() - 1; i >= 0; i--) {
            reversed.add(scenes.get(i));
        }
        m.set("scenes", reversed);
        json.writeValue(backwards.toFile(), m);
        return backwards;
    }

    @Test
    void countsEqualTheExactGeometryOracleAndDoNotDependOnTiling() throws Exception {
        Path a = grid("t512p3", 512, 3);
        CoverageCsvRows rows = new CoverageCsvRows(a);
        int year = 2022;
        for (Map.Entry<String, long[]> e : oracle.entrySet()) {
            String d = e.getKey();
            assertArrayEquals(e.getValue(), new long[] {rows.px(year, d, "observed_px"), rows.px(year, d, "water_px"),
                    rows.px(year, d, "forest_px")}, "district " + d + ": observed, water, forest");
        }
        byte[] reference = Files.readAllBytes(a);
        assertArrayEquals(reference, Files.readAllBytes(grid("t256p1", 256, 1)), "tiles of 256, 1 partition");
        assertArrayEquals(reference, Files.readAllBytes(grid("t1000p16", 1000, 16)), "tiles of 1000, 16 partitions");
    }

    @Test
    void reversedManifestWithoutGridCrsGivesTheSameOutput() throws Exception {
        Path backwards = reversedManifest();
        // the first scene of the reversed manifest is in UTM 49 N: the grid must still be UTM 50 N
        Path forward = analyze("forward", data.resolve("manifest.json"));
        Path back = analyze("reversed", backwards);
        assertArrayEquals(Files.readAllBytes(forward.resolve("coverage.csv")),
                Files.readAllBytes(back.resolve("coverage.csv")), "coverage.csv");
        assertArrayEquals(Files.readAllBytes(forward.resolve("coverage.json")),
                Files.readAllBytes(back.resolve("coverage.json")), "coverage.json");
        // and it is the grid --grid-crs EPSG:32650 --pixel-size 30 gives
        assertArrayEquals(Files.readAllBytes(grid("explicit", 512, 3)), Files.readAllBytes(forward.resolve("coverage.csv")));
    }

    /**
     * Issue 13, medoid: observed and water pixels do not depend on the composite (every method sees the same
     * observations), so they equal the oracle's; a pixel the medoid calls forest has a forest observation, so each
     * district's forest is at most the oracle's (max NDVI), and less in all (spring and autumn looks are below the
     * threshold); coverage.csv is byte-identical for tiles of 256, 512, 1000, partitions 1, 3, 16 and the manifest
     * reversed.
     */
    @Test
    void medoidSeesTheSameObservationsAndDoesNotDependOnTilingOrOrder() throws Exception {
        Path a = grid("medoid-t512p3", 512, 3, "--composite", "medoid");
        CoverageCsvRows rows = new CoverageCsvRows(a);
        int year = 2022;
        long medoidForest = 0;
        long maxForest = 0;
        for (Map.Entry<String, long[]> e : oracle.entrySet()) {
            String d = e.getKey();
            long[] o = e.getValue();
            assertArrayEquals(new long[] {o[0], o[1]}, new long[] {rows.px(year, d, "observed_px"),
                    rows.px(year, d, "water_px")}, "district " + d + ": observed, water");
            long forest = rows.px(year, d, "forest_px");
            assertTrue(forest <= o[2], "district " + d + ": medoid forest " + forest + " above max's " + o[2]);
            medoidForest += forest;
            maxForest += o[2];
        }
        assertTrue(medoidForest < maxForest, "medoid forest " + medoidForest + ", max " + maxForest);
        byte[] reference = Files.readAllBytes(a);
        assertArrayEquals(reference, Files.readAllBytes(grid("medoid-t256p1", 256, 1, "--composite", "medoid")),
                "tiles of 256, 1 partition");
        assertArrayEquals(reference, Files.readAllBytes(grid("medoid-t1000p16", 1000, 16, "--composite", "medoid")),
                "tiles of 1000, 16 partitions");
        assertArrayEquals(reference, Files.readAllBytes(grid("medoid-reversed", reversedManifest(), 512, 3,
                "--composite", "medoid")), "the manifest reversed");
    }
}
