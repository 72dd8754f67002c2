package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.OverlapScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15: the maps of an output folder listed as a STAC catalogue. One {@code analyze --maps} run over {@link
 * OverlapScenes} (EPSG:32650, 600 x 600 px of 30 m, three years); its {@code catalog.json} and items are validated
 * against the project-written STAC 1.0.0 / projection v1.2.0 / raster v1.1.0 schemas in {@code stac-schemas/} (see
 * the README there: not the official schemas, which no Maven Central or npm package carries), and checked against
 * what GDAL reads from the maps themselves and an independent UTM inverse (Snyder 1987) for the WGS84 outline.
 */
@Tag("spark")
class MapCatalogTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMAS = "https://forest-coverage.example/stac-schemas/";
    /** The official extension URLs the items declare, and the project-written schema that stands in for each. */
    static final Map<String, String> EXTENSIONS = Map.of(
            "https://stac-extensions.github.io/projection/v1.2.0/schema.json", "projection-v1.2.0.json",
            "https://stac-extensions.github.io/raster/v1.1.0/schema.json", "raster-v1.1.0.json",
            "https://stac-extensions.github.io/classification/v1.0.0/schema.json", "classification-v1.0.0.json");
    static final List<Integer> YEARS = List.of(OverlapScenes.SINGLE_YEAR, OverlapScenes.OVERLAP_YEAR,
            OverlapScenes.CLOUD_YEAR);
    static final List<String> LAYERS = List.of("forest", "ndvi", "count", "doy", "sensor");

    @TempDir
    static Path dir;
    static Path run;
    static SchemaRegistry schemas;

    @BeforeAll
    static void run() throws IOException {
        OverlapScenes.write(dir.resolve("input"));
        run = dir.resolve("run");
        analyze(run, "--maps");
        Map<String, String> texts = new HashMap<>();
        for (String f : List.of("item.json", "catalog.json", "geojson.json", "projection-v1.2.0.json",
                "raster-v1.1.0.json", "classification-v1.0.0.json")) {
            try (InputStream in = MapCatalogTest.class.getResourceAsStream("/stac-schemas/" + f)) {
                texts.put(SCHEMAS + f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // the schemas come from the test classpath only: nothing is fetched
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b
                .schemaLoader(l -> l.fetchRemoteResources(false))
                .schemas(texts)
                .schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).build()));
    }

    static void analyze(Path out, String... extra) {
        Path in = dir.resolve("input");
        List<String> args = new ArrayList<>(List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--out", out.toString(), "--grid-crs", "EPSG:32650", "--pixel-size", "30", "--tile-size", "256",
                "--master", "local[2]"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args.toArray(new String[0])), err.toString());
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The validation errors of {@code node} against the project-written schema {@code file}. */
    static List<String> errors(String file, JsonNode node) {
        Schema s = schemas.getSchema(SchemaLocation.of(SCHEMAS + file));
        return s.validate(node).stream().map(Error::toString).toList();
    }

    /** Errors of an Item against the Item schema and the schema of each extension it declares. */
    static List<String> itemErrors(JsonNode item) {
        List<String> e = new ArrayList<>(errors("item.json", item));
        for (JsonNode ext : item.path("stac_extensions")) {
            String local = EXTENSIONS.get(ext.asText());
            if (local == null) {
                e.add("no schema here for the extension " + ext.asText());
            } else {
                e.addAll(errors(local, item).stream().map(m -> local + ": " + m).toList());
            }
        }
        return e;
    }

    static List<Path> itemFiles(Path folder) throws IOException {
        List<Path> items = new ArrayList<>();
        for (JsonNode l : read(folder.resolve("catalog.json")).path("links")) {
            if (l.path("rel").asText().equals("item")) {
                items.add(folder.resolve(l.path("href").asText()).normalize());
            }
        }
        return items;
    }

    @Test
    void catalogAndItemsValidateAgainstTheStacSchemas() throws IOException {
        JsonNode catalog = read(run.resolve("catalog.json"));
        assertEquals(List.of(), errors("catalog.json", catalog));
        List<Path> items = itemFiles(run);
        assertEquals(YEARS.size(), items.size(), "one item per year: " + items);
        for (Path p : items) {
            JsonNode item = read(p);
            assertEquals(List.of(), itemErrors(item), p.toString());
        }
    }

    /** The schemas are not vacuous: each of these broken copies of a real item is refused. */
    @Test
    void theSchemasRefuseBrokenItems() throws IOException {
        JsonNode good = read(run.resolve("maps_" + OverlapScenes.SINGLE_YEAR + ".json"));
        Map<String, Consumer<ObjectNode>> breakages = new java.util.LinkedHashMap<>();
        breakages.put("no bbox", i -> i.remove("bbox"));
        breakages.put("datetime null without a range", i -> ((ObjectNode) i.get("properties")).remove("end_datetime"));
        breakages.put("not an RFC 3339 time", i -> ((ObjectNode) i.get("properties")).put("start_datetime", "2020-13-01"));
        breakages.put("latitude before longitude", i -> {
            for (JsonNode p : i.get("geometry").get("coordinates").get(0)) {
                double lon = p.get(0).asDouble();
                ((ArrayNode) p).set(0, p.get(1));
                ((ArrayNode) p).set(1, JSON.getNodeFactory().numberNode(lon));
            }
        });
        breakages.put("proj:shape of three numbers", i -> ((ArrayNode) i.get("properties").get("proj:shape")).add(1));
        breakages.put("a GDAL type name for data_type", i -> ((ObjectNode) i.get("assets").get("forest")
                .get("raster:bands").get(0)).put("data_type", "Byte"));
        breakages.put("nodata as text", i -> ((ObjectNode) i.get("assets").get("forest").get("raster:bands").get(0))
                .put("nodata", "zero"));
        breakages.put("an asset without href", i -> ((ObjectNode) i.get("assets").get("doy")).remove("href"));
        breakages.put("wrong stac_version", i -> i.put("stac_version", "0.9.0"));
        breakages.put("a class without description", i -> ((ObjectNode) i.get("assets").get("forest")
                .get("classification:classes").get(2)).remove("description"));
        breakages.put("a colour with #", i -> ((ObjectNode) i.get("assets").get("forest")
                .get("classification:classes").get(2)).put("color_hint", "#1A7A3A"));
        for (Map.Entry<String, Consumer<ObjectNode>> b : breakages.entrySet()) {
            ObjectNode broken = good.deepCopy();
            b.getValue().accept(broken);
            assertFalse(itemErrors(broken).isEmpty(), b.getKey() + " passed the schemas");
        }
        assertEquals(List.of(), itemErrors(good));
    }

    /** What the items say about each map is what GDAL reads from the file; every map of the folder is listed. */
    @Test
    void itemsDescribeTheMapsAsGdalReadsThem() throws IOException {
        GridSpec expected = OverlapScenes.grid();
        TreeSet<String> listed = new TreeSet<>();
        for (Path p : itemFiles(run)) {
            JsonNode item = read(p);
            int year = Integer.parseInt(item.path("id").asText().replace("maps_", ""));
            JsonNode props = item.path("properties");
            assertTrue(props.path("datetime").isNull());
            assertEquals(year + "-01-01T00:00:00Z", props.path("start_datetime").asText());
            assertEquals(year + "-12-31T23:59:59Z", props.path("end_datetime").asText());
            assertEquals("EPSG:32650", props.path("proj:code").asText());
            assertEquals(32650, props.path("proj:epsg").asInt());
            assertTrue(Crs.same(props.path("proj:wkt2").asText(), "EPSG:32650"), "proj:wkt2 is not UTM 50N");
            assertEquals(List.of(expected.height(), expected.width()), ints(props.path("proj:shape")));
            assertEquals(List.of(expected.pixelWidth(), 0.0, expected.originX(), 0.0, -expected.pixelHeight(),
                    expected.originY(), 0.0, 0.0, 1.0), doubles(props.path("proj:transform")));
            assertEquals(List.of(expected.minX(), expected.minY(), expected.maxX(), expected.maxY()),
                    doubles(props.path("proj:bbox")));
            assertEquals(LAYERS, fieldNames(item.path("assets")));
            for (String key : LAYERS) {
                JsonNode a = item.path("assets").path(key);
                String href = a.path("href").asText();
                assertEquals("./" + key + "_" + year + ".tif", href);
                assertEquals("image/tiff; application=geotiff", a.path("type").asText());
                assertFalse(a.path("description").asText().isBlank());
                assertEquals(1, a.path("roles").size());
                JsonNode band = a.path("raster:bands").get(0);
                try (GdalRaster r = GdalRaster.open(p.getParent().resolve(href).toString())) {
                    GridSpec g = r.grid();
                    assertEquals(List.of(g.height(), g.width()), ints(props.path("proj:shape")), href);
                    double[] gt = g.geoTransform();
                    assertEquals(List.of(gt[1], gt[2], gt[0], gt[4], gt[5], gt[3], 0.0, 0.0, 1.0),
                            doubles(props.path("proj:transform")), href);
                    BandInfo b = r.band(1);
                    assertEquals(stacType(b), band.path("data_type").asText(), href);
                    if (b.nodata() == null) {
                        assertTrue(band.path("nodata").isMissingNode(), href + " declares no NoData");
                    } else if (b.nodata().isNaN()) {
                        assertEquals("nan", band.path("nodata").asText(), href);
                    } else {
                        assertEquals(b.nodata(), band.path("nodata").asDouble(), href);
                    }
                }
                assertEquals(30.0, band.path("spatial_resolution").asDouble(), 1e-9);
                listed.add(href.substring(2));
            }
            assertEquals("data", item.path("assets").path("forest").path("roles").get(0).asText());
            assertEquals("date", item.path("assets").path("doy").path("roles").get(0).asText());
        }
        TreeSet<String> maps = new TreeSet<>();
        try (Stream<Path> s = Files.list(run)) {
            s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tif")).forEach(maps::add);
        }
        assertEquals(maps, listed, "every map of the folder is an asset, and every asset a map of the folder");
    }

    /**
     * The geometry is the grid's outline in WGS84 longitude, latitude (in that order), counter-clockwise and closed;
     * its corners agree with an independent UTM zone 50N inverse (Snyder 1987, eqs. 8-18 to 8-25) within 1e-6 degree.
     */
    @Test
    void geometryIsTheGridOutlineInLongitudeLatitude() throws IOException {
        GridSpec g = OverlapScenes.grid();
        JsonNode item = read(run.resolve("maps_" + OverlapScenes.SINGLE_YEAR + ".json"));
        JsonNode ring = item.path("geometry").path("coordinates").get(0);
        assertEquals("Polygon", item.path("geometry").path("type").asText());
        assertEquals(doubles(ring.get(0)), doubles(ring.get(ring.size() - 1)), "closed ring");
        double area2 = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            area2 += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        assertTrue(area2 > 0, "counter-clockwise exterior ring (RFC 7946 right-hand rule)");
        double[][] corners = {{g.minX(), g.minY()}, {g.maxX(), g.minY()}, {g.maxX(), g.maxY()}, {g.minX(), g.maxY()}};
        double west = 180;
        double east = -180;
        double south = 90;
        double north = -90;
        for (double[] c : corners) {
            double[] lonLat = utm50nInverse(c[0], c[1]);
            west = Math.min(west, lonLat[0]);
            east = Math.max(east, lonLat[0]);
            south = Math.min(south, lonLat[1]);
            north = Math.max(north, lonLat[1]);
            boolean found = false;
            for (JsonNode p : ring) {
                found |= Math.abs(p.get(0).asDouble() - lonLat[0]) < 1e-6 && Math.abs(p.get(1).asDouble() - lonLat[1]) < 1e-6;
            }
            assertTrue(found, "corner " + c[0] + ", " + c[1] + " (lon " + lonLat[0] + ", lat " + lonLat[1]
                    + ") is not a vertex of " + ring);
        }
        List<Double> bbox = doubles(item.path("bbox"));
        // the grid's edges are straight in UTM and curve slightly in longitude/latitude: allow 1e-4 degree (~10 m)
        assertEquals(west, bbox.get(0), 1e-4);
        assertEquals(south, bbox.get(1), 1e-4);
        assertEquals(east, bbox.get(2), 1e-4);
        assertEquals(north, bbox.get(3), 1e-4);
        for (JsonNode p : ring) {
            double lon = p.get(0).asDouble();
            double lat = p.get(1).asDouble();
            assertTrue(lon >= bbox.get(0) && lon <= bbox.get(2) && lat >= bbox.get(1) && lat <= bbox.get(3));
        }
    }

    /**
     * The forest map's classes in its item are those the file itself carries: GDAL's category names and colour table
     * ({@code gdalinfo -json}); the sensor map lists no observation and the five sensor codes.
     */
    @Test
    void classesInTheItemAreTheMapsOwn() throws Exception {
        int year = OverlapScenes.SINGLE_YEAR;
        JsonNode item = read(run.resolve("maps_" + year + ".json"));
        Process p = new ProcessBuilder("gdalinfo", "-json", run.resolve("forest_" + year + ".tif").toString())
                .redirectErrorStream(true).start();
        JsonNode info = JSON.readTree(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor());
        JsonNode band = info.path("bands").get(0);
        JsonNode classes = item.path("assets").path("forest").path("classification:classes");
        JsonNode categories = band.path("categories");
        JsonNode colours = band.path("colorTable").path("entries");
        assertEquals(categories.size(), classes.size(), "one class per category name");
        for (JsonNode c : classes) {
            int v = c.path("value").asInt();
            assertEquals(categories.get(v).asText(), c.path("name").asText(), "class " + v);
            JsonNode rgb = colours.get(v);
            assertEquals(String.format(java.util.Locale.ROOT, "%02X%02X%02X", rgb.get(0).asInt(), rgb.get(1).asInt(),
                    rgb.get(2).asInt()), c.path("color_hint").asText(), "colour of class " + v);
        }
        assertEquals(band.path("noDataValue").asInt(), 0);
        assertTrue(classes.get(0).path("description").asText().contains("NoData"));
        List<Integer> sensorValues = new ArrayList<>();
        item.path("assets").path("sensor").path("classification:classes").forEach(c -> sensorValues.add(c.path("value").asInt()));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), sensorValues);
        assertTrue(item.path("assets").path("ndvi").path("classification:classes").isMissingNode());
    }

    /** Every link and href is relative: a copy of the folder elsewhere resolves all of them; there is no self link. */
    @Test
    void theFolderCanBeMoved() throws IOException {
        Path moved = dir.resolve("elsewhere/deeper/copy");
        copyTree(run, moved);
        JsonNode catalog = read(moved.resolve("catalog.json"));
        List<String> rels = new ArrayList<>();
        for (JsonNode l : catalog.path("links")) {
            String href = l.path("href").asText();
            assertTrue(href.startsWith("./"), "relative link " + href);
            assertTrue(Files.isRegularFile(moved.resolve(href)), href + " resolves in the moved folder");
            rels.add(l.path("rel").asText());
        }
        assertTrue(rels.containsAll(List.of("root", "item", "describedby", "related")), rels.toString());
        assertFalse(rels.contains("self"));
        for (Path p : itemFiles(moved)) {
            JsonNode item = read(p);
            for (JsonNode l : item.path("links")) {
                assertFalse(l.path("rel").asText().equals("self"));
                assertTrue(l.path("href").asText().startsWith("./"));
                assertEquals(moved.resolve("catalog.json"), p.getParent().resolve(l.path("href").asText()).normalize());
            }
            for (JsonNode a : item.path("assets")) {
                Path f = p.getParent().resolve(a.path("href").asText());
                try (GdalRaster r = GdalRaster.open(f.toString())) {
                    assertEquals(OverlapScenes.SIZE, r.grid().width());
                }
            }
        }
    }

    /**
     * The catalogue is part of the output (listed in the folder's marker): replaced with --overwrite, and gone with
     * the maps when the new run writes none.
     */
    @Test
    void catalogueFilesAreTheOutputsOwn() throws IOException {
        Path out = dir.resolve("replaced");
        analyze(out, "--maps");
        String marker = Files.readString(out.resolve(".forest-output.json"));
        for (String f : List.of("catalog.json", "maps_2020.json", "maps_2021.json", "maps_2022.json")) {
            assertTrue(marker.contains("\"" + f + "\""), f + " is listed in the marker");
        }
        analyze(out, "--overwrite");
        try (Stream<Path> s = Files.list(out)) {
            List<String> left = s.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".tif") || n.equals("catalog.json") || n.startsWith("maps_")).toList();
            assertEquals(List.of(), left, "maps and their catalogue removed by a run without --maps");
        }
        assertTrue(Files.isRegularFile(out.resolve("coverage.csv")));
    }

    /**
     * GDAL builds every map from its item alone: its STACIT driver (GDAL 3.6) reads an ItemCollection, takes the grid
     * from {@code proj:epsg}, {@code proj:transform} and {@code proj:shape}, and gives the same CRS, grid and pixels as
     * the map file. The collection holds one item with one asset, its href made absolute as a STAC client resolves it
     * against the item's location (GDAL 3.6 resolves a relative href against the working folder, not the item).
     */
    @Test
    void gdalStacItOpensEachAssetFromItsItem() throws IOException {
        Path collections = Files.createDirectories(dir.resolve("stacit"));
        for (Path p : itemFiles(run)) {
            JsonNode item = read(p);
            for (String key : LAYERS) {
                ObjectNode single = item.deepCopy();
                ObjectNode asset = ((ObjectNode) single.get("assets").get(key)).deepCopy();
                Path file = p.getParent().resolve(asset.get("href").asText()).toAbsolutePath().normalize();
                asset.put("href", file.toString());
                single.putObject("assets").set(key, asset);
                ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
                fc.putArray("features").add(single);
                Path fcFile = collections.resolve(item.path("id").asText() + "_" + key + ".json");
                JSON.writeValue(fcFile.toFile(), fc);
                try (GdalRaster viaStac = GdalRaster.open(fcFile.toString());
                     GdalRaster direct = GdalRaster.open(file.toString())) {
                    assertEquals("VRT", org.forestcoverage.io.gdal.RasterLayout.of(viaStac).driver(),
                            fcFile + " is opened by STACIT, which mosaics the items' assets in a virtual raster");
                    GridSpec a = viaStac.grid();
                    GridSpec b = direct.grid();
                    assertTrue(Crs.same(a.crsWkt(), b.crsWkt()), fcFile + ": CRS");
                    assertEquals(List.of(b.originX(), b.originY(), b.pixelWidth(), b.pixelHeight(), (double) b.width(),
                            (double) b.height()), List.of(a.originX(), a.originY(), a.pixelWidth(), a.pixelHeight(),
                            (double) a.width(), (double) a.height()), fcFile + ": grid");
                    assertEquals(direct.band(1).type(), viaStac.band(1).type(), fcFile + ": type");
                    double[] x = new double[b.width() * b.height()];
                    double[] y = new double[x.length];
                    direct.read(1, b.window(), x);
                    viaStac.read(1, a.window(), y);
                    assertTrue(java.util.Arrays.equals(x, y), fcFile + ": the pixels differ from " + file);
                }
            }
        }
    }

    /** The STAC raster extension's name of a band's type, as GDAL reports it. */
    static String stacType(BandInfo b) {
        return switch (b.type()) {
            case BYTE -> "uint8";
            case UINT16 -> "uint16";
            case INT16 -> "int16";
            case FLOAT32 -> "float32";
            default -> throw new AssertionError("unexpected map type " + b.type());
        };
    }

    /** UTM zone 50N (central meridian 117 E, WGS 84) easting/northing to longitude/latitude: Snyder (1987) 8-18..8-25. */
    static double[] utm50nInverse(double easting, double northing) {
        double a = 6378137.0;
        double f = 1 / 298.257223563;
        double k0 = 0.9996;
        double e2 = f * (2 - f);
        double ep2 = e2 / (1 - e2);
        double m = northing / k0;
        double mu = m / (a * (1 - e2 / 4 - 3 * e2 * e2 / 64 - 5 * e2 * e2 * e2 / 256));
        double e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
        double phi1 = mu + (3 * e1 / 2 - 27 * Math.pow(e1, 3) / 32) * Math.sin(2 * mu)
                + (21 * e1 * e1 / 16 - 55 * Math.pow(e1, 4) / 32) * Math.sin(4 * mu)
                + (151 * Math.pow(e1, 3) / 96) * Math.sin(6 * mu) + (1097 * Math.pow(e1, 4) / 512) * Math.sin(8 * mu);
        double sin = Math.sin(phi1);
        double cos = Math.cos(phi1);
        double c1 = ep2 * cos * cos;
        double t1 = Math.tan(phi1) * Math.tan(phi1);
        double n1 = a / Math.sqrt(1 - e2 * sin * sin);
        double r1 = a * (1 - e2) / Math.pow(1 - e2 * sin * sin, 1.5);
        double d = (easting - 500000) / (n1 * k0);
        double phi = phi1 - (n1 * Math.tan(phi1) / r1) * (d * d / 2
                - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * ep2) * Math.pow(d, 4) / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * ep2 - 3 * c1 * c1) * Math.pow(d, 6) / 720);
        double lambda = Math.toRadians(117) + (d - (1 + 2 * t1 + c1) * Math.pow(d, 3) / 6
                + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * ep2 + 24 * t1 * t1) * Math.pow(d, 5) / 120) / cos;
        return new double[] {Math.toDegrees(lambda), Math.toDegrees(phi)};
    }

    static List<Integer> ints(JsonNode a) {
        List<Integer> l = new ArrayList<>();
        a.forEach(n -> l.add(n.asInt()));
        return l;
    }

    static List<Double> doubles(JsonNode a) {
        List<Double> l = new ArrayList<>();
        a.forEach(n -> l.add(n.asDouble()));
        return l;
    }

    static List<String> fieldNames(JsonNode o) {
        List<String> l = new ArrayList<>();
        o.fieldNames().forEachRemaining(l::add);
        return l;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void noFileOfTheCatalogueIsAbsoluteOrTimeStamped() throws IOException {
        for (Path p : itemFiles(run)) {
            String text = Files.readString(p);
            assertFalse(text.contains(run.toString()), p + " holds an absolute path");
            assertNull(read(p).path("properties").get("created"), "no time stamp: the same run gives the same bytes");
        }
    }
}
