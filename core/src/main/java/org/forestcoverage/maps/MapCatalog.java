package org.forestcoverage.maps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;

/**
 * The yearly maps of an output folder as a static STAC catalogue (STAC 1.0.0), so that STAC tools (STAC Browser,
 * pystac, GDAL's STACIT driver, QGIS) can index them: {@code catalog.json} links one Item per year,
 * {@code maps_YEAR.json}, whose assets are that year's maps ({@link MapLayer}) with their roles, media type, the raster
 * extension's {@code raster:bands} (data type, NoData, unit), the classification extension's classes for the class
 * maps (value, name, description, colour) and the projection extension's grid
 * ({@code proj:code}, {@code proj:epsg}, {@code proj:wkt2}, {@code proj:shape}, {@code proj:transform},
 * {@code proj:bbox}); geometry and bbox are the grid's outline in WGS84 longitude/latitude; the item's time is its
 * year ({@code start_datetime} .. {@code end_datetime}).
 *
 * <pre>{@code
 * MapCatalog.Place place = new MapCatalog.Place(grid, "EPSG:32650", 32650, wkt2, outline, 1.0);
 * List<String> files = MapCatalog.write(out.dir(), place, List.of(2023, 2024), List.of(MapLayer.values()),
 *         List.of(new MapCatalog.Related("run.json", "describedby", "application/json", "Provenance")), "Beijing");
 * }</pre>
 *
 * <p>Every link and href is relative ({@code ./forest_2024.tif}), so the folder can be moved or copied as a whole; for
 * that reason there are no {@code self} links (STAC asks them to be absolute), which makes it a self-contained
 * catalogue in STAC's words. The files hold no time stamp: the same run gives the same bytes. Stateless.
 */
public final class MapCatalog {
    /** The catalogue's file name. */
    public static final String FILE = "catalog.json";
    static final String STAC_VERSION = "1.0.0";
    static final String PROJECTION = "https://stac-extensions.github.io/projection/v1.2.0/schema.json";
    static final String RASTER = "https://stac-extensions.github.io/raster/v1.1.0/schema.json";
    static final String CLASSIFICATION = "https://stac-extensions.github.io/classification/v1.0.0/schema.json";
    /** The media type of the maps (cloud-optimized where GDAL has the COG driver, a tiled GeoTIFF always). */
    static final String GEOTIFF = "image/tiff; application=geotiff";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MapCatalog() {
    }

    /** A point in WGS84: longitude and latitude in degrees. */
    public record LonLat(double lon, double lat) {
    }

    /**
     * Where the maps lie.
     *
     * @param grid           the analysis grid every map is on
     * @param crsCode        {@code AUTHORITY:CODE} of the grid's CRS ({@code EPSG:32650}), or {@code null} when it has none
     * @param epsg           the EPSG code, or {@code null}
     * @param wkt2           the grid's CRS as WKT2
     * @param outline        the grid's outline in WGS84, a closed counter-clockwise ring
     * @param metresPerUnit  metres per grid unit of a projected CRS, or {@code null} for a geographic one
     */
    public record Place(GridSpec grid, String crsCode, Integer epsg, String wkt2, List<LonLat> outline,
                        Double metresPerUnit) {
        public Place {
            outline = List.copyOf(outline);
            if (outline.size() < 4) {
                throw new IllegalArgumentException("the maps' outline in WGS84 has " + outline.size()
                        + " point(s): the grid does not transform to longitude/latitude");
            }
        }
    }

    /**
     * Another file of the output folder the catalogue links to ({@code coverage.csv}, {@code run.json}).
     *
     * @param rel  the link relation ({@code related}, {@code describedby})
     * @param type its media type
     */
    public record Related(String file, String rel, String type, String title) {
    }

    /**
     * Writes {@code catalog.json} and one {@code maps_YEAR.json} per year into {@code dir}, listing for each year the
     * maps of {@code layers} (which must be in {@code dir}); returns the names of the files written.
     *
     * @param title a few words naming the run (a label, the districts), or {@code null}
     * @throws UncheckedIOException naming the file that cannot be written
     */
    public static List<String> write(Path dir, Place place, List<Integer> years, List<MapLayer> layers,
                                     List<Related> related, String title) {
        if (years.isEmpty() || layers.isEmpty()) {
            throw new IllegalArgumentException("a map catalogue needs at least one year and one map, got years "
                    + years + " and maps " + layers);
        }
        List<String> written = new ArrayList<>();
        for (int year : years) {
            String name = itemFile(year);
            write(dir.resolve(name), item(place, year, layers));
            written.add(name);
        }
        write(dir.resolve(FILE), catalog(years, related, title));
        written.add(FILE);
        return written;
    }

    /** The item file of {@code year}: {@code maps_YEAR.json}. */
    public static String itemFile(int year) {
        return "maps_" + year + ".json";
    }

    private static Map<String, Object> catalog(List<Integer> years, List<Related> related, String title) {
        String span = years.get(0) + (years.size() > 1 ? "-" + years.get(years.size() - 1) : "");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("type", "Catalog");
        c.put("stac_version", STAC_VERSION);
        c.put("id", "forest-coverage-maps");
        c.put("title", "Forest maps " + span + (title == null ? "" : ", " + title));
        c.put("description", "Yearly maps of forest-coverage analyze: per year the forest map (land classes), the"
                + " composite NDVI, the number of valid observations, and the day and sensor of the observation the"
                + " composite chose. coverage.csv holds the figures per district and year, run.json where they came"
                + " from.");
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link("root", "./" + FILE, "application/json", "Forest maps " + span));
        for (int year : years) {
            links.add(link("item", "./" + itemFile(year), "application/geo+json", "Maps " + year));
        }
        for (Related r : related) {
            links.add(link(r.rel(), "./" + r.file(), r.type(), r.title()));
        }
        c.put("links", links);
        return c;
    }

    private static Map<String, Object> item(Place place, int year, List<MapLayer> layers) {
        GridSpec g = place.grid();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "Feature");
        item.put("stac_version", STAC_VERSION);
        boolean classes = layers.stream().anyMatch(l -> !l.classes().isEmpty());
        item.put("stac_extensions", classes ? List.of(PROJECTION, RASTER, CLASSIFICATION) : List.of(PROJECTION, RASTER));
        item.put("id", "maps_" + year);
        List<List<Double>> ring = place.outline().stream().map(p -> List.of(p.lon(), p.lat())).toList();
        item.put("geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)));
        item.put("bbox", bbox(place.outline()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("title", "Forest maps " + year);
        props.put("datetime", null);
        props.put("start_datetime", year + "-01-01T00:00:00Z");
        props.put("end_datetime", year + "-12-31T23:59:59Z");
        props.put("proj:code", place.crsCode());
        props.put("proj:epsg", place.epsg());
        props.put("proj:wkt2", place.wkt2());
        props.put("proj:shape", List.of(g.height(), g.width()));
        double[] gt = g.geoTransform();
        // GDAL's geotransform reordered to the affine matrix, row major (as rasterio and the extension have it)
        props.put("proj:transform", List.of(gt[1], gt[2], gt[0], gt[4], gt[5], gt[3], 0.0, 0.0, 1.0));
        props.put("proj:bbox", List.of(g.minX(), g.minY(), g.maxX(), g.maxY()));
        item.put("properties", props);
        item.put("links", List.of(link("root", "./" + FILE, "application/json", null),
                link("parent", "./" + FILE, "application/json", null)));
        Map<String, Object> assets = new LinkedHashMap<>();
        for (MapLayer layer : layers) {
            assets.put(layer.prefix(), asset(layer, year, place));
        }
        item.put("assets", assets);
        return item;
    }

    private static Map<String, Object> asset(MapLayer layer, int year, Place place) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("href", "./" + layer.file(year));
        a.put("type", GEOTIFF);
        a.put("title", layer.title() + " " + year);
        a.put("description", layer.description());
        a.put("roles", List.of(layer.role()));
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("data_type", layer.dataType());
        if (layer.nodata() != null) {
            band.put("nodata", layer.nodata().isNaN() ? "nan" : (Object) layer.nodata().longValue());
        }
        band.put("sampling", "area");
        if (place.metresPerUnit() != null) {
            GridSpec g = place.grid();
            band.put("spatial_resolution", Math.sqrt(g.pixelWidth() * g.pixelHeight()) * place.metresPerUnit());
        }
        if (layer.unit() != null) {
            band.put("unit", layer.unit());
        }
        a.put("raster:bands", List.of(band));
        if (!layer.classes().isEmpty()) {
            List<Map<String, Object>> classes = new ArrayList<>();
            for (MapClass c : layer.classes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", c.value());
                m.put("name", c.name());
                m.put("description", c.description());
                if (c.colourHint() != null) {
                    m.put("color_hint", c.colourHint());
                }
                classes.add(m);
            }
            a.put("classification:classes", classes);
        }
        return a;
    }

    private static List<Double> bbox(List<LonLat> ring) {
        Extent e = Extent.around(ring.stream().mapToDouble(LonLat::lon).toArray(),
                ring.stream().mapToDouble(LonLat::lat).toArray());
        return List.of(e.minX(), e.minY(), e.maxX(), e.maxY());
    }

    private static Map<String, Object> link(String rel, String href, String type, String title) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("rel", rel);
        l.put("href", href);
        l.put("type", type);
        if (title != null) {
            l.put("title", title);
        }
        return l;
    }

    private static void write(Path file, Object json) {
        try {
            JSON.writeValue(file.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
