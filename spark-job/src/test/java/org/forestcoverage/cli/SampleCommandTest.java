package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.qa.Plot;
import org.forestcoverage.qa.PlotReader;
import org.forestcoverage.qa.SamplePlotsWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forest sample} on the known-answer map of {@link QaFixture}. */
@Tag("unit")
class SampleCommandTest {
    @TempDir
    Path dir;
    Path map;

    @BeforeEach
    void inputs() {
        map = QaFixture.forestMap(dir.resolve("forest_2020.tif"));
    }

    private Path sample(String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sample", "--forest-map", map.toString(), "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(extra));
        String[] r = QaFixture.run(args.toArray(new String[0]));
        assertEquals("0", r[0], r[1]);
        return dir.resolve(out);
    }

    /** Rows of plots.csv as column -> value maps. */
    private static List<Map<String, String>> rows(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("plots.csv"));
        assertEquals(SamplePlotsWriter.CSV_HEADER, lines.get(0));
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            assertEquals(header.length, f.length, l);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], f[i]);
            }
            rows.add(m);
        }
        return rows;
    }

    private static int col(Map<String, String> row) {
        return (int) Math.floor((Double.parseDouble(row.get("x")) - 400000) / 30);
    }

    private static int row(Map<String, String> row) {
        return (int) Math.floor((4500000 - Double.parseDouble(row.get("y"))) / 30);
    }

    @Test
    void perStratumDrawsThatManyPixelCentresOfEachMapClass() throws Exception {
        Path out = sample("s", "--per-stratum", "10", "--seed", "7");
        List<Map<String, String>> rows = rows(out);
        assertEquals(20, rows.size());
        Set<String> pixels = new HashSet<>();
        int forest = 0;
        for (Map<String, String> r : rows) {
            int c = col(r);
            int w = row(r);
            // at the pixel centre, and the stated class is the map's
            assertEquals(QaFixture.x(c), Double.parseDouble(r.get("x")), 0);
            assertEquals(QaFixture.y(w), Double.parseDouble(r.get("y")), 0);
            assertEquals(LandClass.name(QaFixture.classAt(c, w)), r.get("map_class"), r.toString());
            assertEquals(r.get("map_class"), r.get("stratum"));
            assertEquals("EPSG:32650", r.get("crs"));
            assertEquals("", r.get("label"));
            double lon = Double.parseDouble(r.get("lon"));
            double lat = Double.parseDouble(r.get("lat"));
            assertTrue(lon > 115.8 && lon < 115.9 && lat > 40.6 && lat < 40.7, lon + " " + lat);
            assertTrue(pixels.add(c + "," + w), "pixel drawn twice");
            forest += r.get("map_class").equals("forest") ? 1 : 0;
        }
        assertEquals(10, forest);
        JsonNode design = new ObjectMapper().readTree(out.resolve("design.json").toFile());
        assertEquals(7, design.path("seed").asLong());
        assertEquals(3900, design.path("strata").get(0).path("pixels").asLong());
        assertEquals(5900, design.path("strata").get(1).path("pixels").asLong());
        // the GeoJSON is a plot file PlotReader reads back in the raster CRS (labels still to be filled in)
        String geo = Files.readString(out.resolve("plots.geojson"));
        assertTrue(geo.contains("\"name\" : \"EPSG:32650\""), geo);
        assertTrue(geo.contains("\"label\" : null"));
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOtherPlots() throws Exception {
        Path a = sample("a", "--per-stratum", "15", "--seed", "42");
        Path b = sample("b", "--per-stratum", "15", "--seed", "42", "--tile-size", "512");
        Path c = sample("c", "--per-stratum", "15", "--seed", "43");
        assertArrayEquals(Files.readAllBytes(a.resolve("plots.csv")), Files.readAllBytes(b.resolve("plots.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("plots.geojson")), Files.readAllBytes(b.resolve("plots.geojson")));
        assertArrayEquals(Files.readAllBytes(a.resolve("design.json")), Files.readAllBytes(b.resolve("design.json")));
        assertNotEquals(Files.readString(a.resolve("plots.csv")), Files.readString(c.resolve("plots.csv")));
        assertNotEquals(Files.readString(a.resolve("plots.geojson")), Files.readString(c.resolve("plots.geojson")));
    }

    @Test
    void targetStandardErrorSizesTheSampleWithOlofssonEquation13() throws Exception {
        // n = ceil(((3900/9800) sqrt(.85 x .15) + (5900/9800) sqrt(.9 x .1))^2 / 0.05^2) = ceil(41.66) = 42,
        // proportional: forest 42 x 0.398 = 16.71 -> 17 (largest remainder), non-forest 25.29 -> 25
        Path out = sample("t", "--target-se", "0.05", "--users-accuracy", "forest=0.85,non-forest=0.9",
                "--min-per-stratum", "5", "--seed", "3");
        JsonNode design = new ObjectMapper().readTree(out.resolve("design.json").toFile());
        assertEquals(42, design.path("total_sample_size").asInt());
        assertEquals(17, design.path("strata").get(0).path("sample_size").asInt());
        assertEquals(25, design.path("strata").get(1).path("sample_size").asInt());
        assertEquals(42, rows(out).size());
        // a minimum per stratum above the allocation raises both strata
        Path min = sample("m", "--target-se", "0.05", "--min-per-stratum", "30", "--seed", "3");
        assertEquals(60, new ObjectMapper().readTree(min.resolve("design.json").toFile()).path("total_sample_size").asInt());
    }

    @Test
    void byDistrictStrataStayInsideTheirDistricts() throws Exception {
        Path districts = QaFixture.districts(dir.resolve("districts.geojson"));
        Path out = sample("d", "--districts", districts.toString(), "--id-field", "id", "--by-district",
                "--per-stratum", "5", "--seed", "11");
        List<Map<String, String>> rows = rows(out);
        // west/forest 5, west/non-forest 5, east/forest 0 (no pixels), east/non-forest 5
        assertEquals(15, rows.size());
        Map<String, Integer> perStratum = new HashMap<>();
        for (Map<String, String> r : rows) {
            int c = col(r);
            int w = row(r);
            String district = c < 50 ? "west" : w < 90 ? "east" : null;
            assertEquals(district, r.get("district"), r.toString());
            assertEquals(district + "/" + r.get("map_class"), r.get("stratum"));
            perStratum.merge(r.get("stratum"), 1, Integer::sum);
        }
        assertEquals(Map.of("west/forest", 5, "west/non-forest", 5, "east/non-forest", 5), perStratum);
    }

    @Test
    void aFilledInSampleIsAPlotFileForQa() throws Exception {
        Path out = sample("s", "--per-stratum", "12", "--seed", "5");
        // the field team finds the map right everywhere
        List<String> lines = Files.readAllLines(out.resolve("plots.csv"));
        StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            filled.append(l).append(f[8]).append('\n');
        }
        Path plots = dir.resolve("filled.csv");
        Files.writeString(plots, filled);
        List<Plot> read = PlotReader.read(plots, null);
        assertEquals(24, read.size());
        String[] r = QaFixture.run("qa", "--plots", plots.toString(), "--forest-map", map.toString(),
                "--out", dir.resolve("qa").toString());
        assertEquals("0", r[0], r[1]);
        JsonNode city = new ObjectMapper().readTree(dir.resolve("qa/qa.json").toFile()).path("years").get(0)
                .path("areas").get(0);
        assertEquals(24, city.path("plots_used").asInt());
        assertEquals(1.0, city.path("overall_accuracy").path("value").asDouble(), 0);
        assertEquals(3900.0 / 98, city.path("forest_coverage").path("adjusted_pct").asDouble(), 1e-9);
    }

    @Test
    void byDistrictWithoutDistrictsIsRefused() throws Exception {
        String[] r = QaFixture.run("sample", "--forest-map", map.toString(), "--by-district", "--per-stratum", "5",
                "--seed", "1", "--out", dir.resolve("out").toString());
        QaFixture.assertCleanFailure(r, dir, "out", "--by-district needs --districts");
        assertFalse(Files.exists(dir.resolve("out")));
    }
    @Test
    void panelChangeSizesThePanelAndRecordsTheAssumptions() throws Exception {
        // SampleDesignTest.panelDesignByHand on the same strata (forest 3,900 px, non-forest 5,900 px): 189 + 402
        Path out = sample("panel", "--panel-change", "1", "--power", "0.5", "--gain-rate", "0.02", "--loss-rate", "0.01",
                "--seed", "3");
        com.fasterxml.jackson.databind.JsonNode d = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("design.json").toFile());
        assertEquals(591, d.path("total_sample_size").asInt());
        assertEquals("neyman", d.path("settings").path("allocation").asText());
        assertEquals(0.50958, d.path("settings").path("panel").path("expected_change_se_pp").asDouble(), 1e-5);
        assertEquals(591, rows(out).size());
    }
}
