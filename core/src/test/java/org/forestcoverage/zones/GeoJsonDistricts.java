package org.forestcoverage.zones;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Test helper: reads the Polygon/MultiPolygon features of a GeoJSON FeatureCollection with Jackson (no jts-io). */
final class GeoJsonDistricts {
    private static final GeometryFactory GF = new GeometryFactory();

    private GeoJsonDistricts() {
    }

    static List<District> read(Path file, String idProperty) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.newInputStream(file));
        List<District> out = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            JsonNode props = f.get("properties");
            String id = props.path(idProperty).asText();
            String name = props.path("name").asText(id);
            out.add(new District(out.size(), id, name, geometry(f.get("geometry"))));
        }
        return out;
    }

    /**
     * The benchmark scene's districts ({@code ../shared/bench/gen_scene.py}, size 8000): in the folder of system
     * property {@code forest.bench.dir}, by default where {@code ./forest bench} caches the scene.
     */
    static Path benchDistricts() {
        Path cached = Path.of(System.getProperty("user.home"), ".cache", "forest-coverage", "bench-8000");
        return Path.of(System.getProperty("forest.bench.dir", cached.toString()), "districts.geojson");
    }

    /** Why a test on {@link #benchDistricts()} skips. */
    static String benchAbsent() {
        return "bench districts absent: ./forest bench 8000 (or ../shared/bench/gen_scene.py DIR 8000 with"
                + " -Dforest.bench.dir=DIR) creates " + benchDistricts();
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("forest.shared.dir", "../../shared"));
    }

    private static Geometry geometry(JsonNode g) {
        String type = g.get("type").asText();
        JsonNode cs = g.get("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(cs);
            case "MultiPolygon":
                Polygon[] ps = new Polygon[cs.size()];
                for (int i = 0; i < ps.length; i++) {
                    ps[i] = polygon(cs.get(i));
                }
                return GF.createMultiPolygon(ps);
            default:
                throw new IllegalArgumentException("unsupported geometry type " + type);
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode pts) {
        Coordinate[] c = new Coordinate[pts.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(pts.get(i).get(0).asDouble(), pts.get(i).get(1).asDouble());
        }
        return GF.createLinearRing(c);
    }
}
