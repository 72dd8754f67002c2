package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.forestcoverage.io.gdal.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class PlotReaderTest {

    private static List<Plot> csv(String text, String crs) {
        return PlotReader.readCsv(new StringReader(text), "plots.csv", crs);
    }

    private static List<Plot> geojson(String text) {
        return PlotReader.readGeoJson(new StringReader(text), "plots.geojson", null);
    }

    private static PlotFileException csvError(String text, String crs) {
        return assertThrows(PlotFileException.class, () -> csv(text, crs));
    }

    @Test
    void csvWithCallerCrsAndOptionalYear() {
        List<Plot> plots = csv("id,x,y,label,year\nP1,450000.5,4420000,forest,2023\nP2,450030,4420030,Non-Forest,\n",
                "EPSG:32650");
        assertEquals(List.of(new Plot("P1", 450000.5, 4420000, "EPSG:32650", ForestLabel.FOREST, OptionalInt.of(2023)),
                new Plot("P2", 450030, 4420030, "EPSG:32650", ForestLabel.NON_FOREST, OptionalInt.empty())), plots);
    }

    @Test
    void csvColumnsInAnyOrderWithCrsColumnQuotesAndComments() {
        List<Plot> plots = csv("# survey 2023\nLABEL,crs,Y,X,id\n1,EPSG:4326,39.9,116.4,\"P,1\"\n"
                + "nonforest,,40.0,116.5,P2\n non_forest ,EPSG:4326,40.1,116.6,P3\n0,EPSG:4326,40.2,116.7,P4\n",
                "EPSG:4326");
        assertEquals(4, plots.size());
        assertEquals("P,1", plots.get(0).id());
        assertEquals(ForestLabel.FOREST, plots.get(0).label());
        assertEquals(116.4, plots.get(0).x());
        assertEquals("EPSG:4326", plots.get(1).crs());
        assertEquals(ForestLabel.NON_FOREST, plots.get(2).label());
        assertEquals(ForestLabel.NON_FOREST, plots.get(3).label());
    }

    @Test
    void csvWithoutIdColumnGetsLineIds() {
        List<Plot> plots = csv("x,y,label\n1,2,forest\n", "EPSG:32650");
        assertEquals("line:2", plots.get(0).id());
    }

    @Test
    void csvLabelOutsideAllowedSetNamesTheLine() {
        PlotFileException e = csvError("id,x,y,label\nP1,1,2,forest\nP2,1,2,shrub\n", "EPSG:32650");
        assertEquals("line 3", e.location());
        assertEquals("plots.csv", e.file());
        assertTrue(e.getMessage().startsWith("plots.csv line 3: label 'shrub'"), e.getMessage());
    }

    @Test
    void csvDuplicateIdNamesBothLines() {
        PlotFileException e = csvError("id,x,y,label\nP1,1,2,forest\nP2,1,2,forest\nP1,3,4,forest\n", "EPSG:32650");
        assertEquals("line 4", e.location());
        assertTrue(e.getMessage().contains("duplicate id 'P1' (first on line 2)"), e.getMessage());
    }

    @Test
    void csvPanelRepeatsAnIdWithDistinctYearsAndKeepsItsDesign() {
        List<Plot> plots = csv("id,x,y,label,year,stratum,cluster,inclusion_probability\n"
                + "P1,1,2,forest,2020,forest,c1,0.01\nP1,1,2,non-forest,2022,forest,c1,0.01\n"
                + "P2,3,4,forest,2020,non-forest,,\n", "EPSG:32650");
        assertEquals(3, plots.size());
        assertEquals(new PlotDesign("forest", "c1", 0.01), plots.get(1).design());
        assertEquals(OptionalInt.of(2022), plots.get(1).year());
        assertEquals(PlotDesign.NONE.inclusionProbability(), plots.get(2).design().inclusionProbability());
        assertEquals("non-forest", plots.get(2).design().stratum());
        assertEquals(false, plots.get(2).design().hasCluster());
    }

    @Test
    void csvPanelRefusesTheSameYearTwiceAMissingYearAMovedPlotAndAnotherStratum() {
        PlotFileException twice = csvError("id,x,y,label,year\nP1,1,2,forest,2020\nP1,1,2,forest,2020\n", "EPSG:32650");
        assertTrue(twice.getMessage().contains("duplicate id 'P1' in year 2020 (first on line 2)"), twice.getMessage());
        PlotFileException noYear = csvError("id,x,y,label,year\nP1,1,2,forest,2020\nP1,1,2,forest,\n", "EPSG:32650");
        assertTrue(noYear.getMessage().contains("needs a year on each of its rows"), noYear.getMessage());
        PlotFileException moved = csvError("id,x,y,label,year\nP1,1,2,forest,2020\nP1,1,5,forest,2021\n", "EPSG:32650");
        assertEquals("line 3", moved.location());
        assertTrue(moved.getMessage().contains("keeps its point"), moved.getMessage());
        PlotFileException stratum = csvError("id,x,y,label,year,stratum\nP1,1,2,forest,2020,forest\n"
                + "P1,1,2,forest,2021,non-forest\n", "EPSG:32650");
        assertTrue(stratum.getMessage().contains("stratum/cluster"), stratum.getMessage());
        PlotFileException pi = csvError("id,x,y,label,inclusion_probability\nP1,1,2,forest,0\n", "EPSG:32650");
        assertTrue(pi.getMessage().contains("inclusion_probability '0' is not a number in (0, 1]"), pi.getMessage());
    }

    @Test
    void geoJsonCarriesTheDesignProperties() {
        List<Plot> plots = geojson("""
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [116.4, 39.9]},
                 "properties": {"label": "forest", "stratum": "forest", "cluster": 17, "inclusion_probability": 0.5}}]}
                """);
        assertEquals(new PlotDesign("forest", "17", 0.5), plots.get(0).design());
    }

    @Test
    void csvMissingColumnsAreListed() {
        PlotFileException e = csvError("id,easting,northing,label\nP1,1,2,forest\n", "EPSG:32650");
        assertEquals("line 1", e.location());
        assertTrue(e.getMessage().contains("missing column(s) [x, y]"), e.getMessage());
    }

    @Test
    void csvUnparseableNumberNamesLineAndValue() {
        PlotFileException e = csvError("id,x,y,label\nP1,1,2,forest\n\nP2,1;5,2,forest\n", "EPSG:32650");
        assertEquals("line 4", e.location());
        assertTrue(e.getMessage().contains("x '1;5' is not a finite number"), e.getMessage());
    }

    @Test
    void csvUnparseableYearNamesLine() {
        PlotFileException e = csvError("id,x,y,label,year\nP1,1,2,forest,2023a\n", "EPSG:32650");
        assertTrue(e.getMessage().contains("line 2: year '2023a'"), e.getMessage());
    }

    @Test
    void csvWrongFieldCountNamesLine() {
        PlotFileException e = csvError("id,x,y,label\nP1,1,2\n", "EPSG:32650");
        assertEquals("line 2", e.location());
    }

    @Test
    void csvWithoutAnyCrsIsRejected() {
        PlotFileException e = csvError("id,x,y,label\nP1,1,2,forest\n", null);
        assertTrue(e.getMessage().contains("no crs column and no CRS given"), e.getMessage());
    }

    @Test
    void csvProjectedCoordinatesDeclaredAsLonLatAreAWrongCrs() {
        // the reader takes any numbers; the range check asks GDAL's OSR whether the plots' CRS is geographic
        List<Plot> plots = csv("id,x,y,label\nP1,116.4,39.9,forest\nP2,450000,4420000,forest\n", "EPSG:4326");
        PlotFileException e = assertThrows(PlotFileException.class, () -> PlotPlacement.checkLonLatRanges("plots.csv",
                plots, List.of("line 2", "line 3"), Crs::isGeographic));
        PlotPlacement.checkLonLatRanges("plots.csv", csv("id,x,y,label\nP2,450000,4420000,forest\n", "EPSG:32650"),
                List.of("line 2"), Crs::isGeographic);
        assertEquals("line 3", e.location());
        assertTrue(e.getMessage().contains("is the CRS wrong"), e.getMessage());
    }

    @Test
    void csvUnterminatedQuoteNamesLine() {
        PlotFileException e = csvError("id,x,y,label\n\"P1,1,2,forest\n", "EPSG:32650");
        assertEquals("line 2", e.location());
    }

    @Test
    void emptyCsvHasNoHeader() {
        PlotFileException e = csvError("# nothing\n", "EPSG:32650");
        assertTrue(e.getMessage().contains("no header"), e.getMessage());
    }

    private static final String POINTS = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "EPSG:32650"}},
             "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [450000, 4420000]},
               "properties": {"id": "P1", "label": "forest", "year": 2023}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [450030, 4420030]},
               "properties": {"id": 2, "label": 0}},
              {"type": "Feature", "geometry": {"type": "Polygon",
                "coordinates": [[[0, 0], [30, 0], [30, 30], [0, 30], [0, 0]]]},
               "properties": {"label": "NON_FOREST"}}
             ]}
            """;

    @Test
    void geoJsonPointsAndPolygonCentroid() {
        List<Plot> plots = geojson(POINTS);
        assertEquals(new Plot("P1", 450000, 4420000, "EPSG:32650", ForestLabel.FOREST, OptionalInt.of(2023)),
                plots.get(0));
        assertEquals("2", plots.get(1).id());
        assertEquals(ForestLabel.NON_FOREST, plots.get(1).label());
        assertEquals("feature:2", plots.get(2).id());
        assertEquals(15, plots.get(2).x(), 1e-12);
        assertEquals(15, plots.get(2).y(), 1e-12);
    }

    @Test
    void geoJsonWithoutCrsMemberIsCrs84() {
        List<Plot> plots = geojson("""
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "geometry": {"type": "Point", "coordinates": [116.4, 39.9]}, "properties": {"label": "forest"}}]}
                """);
        assertEquals(PlotReader.GEOJSON_DEFAULT_CRS, plots.get(0).crs());
    }

    @Test
    void geoJsonBadLabelNamesFeature() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson(POINTS.replace("\"label\": 0", "\"label\": \"wood\"")));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("label 'wood'"), e.getMessage());
    }

    @Test
    void geoJsonDuplicateIdNamesFeature() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson(POINTS.replace("\"id\": 2", "\"id\": \"P1\"")));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("duplicate id 'P1' (first in feature 0)"), e.getMessage());
    }

    @Test
    void geoJsonMissingLabelNamesFeature() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson(POINTS.replace("\"label\": \"NON_FOREST\"", "\"kind\": 1")));
        assertEquals("feature 2", e.location());
        assertTrue(e.getMessage().contains("missing property 'label'"), e.getMessage());
    }

    @Test
    void geoJsonUnparseableCoordinateNamesFeature() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson(POINTS.replace("[450030, 4420030]", "[\"450030\", 4420030]")));
        assertEquals("feature 1", e.location());
    }

    @Test
    void geoJsonUnsupportedGeometryNamesFeature() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson(POINTS.replace("\"Point\", \"coordinates\": [450000, 4420000]",
                        "\"LineString\", \"coordinates\": [[0, 0], [1, 1]]")));
        assertEquals("feature 0", e.location());
        assertTrue(e.getMessage().contains("'LineString' is not supported"), e.getMessage());
    }

    @Test
    void invalidJsonNamesLine() {
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> geojson("{\"type\": \"FeatureCollection\",\n \"features\": [,]}"));
        assertEquals("line 2", e.location());
    }

    @Test
    void readDispatchesOnExtension(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("p.csv"), "id,x,y,label\nP1,1,2,forest\n");
        Path json = Files.writeString(dir.resolve("p.geojson"), POINTS);
        assertEquals(1, PlotReader.read(csv, "EPSG:32650").size());
        assertEquals(3, PlotReader.read(json, null).size());
        PlotFileException e = assertThrows(PlotFileException.class,
                () -> PlotReader.read(dir.resolve("p.xlsx"), null));
        assertTrue(e.getMessage().contains("unknown plot file type"), e.getMessage());
    }

    @Test
    void labelSpellings() {
        assertEquals(ForestLabel.FOREST, ForestLabel.parse(" FOREST ").orElseThrow());
        assertEquals(ForestLabel.NON_FOREST, ForestLabel.parse("Non_Forest").orElseThrow());
        assertTrue(ForestLabel.parse("2").isEmpty());
        assertTrue(ForestLabel.parse(null).isEmpty());
    }
}
