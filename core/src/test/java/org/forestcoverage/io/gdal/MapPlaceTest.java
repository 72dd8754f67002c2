package org.forestcoverage.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.maps.MapCatalog;
import org.forestcoverage.maps.MapLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place of the maps in their STAC items for grids the UTM end-to-end test does not cover: a geographic grid
 * (longitude first, no spatial resolution in metres) and a projection without an EPSG code (proj:code and proj:epsg
 * null, the CRS in proj:wkt2). Known answers from the grids' own corners and the projection's central meridian.
 */
class MapPlaceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void geographicGridIsItsOwnOutlineLongitudeFirst() throws IOException {
        // 500 x 400 pixels of 0.001 degree from 116.0 E, 40.5 N: extent 116.0..116.5 E, 40.1..40.5 N
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:4326"), 116.0, 40.5, 0.001, 0.001, 500, 400);
        MapCatalog.Place place = MapPlace.of(g);
        assertEquals("EPSG:4326", place.crsCode());
        assertEquals(4326, place.epsg());
        assertNull(place.metresPerUnit());
        assertEquals(116.0, place.outline().get(0).lon(), 1e-12);
        assertEquals(40.1, place.outline().get(0).lat(), 1e-12);
        for (MapCatalog.LonLat p : place.outline()) {
            assertTrue(p.lon() >= 116.0 - 1e-12 && p.lon() <= 116.5 + 1e-12, "longitude first: " + p);
            assertTrue(p.lat() >= 40.1 - 1e-12 && p.lat() <= 40.5 + 1e-12, "latitude second: " + p);
        }
        JsonNode item = item(place, 2024);
        assertEquals(List.of(116.0, 40.1, 116.5, 40.5), doubles(item.path("bbox")), "bbox");
        assertEquals(List.of(0.001, 0.0, 116.0, 0.0, -0.001, 40.5, 0.0, 0.0, 1.0),
                doubles(item.path("properties").path("proj:transform")));
        assertEquals(List.of(400, 500), List.of(item.path("properties").path("proj:shape").get(0).asInt(),
                item.path("properties").path("proj:shape").get(1).asInt()));
        assertTrue(item.path("assets").path("forest").path("raster:bands").get(0).path("spatial_resolution")
                .isMissingNode(), "no resolution in metres for degrees");
    }

    @Test
    void projectionWithoutEpsgCodeIsGivenAsWkt2() throws IOException {
        // Albers equal-area for China; x = 0 is the central meridian, 105 E
        String albers = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs";
        GridSpec g = new GridSpec(Crs.toWkt(albers), -1000, 4_500_000, 20, 20, 100, 50);
        MapCatalog.Place place = MapPlace.of(g);
        assertNull(place.crsCode());
        assertNull(place.epsg());
        assertTrue(place.wkt2().startsWith("PROJCRS["), place.wkt2());
        assertTrue(place.wkt2().contains("Albers"), place.wkt2());
        assertEquals(1.0, place.metresPerUnit());
        // the bottom edge's midpoint (x = 0) lies on the central meridian
        assertEquals(105.0, place.outline().get(10).lon(), 1e-9);
        JsonNode props = item(place, 2021).path("properties");
        assertTrue(props.has("proj:code") && props.get("proj:code").isNull(), "proj:code null, as the extension asks");
        assertTrue(props.get("proj:epsg").isNull());
        assertTrue(Crs.same(props.path("proj:wkt2").asText(), albers), "proj:wkt2 is the grid's CRS");
        assertEquals(20.0, item(place, 2021).path("assets").path("forest").path("raster:bands").get(0)
                .path("spatial_resolution").asDouble());
    }

    @Test
    void aCatalogueNeedsYearsAndMaps() {
        MapCatalog.Place place = MapPlace.of(new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4400000, 30, 30, 10, 10));
        assertThrows(IllegalArgumentException.class,
                () -> MapCatalog.write(dir, place, List.of(), List.of(MapLayer.FOREST), List.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> MapCatalog.write(dir, place, List.of(2024), List.of(), List.of(), null));
        assertFalse(dir.resolve(MapCatalog.FILE).toFile().exists());
    }

    private JsonNode item(MapCatalog.Place place, int year) throws IOException {
        List<String> files = MapCatalog.write(dir, place, List.of(year), List.of(MapLayer.FOREST), List.of(), null);
        assertEquals(List.of(MapCatalog.itemFile(year), MapCatalog.FILE), files);
        return JSON.readTree(dir.resolve(MapCatalog.itemFile(year)).toFile());
    }

    private static List<Double> doubles(JsonNode a) {
        List<Double> l = new ArrayList<>();
        a.forEach(n -> l.add(n.asDouble()));
        return l;
    }
}
