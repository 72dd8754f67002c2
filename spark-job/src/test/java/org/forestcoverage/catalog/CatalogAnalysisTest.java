package org.forestcoverage.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.LandsatSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --catalog} on a GeoPackage catalogue of six yearly Landsat C2 L2 products gives a coverage.csv
 * byte-identical to the same analysis from the equivalent manifest, and says which products it left out and why.
 */
@Tag("spark")
class CatalogAnalysisTest {
    @TempDir
    static Path dir;
    static LandsatSeries series;
    static Path catalog;

    @BeforeAll
    static void catalogue() {
        series = LandsatSeries.write(dir, 2020, 2025);
        catalog = dir.resolve("scenes.gpkg");
        List<String> args = new ArrayList<>(List.of("catalog", "add", catalog.toString()));
        series.products().forEach(p -> args.add(p.toString()));
        // a seventh year, outside the years analysed below
        args.add(LandsatSeries.writeProduct(dir.resolve("later"), 2026).toString());
        assertEquals(0, SharedSpark.cli().execute(args.toArray(new String[0])));
    }

    /** Runs the command line; returns {exit status, stdout, stderr}. */
    static String[] run(String... args) {
        return SharedSpark.run(args);
    }

    static String[] analyze(String out, String... input) {
        List<String> a = new ArrayList<>(List.of("analyze"));
        a.addAll(List.of(input));
        a.addAll(List.of("--districts", series.districts().toString(), "--id-field", "district_id", "--out",
                dir.resolve(out).toString(), "--tile-size", "64", "--master", "local[2]"));
        return run(a.toArray(new String[0]));
    }

    /** The manifest a user would write by hand for the same six products. */
    static Path manifest() throws Exception {
        return manifest(series, dir);
    }

    /** The manifest a user would write by hand for the six products 2020-2025 of {@code series}, in {@code dir}. */
    static Path manifest(LandsatSeries series, Path dir) throws Exception {
        StringBuilder s = new StringBuilder("{\"scenes\": [\n");
        for (int y = 2020; y <= 2025; y++) {
            Path p = series.products().get(y - 2020);
            s.append(String.format("  {\"year\": %d, \"id\": \"%s\", \"sensor\": \"landsat-c2-l2\", \"metadata\": \"%s\"}%s%n",
                    y, LandsatSeries.productId(y), p.resolve(LandsatSeries.productId(y) + "_MTL.txt"),
                    y < 2025 ? "," : ""));
        }
        Path m = dir.resolve("manifest.json");
        Files.writeString(m, s.append("]}\n").toString());
        return m;
    }

    @Test
    void catalogueRunEqualsManifestRun() throws Exception {
        String[] fromCatalog = analyze("by-catalog", "--catalog", catalog.toString(), "--years", "2020-2025");
        assertEquals("0", fromCatalog[0], fromCatalog[2]);
        String[] fromManifest = analyze("by-manifest", "--manifest", manifest().toString());
        assertEquals("0", fromManifest[0], fromManifest[2]);
        byte[] a = Files.readAllBytes(dir.resolve("by-catalog/coverage.csv"));
        byte[] b = Files.readAllBytes(dir.resolve("by-manifest/coverage.csv"));
        assertArrayEquals(b, a);
        assertEquals(1 + 6 * 5, new String(a, StandardCharsets.UTF_8).lines().count(), "header, 6 years x (4 + city)");
        for (int y = 2020; y <= 2025; y++) {
            assertTrue(fromCatalog[1].contains("used      " + LandsatSeries.productId(y)), fromCatalog[1]);
        }
        assertTrue(fromCatalog[1].contains("left out  " + LandsatSeries.productId(2026) + ": year 2026 outside 2020-2025"),
                fromCatalog[1]);
    }

    @Test
    void runJsonListsEveryInputWithItsSha256AndTheVersions() throws Exception {
        String[] r = analyze("provenance", "--catalog", catalog.toString(), "--years", "2024-2025");
        assertEquals("0", r[0], r[2]);
        JsonNode run = new ObjectMapper().readTree(dir.resolve("provenance/run.json").toFile());
        assertTrue(run.path("tool").path("commit").asText().matches("[0-9a-f]{40}|unknown"), run.path("tool").toString());
        assertTrue(run.path("versions").path("gdal").asText().startsWith("3.6"), run.path("versions").toString());
        assertTrue(run.path("versions").path("proj").asText().matches("\\d+\\.\\d+\\.\\d+"), run.path("versions").toString());
        assertTrue(run.path("versions").path("spark").asText().startsWith("4."), run.path("versions").toString());
        assertTrue(run.path("versions").path("java").asText().startsWith("17"), run.path("versions").toString());
        assertEquals("analyze", run.path("command_line").get(0).asText());
        // every file of the two products and the districts, each with the SHA-256 that sha256sum computes
        Set<String> expected = new TreeSet<>();
        for (int y = 2024; y <= 2025; y++) {
            try (var files = Files.list(series.products().get(y - 2020))) {
                files.forEach(f -> expected.add(f.toString()));
            }
        }
        expected.add(series.districts().toString());
        Set<String> listed = new TreeSet<>();
        for (JsonNode in : run.path("inputs")) {
            listed.add(in.path("path").asText());
            assertEquals(sha256sum(Path.of(in.path("path").asText())), in.path("sha256").asText(), in.toString());
        }
        assertEquals(expected, listed);
        JsonNode scene = run.path("scenes").get(0);
        assertEquals("landsat-c2-l2", scene.path("preset").asText());
        assertEquals(2.75e-5, scene.path("red").path("scaling").path("scale").asDouble(), 0);
        assertEquals(-0.2, scene.path("red").path("scaling").path("offset").asDouble(), 0);
        assertTrue(scene.path("quality").path("mask_rule").asText().length() > 0, scene.toString());
        assertEquals(0.6, run.path("settings").path("threshold_ndvi").asDouble(), 0);
        // as the plan resolved it: one sensor (no harmonisation), Landsat's default buffer of 0 m (README), ndvi 0.6
        assertEquals("none", scene.path("harmonisation").asText(), scene.toString());
        assertEquals(0.0, scene.path("cloud_buffer_m").asDouble(-1), 0, scene.toString());
        assertEquals(0.6, scene.path("threshold_ndvi").asDouble(), 0, scene.toString());
        assertTrue(scene.path("water_source").asText().contains("bit 7"), scene.toString());
        assertEquals("ndvi", run.path("settings").path("definition").asText(), run.path("settings").toString());
        assertEquals("auto", run.path("settings").path("harmonise").asText(), run.path("settings").toString());
        assertTrue(run.path("stage_seconds").has("tiles"), run.path("stage_seconds").toString());
    }

    /** The checksum by coreutils' sha256sum, not by the code under test. */
    static String sha256sum(Path f) throws Exception {
        Process p = new ProcessBuilder("sha256sum", f.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.substring(0, 64);
    }

    @Test
    void aCataloguedFileChangedSinceIsRefused() throws Exception {
        Path p = LandsatSeries.writeProduct(dir.resolve("changing"), 2019);
        assertEquals(0, SharedSpark.cli().execute("catalog", "add", catalog.toString(), p.toString()));
        Path qa = p.resolve(LandsatSeries.productId(2019) + "_QA_PIXEL.TIF");
        Files.write(qa, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        String[] r = analyze("changed", "--catalog", catalog.toString(), "--years", "2019");
        assertEquals("1", r[0], r[2]);
        assertTrue(r[2].contains(qa.toString()) && r[2].contains("changed since it was catalogued"), r[2]);
        assertTrue(!Files.exists(dir.resolve("changed")));
        assertEquals(0, SharedSpark.cli().execute("catalog", "remove", catalog.toString(), LandsatSeries.productId(2019)));
    }

    @Test
    void filtersLeaveScenesOutWithTheReason() {
        String[] r = analyze("season", "--catalog", catalog.toString(), "--years", "2020-2026", "--season",
                "07-12..07-31");
        assertEquals("0", r[0], r[2]);
        // acquisition days are 10 + year % 7: 2020 -> 07-14, 2023 -> 07-10, 2024 -> 07-11
        assertTrue(r[1].contains("left out  " + LandsatSeries.productId(2023) + ": acquired 2023-07-10, outside the season"),
                r[1]);
        assertTrue(r[1].contains("used      " + LandsatSeries.productId(2020)), r[1]);
        String[] none = analyze("cloudless", "--catalog", catalog.toString(), "--max-cloud", "0.5");
        assertEquals("1", none[0], none[2]);
        assertTrue(none[2].contains("no product for this analysis") && none[2].contains("above 0.5 %"), none[2]);
        assertEquals(1, none[2].strip().lines().count(), none[2]);
    }
}
