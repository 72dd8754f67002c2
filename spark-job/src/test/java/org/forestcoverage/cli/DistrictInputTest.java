package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.job.JobConfig;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.report.DistrictCheckReport;
import org.forestcoverage.zones.DistrictChecks;
import org.forestcoverage.zones.DistrictLayer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * District input checks in {@code analyze} (issue 4): an invalid polygon is repaired with a warning naming the
 * feature, or refused with {@code --invalid-districts refuse}; overlaps and gaps are reported on the console and in
 * coverage.json with their area and districts; {@code --districts-gcj02} refuses projected districts.
 *
 * <p>Districts (EPSG:32650, m) on a 64 x 64 scene of 30 m: a bow-tie {@code bow} (self-intersecting, feature 0);
 * {@code A} and {@code B} overlapping in a 100 m x 900 m strip (0.09 km2); {@code R} with a 300 m x 300 m hole of which
 * {@code P} fills the southern half, leaving a gap of 300 m x 150 m (0.045 km2) between R and P.
 */
@Tag("spark")
class DistrictInputTest {
    @TempDir
    Path dir;
    Path scene;
    Path districts;

    @BeforeEach
    void inputs() throws Exception {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);
        scene = dir.resolve("scene.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(scene.toString(), g, PixelType.INT16, 2, -9999.0)) {
            short[] red = new short[64 * 64];
            short[] nir = new short[64 * 64];
            java.util.Arrays.fill(red, (short) 1000);
            java.util.Arrays.fill(nir, (short) 9000);
            w.write(1, g.window(), red);
            w.write(2, g.window(), nir);
        }
        districts = dir.resolve("d.geojson");
        Files.writeString(districts, """
            {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32650"}},
             "features": [
              %s, %s, %s, %s, %s]}""".formatted(
                feature("bow", "[[[400000, 4499100], [400300, 4499400], [400300, 4499100], [400000, 4499400], [400000, 4499100]]]"),
                feature("A", "[[[400000, 4498100], [401000, 4498100], [401000, 4499000], [400000, 4499000], [400000, 4498100]]]"),
                feature("B", "[[[400900, 4498100], [401900, 4498100], [401900, 4499000], [400900, 4499000], [400900, 4498100]]]"),
                feature("R", "[[[401000, 4499000], [401900, 4499000], [401900, 4499900], [401000, 4499900], [401000, 4499000]],"
                        + " [[401300, 4499300], [401300, 4499600], [401600, 4499600], [401600, 4499300], [401300, 4499300]]]"),
                feature("P", "[[[401300, 4499300], [401600, 4499300], [401600, 4499450], [401300, 4499450], [401300, 4499300]]]")));
    }

    private static String feature(String id, String rings) {
        return "{\"type\": \"Feature\", \"properties\": {\"id\": \"" + id + "\"}, \"geometry\": {\"type\": \"Polygon\", "
                + "\"coordinates\": " + rings + "}}";
    }

    /** Runs {@code analyze} with the extra options; returns {exit code, stdout, error line(s), warnings on stderr}. */
    private String[] analyze(String... extra) {
        List<String> args = new ArrayList<>(List.of("analyze", "--scene", scene.toString(), "--year", "2020",
                "--red-band", "1", "--nir-band", "2", "--scale", "0.0001", "--offset", "0", "--districts", districts.toString(),
                "--id-field", "id", "--out", dir.resolve("out").toString(), "--master", "local[2]"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        PrintStream savedErr = System.err;
        StringWriter err = new StringWriter();
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            // replaced before the command line is made: replaced after it, picocli did not use the writer given here
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            CommandLine cl = SharedSpark.cli();
            cl.setErr(new PrintWriter(err));
            rc = cl.execute(args.toArray(new String[0]));
        } finally {
            System.setOut(saved);
            System.setErr(savedErr);
        }
        return new String[] {Integer.toString(rc), out.toString(StandardCharsets.UTF_8), err.toString(),
                warnings.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void testInvalidPolygonRepairedWithWarningAndOverlapsAndGapsReported() throws Exception {
        String[] r = analyze();
        assertEquals("0", r[0], r[2]);
        assertFalse(r[1].contains("warning:"), "warnings go to stderr, not with the results on stdout: " + r[1]);
        String console = r[3];
        String warning = console.lines().filter(l -> l.contains("'bow'")).findFirst().orElse("");
        assertTrue(warning.startsWith("warning: d.geojson: district 'bow' (feature 0): Self-intersection")
                && warning.contains("repaired"), console);
        String overlap = console.lines().filter(l -> l.contains("overlap")).findFirst().orElse("");
        assertTrue(overlap.contains("0.0900 km2 in 1 pair") && overlap.contains("A/B 0.0900 km2"), console);
        String gap = console.lines().filter(l -> l.contains("gaps inside")).findFirst().orElse("");
        assertTrue(gap.contains("0.0450 km2 in 1 hole") && gap.contains("between R/P"), console);

        JsonNode checks = new ObjectMapper().readTree(dir.resolve("out/coverage.json").toFile()).path("run")
                .path("district_checks");
        assertEquals("bow", checks.path("invalid").path(0).path("district").asText(), checks.toString());
        assertTrue(checks.path("invalid").path(0).path("repaired").asBoolean(), checks.toString());
        assertEquals(0.09, checks.path("overlap_km2").asDouble(), 1e-12, checks.toString());
        assertEquals("A", checks.path("overlaps").path(0).path("districts").path(0).asText());
        assertEquals("B", checks.path("overlaps").path(0).path("districts").path(1).asText());
        assertEquals(0.045, checks.path("gap_km2").asDouble(), 1e-12, checks.toString());
        assertEquals("[\"R\",\"P\"]", checks.path("gaps").path(0).path("bordering").toString());

        // the repaired bow-tie keeps both triangles: 2 x 300 m x 150 m / 2 = 45,000 m2 = 50 pixels of 900 m2
        List<String> csv = Files.readAllLines(dir.resolve("out/coverage.csv"));
        String bow = csv.stream().filter(l -> l.startsWith("2020,bow,")).findFirst().orElseThrow();
        assertEquals(50.0, Double.parseDouble(bow.split(",")[6]), 1e-6, bow);
    }

    @Test
    void testInvalidPolygonRefusedOnOneLineNamingTheFeature() throws Exception {
        String[] r = analyze("--invalid-districts", "refuse");
        assertEquals("1", r[0], r[1] + r[2]);
        String msg = r[2].strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains("d.geojson") && msg.contains("district 'bow' (feature 0)")
                && msg.contains("Self-intersection") && msg.contains("refuse"), msg);
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("out")), "an output folder was left behind");
        }
    }

    @Test
    void testGcj02OptionRefusesProjectedDistricts() {
        String[] r = analyze("--districts-gcj02");
        assertEquals("1", r[0], r[1] + r[2]);
        String msg = r[2].strip();
        assertEquals(1, msg.lines().count(), msg);
        assertTrue(msg.contains("d.geojson") && msg.contains("--districts-gcj02") && msg.contains("EPSG:32650"), msg);
    }

    @Test
    void testLonLatDistrictsInChinaGetAGcj02NoteUnlessConverted() throws Exception {
        Path beijing = dir.resolve("bj.geojson");
        Files.writeString(beijing, "{\"type\": \"FeatureCollection\", \"features\": [" + feature("bj",
                "[[[116.3, 39.9], [116.4, 39.9], [116.4, 40.0], [116.3, 40.0], [116.3, 39.9]]]") + "]}");
        Path paris = dir.resolve("paris.geojson");
        Files.writeString(paris, "{\"type\": \"FeatureCollection\", \"features\": [" + feature("p",
                "[[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], [2.3, 48.8]]]") + "]}");
        assertTrue(notes(beijing, false).stream().anyMatch(l -> l.startsWith("note:") && l.contains("--districts-gcj02")),
                notes(beijing, false).toString());
        assertFalse(notes(beijing, true).stream().anyMatch(l -> l.startsWith("note:")), notes(beijing, true).toString());
        assertFalse(notes(paris, false).stream().anyMatch(l -> l.startsWith("note:")), notes(paris, false).toString());
        assertFalse(notes(districts, false).stream().anyMatch(l -> l.startsWith("note:")), "projected districts");
    }

    /**
     * The district lines for {@code file} read onto a lon/lat grid, as the plan builder makes them (the districts are
     * read directly: the test scene covers none of these places, which a whole plan refuses).
     */
    private List<String> notes(Path file, boolean gcj02) {
        String wkt = Crs.toWkt("EPSG:4326");
        DistrictLayer layer = DistrictReader.layer(file.toString(), "id", null, wkt, null, gcj02);
        return DistrictCheckReport.lines(file.getFileName().toString(), DistrictChecks.check(layer.districts(), true),
                Crs.units(wkt), !gcj02 && layer.lonLatInChina());
    }
}
