package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.KnownAnswer;
import org.forestcoverage.testtiles.KnownAnswerScene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: {@code qa} and {@code analyze} add a map's pixels to districts through the same zoner and accumulator,
 * so for the forest map an analysis wrote, qa's mapped forest and non-forest per district are coverage.csv's forest
 * and land-minus-forest, to the pixel equivalent and to the mm2, in both zone modes. The districts cut pixels
 * obliquely (a zigzag between west and east, a triangle over both), so fractional and pixel-centre areas differ.
 */
@Tag("spark")
class QaAreasEqualCoverageTest {
    @TempDir
    Path dir;

    private static final double X0 = KnownAnswerScene.ORIGIN_X;
    private static final double Y0 = KnownAnswerScene.ORIGIN_Y;

    /** x, y of a point (col, row) in scene pixels. */
    private static String xy(double col, double row) {
        return "[" + (X0 + col * 30) + ", " + (Y0 - row * 30) + "]";
    }

    private Path districts() throws Exception {
        String west = "[" + xy(0, 0) + ", " + xy(301.3, 0) + ", " + xy(280.7, 170.2) + ", " + xy(333.1, 340.55) + ", "
                + xy(250.25, 512) + ", " + xy(0, 512) + ", " + xy(0, 0) + "]";
        String east = "[" + xy(301.3, 0) + ", " + xy(640, 0) + ", " + xy(640, 512) + ", " + xy(250.25, 512) + ", "
                + xy(333.1, 340.55) + ", " + xy(280.7, 170.2) + ", " + xy(301.3, 0) + "]";
        String triangle = "[" + xy(100.5, 400.2) + ", " + xy(500.9, 430.7) + ", " + xy(310.3, 60.1) + ", "
                + xy(100.5, 400.2) + "]";
        Path f = dir.resolve("oblique.geojson");
        Files.writeString(f, "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
                + "{\"name\": \"urn:ogc:def:crs:EPSG::32650\"}}, \"features\": ["
                + feature("W", west) + ", " + feature("E", east) + ", " + feature("T", triangle) + "]}");
        return f;
    }

    private static String feature(String id, String ring) {
        return "{\"type\": \"Feature\", \"properties\": {\"id\": \"" + id + "\"}, \"geometry\": {\"type\": \"Polygon\","
                + " \"coordinates\": [" + ring + "]}}";
    }

    @Test
    void qaMappedAreasPerDistrictAreCoverageCsvsInBothZoneModes() throws Exception {
        KnownAnswer ka = KnownAnswerScene.write(dir.resolve("scene"));
        Path districts = districts();
        Path plots = dir.resolve("plots.csv");
        Files.writeString(plots, "id,x,y,label\nP1," + (X0 + 45) + "," + (Y0 - 45) + ",forest\nP2," + (X0 + 15000) + ","
                + (Y0 - 9000) + ",non-forest\n");
        for (String zones : List.of("fractional", "centre")) {
            // process
            Path run = dir.resolve("run-" + zones);
            assertEquals(0, SharedSpark.cli().execute("analyze", "--manifest", ka.manifest().toString(), "--districts",
                    districts.toString(), "--id-field", "id", "--out", run.toString(), "--maps", "--zones", zones,
                    "--master", "local[2]"));
            Path qa = dir.resolve("qa-" + zones);
            assertEquals(0, SharedSpark.cli().execute("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                    "--forest-map", run.resolve("forest_" + KnownAnswerScene.YEAR + ".tif").toString(), "--districts",
                    districts.toString(), "--id-field", "id", "--zones", zones, "--min-plots", "0", "--out",
                    qa.toString()));

            // test
            Map<String, String[]> coverage = new HashMap<>();
            List<String> lines = Files.readAllLines(run.resolve("coverage.csv"));
            List<String> header = Arrays.asList(lines.get(0).split(","));
            for (String l : lines.subList(1, lines.size())) {
                coverage.put(l.split(",")[1], l.split(","));
            }
            JsonNode areas = new ObjectMapper().readTree(qa.resolve("qa.json").toFile()).path("years").get(0).path("areas");
            int checked = 0;
            boolean fractionalPixels = false;
            for (JsonNode a : areas) {
                String[] row = coverage.get(a.path("area").asText());
                JsonNode mapped = a.path("mapped");
                BigDecimal forestPx = new BigDecimal(row[header.indexOf("forest_px")]);
                BigDecimal forestM2 = new BigDecimal(row[header.indexOf("forest_m2")]);
                BigDecimal landM2 = new BigDecimal(row[header.indexOf("land_m2")]);
                String where = zones + ", " + a.path("area").asText();
                // coverage.csv prints pixel equivalents to 6 decimals and m2 to 2, qa.json in full
                BigDecimal qaPx = mapped.path("forest_px").decimalValue();
                assertEquals(forestPx, forestPx.scale() == 0 ? qaPx : qaPx.setScale(6, RoundingMode.HALF_EVEN),
                        where + " forest px");
                assertEquals(forestM2.doubleValue(), mapped.path("forest_m2").asDouble(), 0.01, where + " forest m2");
                assertEquals(landM2.subtract(forestM2).doubleValue(), mapped.path("non_forest_m2").asDouble(), 0.02,
                        where + " non-forest m2");
                fractionalPixels |= forestPx.stripTrailingZeros().scale() > 0;
                checked++;
            }
            assertEquals(4, checked, zones + ": the city and the three districts");
            assertEquals(zones.equals("fractional"), fractionalPixels, zones + ": boundary pixels split or whole");
        }
        assertTrue(Files.readString(dir.resolve("run-fractional/coverage.csv"))
                .compareTo(Files.readString(dir.resolve("run-centre/coverage.csv"))) != 0, "the modes give other areas");
    }
}
