package org.forestcoverage.stac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.scene.SceneDates;
import org.forestcoverage.sensor.Excerpt;

/**
 * A STAC Item (a GeoJSON Feature with {@code assets}), as far as a scene needs it: id, collection, acquisition time,
 * the product properties that tell the product and its processing ({@code platform}, {@code landsat:correction},
 * {@code s2:product_type}, {@code s2:processing_baseline}, {@code earthsearch:boa_offset_applied}) and the assets.
 *
 * <pre>{@code
 * StacItem item = StacItem.parse(json, "items/S2B_50TMK_20220801_0_L2A.json");
 * item.year();                        // 2022, from properties.datetime
 * item.asset("product_metadata");     // Optional[StacAsset[...MTD_MSIL2A.xml]]
 * }</pre>
 *
 * <p>Asset hrefs are resolved against the item's location (its folder, or its URL). Immutable.
 *
 * @param location  where the item was read from, as given
 * @param datetime  {@code properties.datetime}, else {@code start_datetime} (ISO 8601)
 * @param platform  {@code properties.platform} ({@code landsat-8}, {@code sentinel-2b}), or {@code null}
 * @param boaOffsetApplied {@code earthsearch:boa_offset_applied}, or {@code null} when absent
 */
public record StacItem(String location, String id, String collection, String datetime, String platform,
                       String constellation, String landsatCorrection, String productType, String processingBaseline,
                       Boolean boaOffsetApplied, List<StacAsset> assets) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StacItem {
        assets = List.copyOf(assets);
    }

    /**
     * Parses an item's JSON text; {@code location} names it in messages and anchors relative hrefs.
     *
     * @throws StacException for text that is not a STAC Item with an id, a datetime and assets
     */
    public static StacItem parse(String json, String location) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StacException("STAC item " + location + ": not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + Excerpt.of(e.getOriginalMessage(), 120));
        }
        if (root == null || !root.isObject() || !"Feature".equals(root.path("type").asText())) {
            throw new StacException("STAC item " + location + ": expected a STAC Item (a JSON object with \"type\": "
                    + "\"Feature\"), got " + (root == null ? "nothing" : Excerpt.of(root.toString())));
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw new StacException("STAC item " + location + ": no \"id\"");
        }
        JsonNode props = root.path("properties");
        String datetime = text(props, "datetime");
        if (datetime == null) {
            datetime = text(props, "start_datetime");
        }
        if (datetime == null || datetime.length() < 4) {
            throw new StacException("STAC item " + location + " (" + id + "): no properties.datetime");
        }
        JsonNode assets = root.path("assets");
        if (!assets.isObject() || assets.isEmpty()) {
            throw new StacException("STAC item " + location + " (" + id + "): no \"assets\"");
        }
        List<StacAsset> list = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = assets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            list.add(asset(location, id, e.getKey(), e.getValue()));
        }
        JsonNode applied = props.get("earthsearch:boa_offset_applied");
        return new StacItem(location, id, text(root, "collection"), datetime, text(props, "platform"),
                text(props, "constellation"), text(props, "landsat:correction"), text(props, "s2:product_type"),
                text(props, "s2:processing_baseline"), applied == null || applied.isNull() ? null
                : applied.asBoolean(), list);
    }

    private static StacAsset asset(String location, String id, String key, JsonNode a) {
        String href = text(a, "href");
        if (href == null || href.isBlank()) {
            throw new StacException("STAC item " + location + " (" + id + "): asset \"" + key + "\" has no href");
        }
        List<String> roles = new ArrayList<>();
        a.path("roles").forEach(r -> roles.add(r.asText()));
        List<StacAsset.EoBand> eo = new ArrayList<>();
        a.path("eo:bands").forEach(b -> eo.add(new StacAsset.EoBand(text(b, "name"), text(b, "common_name"))));
        List<StacAsset.RasterBand> raster = new ArrayList<>();
        for (JsonNode b : a.path("raster:bands")) {
            raster.add(new StacAsset.RasterBand(number(b, "scale", location, key), number(b, "offset", location, key),
                    number(b, "nodata", location, key)));
        }
        return new StacAsset(key, resolve(location, href), text(a, "type"), roles, eo, raster);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field, String location, String key) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new StacException("STAC item " + location + ": asset \"" + key + "\" raster:bands " + field
                    + " is not a number: " + Excerpt.of(v.toString()));
        }
        return v.asDouble();
    }

    /** An href resolved against the item's location: kept when absolute, a URL or a GDAL virtual path. */
    static String resolve(String location, String href) {
        if (href.startsWith("/") || href.contains("://")) {
            return href;
        }
        if (location.contains("://")) {
            try {
                return new URI(location).resolve(href).toString();
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new StacException("STAC item " + location + ": cannot resolve href " + Excerpt.of(href)
                        + " against it: " + e.getMessage(), e);
            }
        }
        if (location.startsWith("/vsi")) {
            int slash = location.lastIndexOf('/');
            return location.substring(0, slash + 1) + href;
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        return parent.resolve(href).normalize().toString();
    }

    /** The acquisition year, from {@link #datetime()}. */
    public int year() {
        try {
            return Integer.parseInt(datetime.substring(0, 4));
        } catch (NumberFormatException e) {
            throw new StacException("STAC item " + location + " (" + id + "): datetime '" + Excerpt.of(datetime)
                    + "' does not start with a year");
        }
    }

    /** The acquisition date (UTC) of {@link #datetime()}. */
    public LocalDate date() {
        try {
            return SceneDates.utcDate(datetime);
        } catch (DateTimeParseException e) {
            throw new StacException("STAC item " + location + " (" + id + "): datetime '" + Excerpt.of(datetime)
                    + "' is not an ISO 8601 time (e.g. 2022-08-01T03:05:29Z)");
        }
    }

    /** The asset with this key (case-insensitive), if any. */
    public Optional<StacAsset> asset(String key) {
        return assets.stream().filter(a -> a.key().equalsIgnoreCase(key)).findFirst();
    }
}
