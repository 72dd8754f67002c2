package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.qa.AccuracyAssessment;
import org.forestcoverage.qa.ErrorMatrix;
import org.forestcoverage.qa.QaReportWriter;
import org.forestcoverage.qa.StratifiedEstimator;
import org.forestcoverage.qa.SurveyAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forest qa} on the known-answer map of {@link QaFixture}: exact matrices, Olofsson numbers, reported plots. */
@Tag("unit")
class QaCommandTest {
    @TempDir
    Path dir;
    Path map;
    Path districts;
    Path plots;

    @BeforeEach
    void inputs() throws Exception {
        map = QaFixture.forestMap(dir.resolve("forest_2020.tif"));
        districts = QaFixture.districts(dir.resolve("districts.geojson"));
        plots = QaFixture.plotsCsv(dir.resolve("plots.csv"));
    }

    private JsonNode qa(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", map.toString(), "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        String[] r = QaFixture.run(args.toArray(new String[0]));
        assertEquals("0", r[0], r[1]);
        return new ObjectMapper().readTree(dir.resolve("out/qa.json").toFile());
    }

    private static long[][] counts(JsonNode area) {
        JsonNode c = area.path("matrix").path("counts");
        return new long[][] {{c.get(0).get(0).asLong(), c.get(0).get(1).asLong()},
            {c.get(1).get(0).asLong(), c.get(1).get(1).asLong()}};
    }

    private static JsonNode area(JsonNode year, String name) {
        for (JsonNode a : year.path("areas")) {
            if (a.path("area").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no area " + name + " in " + year);
    }

    private static List<String> ids(JsonNode area, String status) {
        List<String> out = new ArrayList<>();
        area.path("excluded").path(status).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Every Olofsson figure in the command's JSON equals StratifiedEstimator's on the same counts and areas. */
    private static void assertSameEstimates(AccuracyAssessment e, JsonNode a) {
        assertClose(e.overallAccuracy(), a.path("overall_accuracy").path("value").asDouble());
        assertClose(e.overallSe(), a.path("overall_accuracy").path("se").asDouble());
        assertClose(e.kappa(), a.path("kappa").asDouble());
        for (int j = 0; j < 2; j++) {
            JsonNode c = a.path("class_accuracy").get(j);
            assertClose(e.classAccuracy(j).usersAccuracy(), c.path("users").asDouble());
            assertClose(e.classAccuracy(j).producersAccuracy(), c.path("producers").asDouble());
            assertClose(e.classAccuracy(j).producersSe(), c.path("producers_se").asDouble());
            JsonNode ar = a.path("areas").get(j);
            assertClose(e.area(j).adjustedAreaM2(), ar.path("adjusted_m2").asDouble());
            assertClose(e.area(j).seM2(), ar.path("se_m2").asDouble());
            assertClose(e.area(j).ciHalfWidthM2(), ar.path("ci95_m2").asDouble());
        }
        assertClose(e.forestCoverage(0).coveragePercent(), a.path("forest_coverage").path("adjusted_pct").asDouble());
        assertClose(e.forestCoverage(0).ciHalfWidthPp(), a.path("forest_coverage").path("ci95_pp").asDouble());
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)));
    }

    @Test
    void knownAnswerMapGivesTheExpectedCityMatrixAndOlofssonEstimates() throws Exception {
        JsonNode year = qa().path("years").get(0);
        assertEquals(2020, year.path("year").asInt());
        JsonNode city = area(year, "ALL");
        // rows = map (forest, non-forest), columns = reference; D1 counts: no districts were given
        long[][] expected = {{17, 3}, {4, 22}};
        assertEquals(List.of(List.of(17L, 3L), List.of(4L, 22L)),
                List.of(List.of(counts(city)[0][0], counts(city)[0][1]), List.of(counts(city)[1][0], counts(city)[1][1])));
        assertEquals(46, city.path("plots_used").asInt());
        assertEquals("map", city.path("matrix").path("rows").asText());
        assertEquals("reference", city.path("matrix").path("columns").asText());
        assertEquals(QaFixture.FOREST_PX, city.path("mapped").path("forest_px").asLong());
        assertEquals(QaFixture.NON_FOREST_PX, city.path("mapped").path("non_forest_px").asLong());

        AccuracyAssessment e = StratifiedEstimator.assess(ErrorMatrix.of(SurveyAssessment.CLASSES, expected),
                new double[] {QaFixture.FOREST_PX * QaFixture.PIXEL_M2, QaFixture.NON_FOREST_PX * QaFixture.PIXEL_M2});
        assertSameEstimates(e, city);
        // by hand: A p_.forest = 900 m2 x (3900 x 17/20 + 5900 x 4/26)
        assertEquals(900 * (3900 * 17.0 / 20 + 5900 * 4.0 / 26), city.path("areas").get(0).path("adjusted_m2").asDouble(),
                1e-6);
        assertEquals((3900 * 17.0 / 20 + 5900 * 4.0 / 26) / 98, city.path("forest_coverage").path("adjusted_pct").asDouble(),
                1e-9);
        assertEquals(3900.0 / 9800 * 17 / 20 + 5900.0 / 9800 * 22 / 26,
                city.path("overall_accuracy").path("value").asDouble(), 1e-12);

        assertEquals(List.of("O1"), ids(city, "outside_raster"));
        assertEquals(List.of("Y1"), ids(city, "other_year"));
        assertEquals(List.of("U1", "U2"), ids(city, "unobserved"));
        assertEquals(List.of("W1"), ids(city, "water"));
        assertTrue(ids(city, "outside_districts").isEmpty());
    }

    /** Issue 16: analyze's forest maps declare 0 (unobserved) as NoData; plots there stay "unobserved", no error. */
    @Test
    void aMapDeclaringUnobservedAsNoDataGivesTheSameAssessment() throws Exception {
        map = QaFixture.forestMap(dir.resolve("forest_2020.tif"), 0.0);
        JsonNode city = area(qa().path("years").get(0), "ALL");
        assertEquals(46, city.path("plots_used").asInt());
        assertEquals(List.of("U1", "U2"), ids(city, "unobserved"));
        assertEquals(QaFixture.FOREST_PX, city.path("mapped").path("forest_px").asLong());
        assertEquals(QaFixture.NON_FOREST_PX, city.path("mapped").path("non_forest_px").asLong());
    }

    @Test
    void qaCsvStatesTheOrientationAndRepeatsTheMatrix() throws Exception {
        qa();
        List<String> lines = Files.readAllLines(dir.resolve("out/qa.csv"));
        assertEquals(QaReportWriter.CSV_HEADER, lines.get(0));
        assertTrue(lines.get(0).contains("n_map_forest_ref_nonforest"));
        assertEquals(2, lines.size());
        String[] f = lines.get(1).split(",", -1);
        assertEquals("2020", f[0]);
        assertEquals("ALL", f[1]);
        assertEquals(List.of("46", "17", "3", "4", "22"), List.of(f[2], f[3], f[4], f[5], f[6]));
        List<String> header = List.of(QaReportWriter.CSV_HEADER.split(","));
        assertEquals("1", f[header.indexOf("excluded_outside_raster")]);
        assertEquals("2", f[header.indexOf("excluded_unobserved")]);
        assertEquals(String.format(Locale.ROOT, "%.4f", 3900 * 900 / 1e4), f[header.indexOf("mapped_forest_ha")]);
        List<String> plotLines = Files.readAllLines(dir.resolve("out/qa_plots.csv"));
        assertEquals(1 + 51, plotLines.size());
        assertTrue(plotLines.stream().anyMatch(l -> l.startsWith("2020,O1,line 50,") && l.endsWith(",outside_raster")),
                String.join("\n", plotLines));
    }

    @Test
    void districtsSplitThePlotsAndAreasAndReportPlotsOutsideThem() throws Exception {
        JsonNode year = qa("--districts", districts.toString(), "--id-field", "id", "--min-plots", "21")
                .path("years").get(0);
        JsonNode city = area(year, "ALL");
        assertEquals(45, city.path("plots_used").asInt());
        assertEquals(List.of("D1"), ids(city, "outside_districts"));
        // the city is the sum of the districts: 500 non-forest pixels lie in none
        assertEquals(3900, city.path("mapped").path("forest_px").asLong());
        assertEquals(5400, city.path("mapped").path("non_forest_px").asLong());
        long[][] cityCounts = {{17, 3}, {4, 21}};
        assertEquals(java.util.Arrays.deepToString(cityCounts), java.util.Arrays.deepToString(counts(city)));
        assertSameEstimates(StratifiedEstimator.assess(ErrorMatrix.of(SurveyAssessment.CLASSES, cityCounts),
                new double[] {3900 * 900.0, 5400 * 900.0}), city);

        JsonNode west = area(year, "west");
        long[][] westCounts = {{17, 3}, {1, 4}};
        assertEquals(java.util.Arrays.deepToString(westCounts), java.util.Arrays.deepToString(counts(west)));
        assertEquals(List.of("U1", "U2"), ids(west, "unobserved"));
        assertSameEstimates(StratifiedEstimator.assess(ErrorMatrix.of(SurveyAssessment.CLASSES, westCounts),
                new double[] {3900 * 900.0, 1000 * 900.0}), west);
        // east has 20 plots < 21: not reported, but listed
        assertEquals(20, year.path("districts_below_min_plots").path("east").asInt());
        assertEquals(2, year.path("areas").size());
    }

    @Test
    void aDistrictWithoutForestGetsItsOwnRow() throws Exception {
        JsonNode year = qa("--districts", districts.toString(), "--id-field", "id", "--min-plots", "20")
                .path("years").get(0);
        JsonNode east = area(year, "east");
        assertEquals("[[0, 0], [3, 17]]", java.util.Arrays.deepToString(counts(east)));
        assertEquals(0, east.path("mapped").path("forest_px").asLong());
        assertEquals(4400 * 900.0 * 3 / 20, east.path("areas").get(0).path("adjusted_m2").asDouble(), 1e-6);
        assertEquals(List.of("W1"), ids(east, "water"));
    }

    @Test
    void plotsInLonLatGeoJsonAreTransformedToTheMapsCrs() throws Exception {
        // the same plots as points in OGC:CRS84 (GeoJSON's default), transformed with GDAL
        List<String> rows = QaFixture.plotRows().lines().toList();
        double[] xs = new double[rows.size()];
        double[] ys = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            xs[i] = Double.parseDouble(f[1]);
            ys[i] = Double.parseDouble(f[2]);
        }
        double[][] ll = Crs.transform("EPSG:32650", "EPSG:4326", xs, ys);
        StringBuilder sb = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            sb.append(i == 0 ? "" : ",\n").append(String.format(Locale.ROOT,
                    "{\"type\": \"Feature\", \"properties\": {\"id\": \"%s\", \"label\": \"%s\"%s},"
                            + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.10f, %.10f]}}",
                    f[0], f[3], f[4].isEmpty() ? "" : ", \"year\": " + f[4], ll[0][i], ll[1][i]));
        }
        sb.append("]}\n");
        plots = dir.resolve("plots.geojson");
        Files.writeString(plots, sb.toString());
        String[] r = QaFixture.run("qa", "--plots", plots.toString(), "--forest-map", map.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals("0", r[0], r[1]);
        JsonNode city = area(new ObjectMapper().readTree(dir.resolve("out/qa.json").toFile()).path("years").get(0), "ALL");
        assertEquals("[[17, 3], [4, 22]]", java.util.Arrays.deepToString(counts(city)));
    }

    @Test
    void aRunFolderAssessesEveryYearWithThatYearsPlots() throws Exception {
        Path run = Files.createDirectory(dir.resolve("run"));
        QaFixture.forestMap(run.resolve("forest_2020.tif"));
        QaFixture.forestMap(run.resolve("forest_2021.tif"));
        String[] r = QaFixture.run("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650", "--run", run.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals("0", r[0], r[1]);
        JsonNode years = new ObjectMapper().readTree(dir.resolve("out/qa.json").toFile()).path("years");
        assertEquals(2, years.size());
        assertEquals("[[17, 3], [4, 22]]", java.util.Arrays.deepToString(counts(area(years.get(0), "ALL"))));
        // 2021: only the plots without a year (E01-E20, D1); every map forest plot is from 2020
        JsonNode city2021 = area(years.get(1), "ALL");
        assertEquals(2021, years.get(1).path("year").asInt());
        assertEquals("[[0, 0], [3, 18]]", java.util.Arrays.deepToString(counts(city2021)));
        assertTrue(city2021.path("note").asText().startsWith("no stratified estimate"), city2021.toString());
        assertFalse(city2021.has("overall_accuracy"));
        assertEquals(29, ids(city2021, "other_year").size());
    }

    @Test
    void lonLatLabelledAsUtmIsAWrongCrsNamingTheLine() throws Exception {
        Path bad = dir.resolve("plots_wrong_crs.csv");
        Files.writeString(bad, "id,x,y,label,crs\n# surveyed 2020\nA,116.40,39.90,forest,EPSG:32650\n"
                + "B,116.41,39.91,non-forest,EPSG:32650\n");
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", bad.toString(), "--forest-map", map.toString(),
                "--out", dir.resolve("out").toString()), dir, "out", "plots_wrong_crs.csv line 3", "CRS wrong");
    }

    @Test
    void utmMetresLabelledAsLonLatFailTheReadersRangeCheck() throws Exception {
        Path bad = dir.resolve("plots_range.csv");
        Files.writeString(bad, "id,x,y,label\nA,400315,4499385,forest\n");
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", bad.toString(), "--plots-crs", "EPSG:4326",
                "--forest-map", map.toString(), "--out", dir.resolve("out").toString()), dir, "out",
                "plots_range.csv line 2", "longitude/latitude range");
    }

    @Test
    void aLabelOutsideTheAllowedSetNamesTheLine() throws Exception {
        Path bad = dir.resolve("plots_label.csv");
        Files.writeString(bad, "id,x,y,label\nA,400315,4499385,forest\nB,400345,4499385,non-forest\nC,400375,4499385,shrub\n");
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", bad.toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", map.toString(), "--out", dir.resolve("out").toString()), dir, "out",
                "plots_label.csv line 4", "'shrub'");
    }

    @Test
    void aDuplicateIdNamesBothLines() throws Exception {
        Path bad = dir.resolve("plots_dup.csv");
        Files.writeString(bad, "id,x,y,label\nA,400315,4499385,forest\nB,400345,4499385,forest\nA,400375,4499385,forest\n");
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", bad.toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", map.toString(), "--out", dir.resolve("out").toString()), dir, "out",
                "plots_dup.csv line 4", "duplicate id 'A' (first on line 2)");
    }

    @Test
    void aMapWithoutAYearInItsNameNeedsYear() throws Exception {
        Path other = QaFixture.forestMap(dir.resolve("classes.tif"));
        QaFixture.assertCleanFailure(QaFixture.run("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", other.toString(), "--out", dir.resolve("out").toString()), dir, "out", "classes.tif",
                "--year");
    }
}
