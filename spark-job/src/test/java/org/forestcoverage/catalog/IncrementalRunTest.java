package org.forestcoverage.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.LandsatSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs from a GeoPackage catalogue: the first run computes every tile-year; after a seventh year is
 * added only that year is computed and the table equals a full recompute; a changed threshold recomputes every
 * year; an unchanged rerun computes nothing. The grid is 240 x 200 px in tiles of 64 px: 4 x 4 = 16 tiles.
 */
@Tag("spark")
class IncrementalRunTest {
    static final int TILES = 16;
    @TempDir
    Path dir;

    String[] analyze(String out, String... more) {
        List<String> a = new ArrayList<>(List.of("analyze", "--catalog", dir.resolve("scenes.gpkg").toString(),
                "--districts", dir.resolve("districts.geojson").toString(), "--id-field", "district_id", "--out",
                dir.resolve(out).toString(), "--tile-size", "64", "--master", "local[2]"));
        a.addAll(List.of(more));
        return CatalogAnalysisTest.run(a.toArray(new String[0]));
    }

    JsonNode tileYears(String out) throws Exception {
        return new ObjectMapper().readTree(dir.resolve(out).resolve("run.json").toFile()).path("tile_years");
    }

    /** coverage_pct of coverage.csv by "year/district". */
    Map<String, Double> coverage(String out) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(out).resolve("coverage.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int c = header.indexOf("coverage_pct");
        Map<String, Double> m = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            m.put(f[0] + "/" + f[1], Double.parseDouble(f[c]));
        }
        return m;
    }

    void assertSameTable(String a, String b) throws Exception {
        assertArrayEquals(Files.readAllBytes(dir.resolve(b).resolve("coverage.csv")),
                Files.readAllBytes(dir.resolve(a).resolve("coverage.csv")), a + " and " + b + " differ");
    }

    @Test
    void aSeventhYearIsTheOnlyOneComputed() throws Exception {
        LandsatSeries series = LandsatSeries.write(dir, 2020, 2025);
        List<String> add = new ArrayList<>(List.of("catalog", "add", dir.resolve("scenes.gpkg").toString()));
        series.products().forEach(p -> add.add(p.toString()));
        assertEquals(0, SharedSpark.cli().execute(add.toArray(new String[0])));

        String[] r = analyze("first");
        assertEquals("0", r[0], r[2]);
        assertEquals(6 * TILES, tileYears("first").path("computed").asInt());
        assertEquals(0, tileYears("first").path("reused").asInt());

        Path y2026 = LandsatSeries.writeProduct(dir.resolve("products"), 2026);
        assertEquals(0, SharedSpark.cli().execute("catalog", "add", dir.resolve("scenes.gpkg").toString(),
                y2026.toString()));
        r = analyze("second");
        assertEquals("0", r[0], r[2]);
        assertEquals(TILES, tileYears("second").path("computed").asInt(), r[1]);
        assertEquals(6 * TILES, tileYears("second").path("reused").asInt());
        assertEquals("[2026]", tileYears("second").path("computed_years").toString());
        assertEquals(false, Files.exists(dir.resolve("second/changes.csv")), "adding a year changes no past year");
        r = analyze("full", "--results", "none");
        assertEquals("0", r[0], r[2]);
        assertSameTable("second", "full");

        r = analyze("threshold", "--threshold", "0.5");
        assertEquals("0", r[0], r[2]);
        assertEquals(7 * TILES, tileYears("threshold").path("computed").asInt());
        assertEquals(0, tileYears("threshold").path("reused").asInt());
        r = analyze("threshold-full", "--threshold", "0.5", "--results", "none");
        assertEquals("0", r[0], r[2]);
        assertSameTable("threshold", "threshold-full");
        // the diff report: every year moved, because of the threshold; before/after are the two tables' coverage
        JsonNode changes = new ObjectMapper().readTree(dir.resolve("threshold/changes.json").toFile()).path("changed_years");
        assertEquals(7, changes.size());
        assertEquals("setting threshold_ndvi: 0.6 -> 0.5", changes.get(0).path("causes").get(0).asText());
        assertTrue(r[2].isEmpty() || !r[2].contains("changed since"), "a run without a store reports no change");
        Map<String, Double> before = coverage("full");
        Map<String, Double> after = coverage("threshold");
        List<String> lines = Files.readAllLines(dir.resolve("threshold/changes.csv"));
        assertEquals("year,district,coverage_pct_before,coverage_pct_after,change_pp,forest_m2_before,forest_m2_after",
                lines.get(0));
        assertEquals(1 + 7 * 5, lines.size(), "7 years x (4 districts + city)");
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            String k = f[0] + "/" + f[1];
            assertEquals(before.get(k), Double.parseDouble(f[2]), 1e-3, l);
            assertEquals(after.get(k), Double.parseDouble(f[3]), 1e-3, l);
            assertTrue(Double.parseDouble(f[4]) > 0, "a lower threshold only adds forest: " + l);
        }

        r = analyze("again");
        assertEquals("0", r[0], r[2]);
        assertEquals(0, tileYears("again").path("computed").asInt());
        assertEquals(7 * TILES, tileYears("again").path("reused").asInt());
        assertSameTable("again", "full");
    }
}
