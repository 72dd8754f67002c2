package org.forestcoverage.io.gdal;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.DistrictException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * What {@link DistrictReader} refuses (empty and non-polygon geometry, a file without CRS, GCJ-02 conversion of
 * projected districts) and the GCJ-02 option end to end on Beijing's districts (issue 4).
 */
@Tag("unit")
class DistrictReaderTest {
    private static final String UTM50 = "EPSG:32650";

    @TempDir
    Path dir;

    private Path geojson(String name, String crs, String... features) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "{\"type\": \"FeatureCollection\", "
                + (crs == null ? "" : "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"" + crs + "\"}}, ")
                + "\"features\": [" + String.join(", ", features) + "]}");
        return p;
    }

    private static String feature(String id, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": {\"id\": \"" + id + "\"}, \"geometry\": " + geometry + "}";
    }

    private static final String SQUARE = "{\"type\": \"Polygon\", \"coordinates\": [[[116.3, 39.9], [116.4, 39.9], "
            + "[116.4, 40.0], [116.3, 40.0], [116.3, 39.9]]]}";

    private DistrictException refused(Path p, String sourceCrs, boolean gcj02) {
        return assertThrows(DistrictException.class,
                () -> DistrictReader.read(p.toString(), "id", null, Crs.toWkt(UTM50), sourceCrs, gcj02));
    }

    @Test
    void testNullGeometryIsRefusedNamingTheDistrict() throws Exception {
        Path p = geojson("null.geojson", null, feature("ok", SQUARE), feature("nothing", "null"));
        DistrictException e = refused(p, null, false);
        assertTrue(e.getMessage().contains("null.geojson") && e.getMessage().contains("'nothing'")
                && e.getMessage().contains("empty geometry"), e.getMessage());
    }

    @Test
    void testEmptyPolygonIsRefusedNamingTheDistrict() throws Exception {
        Path p = geojson("empty.geojson", null, feature("hollow", "{\"type\": \"Polygon\", \"coordinates\": []}"));
        DistrictException e = refused(p, null, false);
        assertTrue(e.getMessage().contains("'hollow'") && e.getMessage().contains("empty geometry"), e.getMessage());
    }

    @Test
    void testLineAndPointAreRefusedAsNotPolygons() throws Exception {
        Path line = geojson("line.geojson", null, feature("road", "{\"type\": \"LineString\", \"coordinates\": "
                + "[[116.3, 39.9], [116.4, 40.0]]}"));
        DistrictException e = refused(line, null, false);
        assertTrue(e.getMessage().contains("'road'") && e.getMessage().contains("LINESTRING")
                && e.getMessage().contains("not a polygon"), e.getMessage());
        Path point = geojson("point.geojson", null, feature("well", "{\"type\": \"Point\", \"coordinates\": [116.3, 39.9]}"));
        e = refused(point, null, false);
        assertTrue(e.getMessage().contains("'well'") && e.getMessage().contains("not a polygon"), e.getMessage());
    }

    @Test
    void testMissingCrsIsAnErrorUnlessStated() throws Exception {
        Path csv = dir.resolve("nocrs.csv");
        Files.writeString(csv, "id,WKT\na,\"POLYGON ((400000 4498000, 402000 4498000, 402000 4500000, 400000 4500000, "
                + "400000 4498000))\"\n");
        DistrictException e = refused(csv, null, false);
        assertTrue(e.getMessage().contains("nocrs.csv") && e.getMessage().contains("has no CRS")
                && e.getMessage().contains("--districts-crs"), e.getMessage());
        List<District> ds = DistrictReader.read(csv.toString(), "id", null, Crs.toWkt(UTM50), UTM50);
        assertEquals(1, ds.size());
        assertEquals(4_000_000, ds.get(0).geometry().getArea(), 1e-6);
    }

    @Test
    void testGcj02OptionRefusesProjectedDistricts() throws Exception {
        Path p = geojson("utm.geojson", "urn:ogc:def:crs:EPSG::32650", feature("a", "{\"type\": \"Polygon\", "
                + "\"coordinates\": [[[400000, 4498000], [402000, 4498000], [402000, 4500000], [400000, 4498000]]]}"));
        DistrictException e = refused(p, null, true);
        assertTrue(e.getMessage().contains("utm.geojson") && e.getMessage().contains("--districts-gcj02")
                && e.getMessage().contains("geographic") && e.getMessage().contains("32650"), e.getMessage());
        assertEquals(1, DistrictReader.read(p.toString(), "id", null, Crs.toWkt(UTM50), null, false).size());
    }

    @Test
    void testGcj02OptionOnlyMovesCoordinatesInsideChina() throws Exception {
        // a square in Paris is outside the GCJ-02 box: the option must leave it where it is
        String paris = "{\"type\": \"Polygon\", \"coordinates\": [[[2.3, 48.8], [2.4, 48.8], [2.4, 48.9], [2.3, 48.9], "
                + "[2.3, 48.8]]]}";
        Path p = geojson("paris.geojson", null, feature("p", paris), feature("bj", SQUARE));
        String wgs = Crs.toWkt("EPSG:4326");
        List<District> plain = DistrictReader.read(p.toString(), "id", null, wgs, null, false);
        List<District> conv = DistrictReader.read(p.toString(), "id", null, wgs, null, true);
        assertTrue(plain.get(0).geometry().equalsExact(conv.get(0).geometry(), 0), "Paris must not move");
        Coordinate a = plain.get(1).geometry().getCoordinates()[0];
        Coordinate b = conv.get(1).geometry().getCoordinates()[0];
        // GCJ-02 shifts Beijing east and north, WGS84 = GCJ-02 minus about (0.006, 0.0013) degree
        assertTrue(b.x < a.x - 0.004 && b.y < a.y - 0.0005, a + " -> " + b);
    }

    /**
     * The published GCJ-02 file, read with the option and reprojected to EPSG:32650, lies within 10 m (median vertex
     * distance, plain metres on the UTM plane) of the WGS84 file read the same way; without the option it lies more
     * than 50 m off.
     */
    @Test
    void testBeijingGcj02FileWithOptionMatchesWgs84FileWithinTenMetres() {
        Path dir = Path.of(System.getProperty("forest.shared.dir", "../../shared"), "data/beijing-districts");
        Path gcj = dir.resolve("beijing_districts_gcj02.geojson");
        Path wgs = dir.resolve("beijing_districts_wgs84.geojson");
        Assumptions.assumeTrue(Files.isRegularFile(gcj) && Files.isRegularFile(wgs),
                "shared data absent: " + dir.toAbsolutePath() + " (set -Dforest.shared.dir)");
        String utm = Crs.toWkt(UTM50);
        List<District> reference = DistrictReader.read(wgs.toString(), "adcode", "name", utm, null);
        double before = medianDistance(DistrictReader.read(gcj.toString(), "adcode", "name", utm, null, false), reference);
        double after = medianDistance(DistrictReader.read(gcj.toString(), "adcode", "name", utm, null, true), reference);
        System.out.printf("Beijing GCJ-02 file through DistrictReader: median vertex distance to the WGS84 file "
                + "%.1f m without --districts-gcj02, %.2f m with it%n", before, after);
        assertTrue(before > 50, "the files must differ by the GCJ-02 offset, median " + before + " m");
        assertTrue(after < 10, "median distance with the option " + after + " m");
    }

    private static double medianDistance(List<District> a, List<District> b) {
        assertEquals(b.size(), a.size());
        double[] d = new double[0];
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).id(), a.get(i).id());
            Coordinate[] ca = a.get(i).geometry().getCoordinates();
            Coordinate[] cb = b.get(i).geometry().getCoordinates();
            assertEquals(cb.length, ca.length, "vertex count of district " + a.get(i).id());
            d = Arrays.copyOf(d, n + ca.length);
            for (int k = 0; k < ca.length; k++) {
                d[n++] = ca[k].distance(cb[k]);
            }
        }
        Arrays.sort(d);
        return n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
    }
}
