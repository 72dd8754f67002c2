package org.forestcoverage.scene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.forestcoverage.sensor.Excerpt;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.Sensors;
import org.forestcoverage.stac.ItemSource;
import org.forestcoverage.stac.StacException;
import org.forestcoverage.stac.StacItem;
import org.forestcoverage.stac.StacScenes;

/**
 * Reads a scene manifest (JSON). Relative paths resolve against the manifest's folder.
 *
 * <pre>{@code
 * {"water": {"layer": "lakes.gpkg"},
 *  "scenes": [
 *   {"year": 2020, "id": "bench", "sensor": "generic",
 *    "red": {"file": "scene.tif", "band": 1, "scale": 0.0001, "offset": 0},
 *    "nir": {"file": "scene.tif", "band": 2, "scale": 0.0001, "offset": 0}, "nodata": -9999,
 *    "quality": {"file": "qa.tif", "band": 1, "maskedBits": 24, "waterBits": 128}},
 *   {"year": 2011, "sensor": "landsat-l1-toa", "metadata": "LT05_L1TP_123032_20110601_20161008_01_T1/"},
 *   {"year": 2022, "sensor": "sentinel-2-l2a", "metadata": "S2B_MSIL2A_20220801T030529_N0400_R075_T50TMK.SAFE",
 *    "water": {"index": "mndwi"}},
 *   {"stac": "items/LC09_L2SP_123032_20230605_02_T1.json"}
 * ]}
 * }</pre>
 *
 * <p>{@code year} is required except for a STAC entry (the item's acquisition year). {@code sensor} selects a preset
 * ({@code generic} by default; also {@code landsat-c2-l2}, {@code landsat-c2-l2-tm}, {@code landsat-l1-toa},
 * {@code sentinel-2-l2a}) that knows the bands, scaling and masks, read from {@code metadata} (an MTL, an
 * MTD_MSIL2A.xml, or the product folder holding it) when given. A {@code generic} scene needs {@code red},
 * {@code nir} and their scaling: {@code scale} and {@code offset} for every band, or on each band object; NDVI is not
 * offset-invariant, so a scene whose radiometry is not stated is refused. Optional: {@code green} and {@code swir}
 * (for a water index), {@code baseline}, {@code boaAddOffset}, {@code maskFlags}, {@code maskConfidence},
 * {@code maskValues}, {@code waterValues}, {@code allowRawDn}, {@code useB8A}, {@code sunElevationCorrection},
 * {@code water} ({@code {"index": "mndwi"|"ndwi", "threshold": 0}} or {@code {"layer": FILE, "kind": "vector"|"raster",
 * "band": 1, "values": [...]}}; at the top level it applies to every scene without its own). {@code nodata} defaults to
 * each band's own. {@code quality} of a generic scene takes {@code maskedBits}/{@code waterBits} (bit flags) or
 * {@code maskedValues}/{@code waterValues} (class values). A {@code stac} entry names a STAC item
 * ({@link StacScenes}) and may add {@code year}, {@code id}, {@code sensor} and the mask and water options. The top
 * level may hold a {@code description}. Any other key is refused with the closest known one suggested
 * ({@link ManifestKeys}), and a year outside the sensor's era is refused. Every error names the manifest, the entry and
 * the field.
 */
public final class ManifestReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys a {@code stac} entry may carry besides {@code stac}: the item states bands, metadata and scaling. */
    private static final List<String> STAC_ENTRY = List.of("stac", "year", "id", "sensor", "maskFlags",
            "maskConfidence", "maskValues", "waterValues", "useB8A", "water");

    private ManifestReader() {
    }

    /** Reads a manifest whose STAC items, if any, are local files. */
    public static Manifest read(Path manifest) {
        return read(manifest, ItemSource.LOCAL);
    }

    /** Reads a manifest, its STAC items through {@code items}. */
    public static Manifest read(Path manifest, ItemSource items) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(manifest));
        } catch (JsonProcessingException e) {
            throw new ManifestException(manifest + ": not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + Excerpt.of(e.getOriginalMessage(), 120));
        } catch (IOException e) {
            throw new ManifestException(manifest + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException(manifest + ": expected a JSON object with a \"scenes\" array");
        }
        ManifestKeys.unknown(root, ManifestKeys.ROOT, "").ifPresent(p -> {
            throw new ManifestException(manifest + ": " + p);
        });
        JsonNode scenes = root.get("scenes");
        if (scenes == null || !scenes.isArray()) {
            throw new ManifestException(manifest + ": missing field \"scenes\" (an array of scenes)");
        }
        if (scenes.isEmpty()) {
            throw new ManifestException(manifest + ": \"scenes\" is empty; list at least one scene");
        }
        Path base = manifest.toAbsolutePath().getParent();
        SceneRequest.Water defaultWater = root.hasNonNull("water")
                ? water(root.get("water"), m -> new ManifestException(manifest + ": " + m)) : null;
        List<SceneSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneSpec s = new Entry(manifest + ": scenes[" + i + "]: ", "scene" + i, scenes.get(i), base, defaultWater,
                    items).scene();
            if (!ids.add(s.year() + "/" + s.id())) {
                throw new ManifestException(manifest + ": scenes[" + i + "]: duplicate scene id \"" + s.id() + "\" in " + s.year());
            }
            out.add(s);
        }
        return new Manifest(out);
    }

    /** A {@code water} object, at the top level or in an entry. */
    private static SceneRequest.Water water(JsonNode w, java.util.function.Function<String, ManifestException> error) {
        if (!w.isObject()) {
            throw error.apply("field \"water\" must be an object such as {\"index\": \"mndwi\"} or {\"layer\": "
                    + "\"water.gpkg\"}, got " + Excerpt.of(w.toString()));
        }
        ManifestKeys.unknown(w, ManifestKeys.WATER, "\"water\"").ifPresent(p -> {
            throw error.apply(p);
        });
        Double threshold = null;
        if (w.has("threshold")) {
            if (!w.get("threshold").isNumber()) {
                throw error.apply("field \"water\": \"threshold\" must be a number, got " + Excerpt.of(w.get("threshold")
                        .toString()));
            }
            threshold = w.get("threshold").asDouble();
        }
        Integer band = null;
        if (w.has("band")) {
            if (!w.get("band").canConvertToInt()) {
                throw error.apply("field \"water\": \"band\" must be an integer, got " + Excerpt.of(w.get("band")
                        .toString()));
            }
            band = w.get("band").asInt();
        }
        List<Integer> values = new ArrayList<>();
        w.path("values").forEach(v -> values.add(v.asInt()));
        try {
            return new SceneRequest.Water(text(w, "index"), threshold, text(w, "layer"), text(w, "kind"), band, values);
        } catch (SensorException e) {
            throw error.apply(e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /**
     * The metadata files (MTL, MTD_MSIL2A.xml) the manifest's scenes name, resolved as {@link #read} resolves them,
     * in manifest order; virtual paths and URLs are left out. For the provenance record: they are inputs too.
     */
    public static List<Path> metadataFiles(Path manifest) {
        List<Path> out = new ArrayList<>();
        try {
            JsonNode scenes = JSON.readTree(Files.readString(manifest)).path("scenes");
            Path base = manifest.toAbsolutePath().getParent();
            for (JsonNode s : scenes) {
                String m = s.path("metadata").asText("");
                if (!m.isEmpty() && !BandRef.isRemote(m)) {
                    Path p = base.resolve(m).normalize();
                    if (Files.isDirectory(p)) {
                        // a product folder (Landsat, .SAFE): its metadata files; the bands are inputs of their own
                        try (java.util.stream.Stream<Path> files = Files.list(p)) {
                            files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString()
                                    .matches("(?i).*_MTL\\.(txt|xml)|MTD_MSIL[12][AC]\\.xml")).sorted().forEach(out::add);
                        }
                    } else {
                        out.add(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new ManifestException(manifest + ": cannot read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /**
     * One scene described by a JSON object with the keys of a manifest entry (a sidecar beside plain band files, say),
     * read exactly as a manifest entry is; relative paths resolve against {@code base}. A {@code stac} key is read
     * from local files.
     *
     * @param where     what errors start with, e.g. {@code "bands/scene.json: "}; the field follows
     * @param defaultId the scene's id when the object has none
     * @throws ManifestException starting with {@code where} and naming the field
     */
    public static SceneSpec entry(String where, String defaultId, JsonNode node, Path base) {
        return new Entry(where, defaultId, node, base, null, ItemSource.LOCAL).scene();
    }

    /** One scene entry; {@code where} starts its error messages (the manifest and the entry). */
    private record Entry(String where, String defaultId, JsonNode node, Path base, SceneRequest.Water defaultWater,
                         ItemSource items) {
        SceneSpec scene() {
            if (!node.isObject()) {
                throw error("expected an object");
            }
            ManifestKeys.unknown(node, ManifestKeys.SCENE, "").ifPresent(p -> {
                throw error(p);
            });
            if (node.hasNonNull("stac")) {
                return stac();
            }
            int year = integer("year");
            String id = node.hasNonNull("id") ? node.get("id").asText() : defaultId;
            String sensor = node.hasNonNull("sensor") ? node.get("sensor").asText() : "generic";
            boolean generic = sensor.equals("generic");
            if (generic && !node.has("red")) {
                band("red");
            }
            if (node.has("scale") != node.has("offset")) {
                number(node, node.has("scale") ? "offset" : "scale", "");
            }
            SceneRequest.Builder b = SceneRequest.builder(sensor, year, id).baseDir(base);
            if (node.hasNonNull("metadata")) {
                b.metadata(node.get("metadata").asText());
            }
            for (BandRole role : BandRole.values()) {
                if (node.has(role.key())) {
                    b.band(role, band(role.key()));
                    JsonNode o = node.get(role.key());
                    if (o.has("scale") || o.has("offset")) {
                        String where = " in \"" + role.key() + "\"";
                        try {
                            b.bandScaling(role, number(o, "scale", where), number(o, "offset", where));
                        } catch (SensorException e) {
                            throw error(e.getMessage());
                        }
                    }
                } else if (generic && role == BandRole.NIR) {
                    band("nir");
                }
            }
            if (node.has("scale")) {
                b.scaleOffset(number(node, "scale", ""), number(node, "offset", ""));
            }
            if (node.hasNonNull("nodata")) {
                b.nodata(number(node, "nodata", ""));
            }
            if (node.hasNonNull("baseline")) {
                b.baseline(node.get("baseline").asText());
            }
            if (node.hasNonNull("boaAddOffset")) {
                b.boaAddOffset(number(node, "boaAddOffset", ""));
            }
            options(b);
            b.allowRawDn(node.path("allowRawDn").asBoolean(false));
            b.useB8A(node.path("useB8A").asBoolean(false));
            b.sunElevationCorrection(node.path("sunElevationCorrection").asBoolean(true));
            if (!generic && node.has("quality")) {
                b.quality(band("quality"));
            }
            b.water(water());
            SceneSpec spec;
            try {
                spec = Sensors.sceneSpec(b.build());
            } catch (SensorException | IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            if (generic && node.hasNonNull("quality")) {
                QualityBand q = quality();
                SceneProvenance p = spec.provenance();
                String waterFlag = waterFlag(q);
                String water = waterFlag == null ? p.water() : p.water().startsWith("none") ? waterFlag
                        : waterFlag + " or " + p.water();
                spec = spec.with(q, spec.water(), new SceneProvenance(p.scaling(), "quality band " + q.band() + ": "
                        + describe(q.rule()), water));
            }
            return spec;
        }

        /** The mask and water-value options every preset takes. */
        private void options(SceneRequest.Builder b) {
            if (node.has("maskFlags")) {
                List<String> flags = new ArrayList<>();
                node.get("maskFlags").forEach(f -> flags.add(f.asText()));
                b.maskFlags(flags);
            }
            if (node.hasNonNull("maskConfidence")) {
                b.maskConfidence(node.get("maskConfidence").asText());
            }
            if (node.has("maskValues")) {
                b.maskValues(ints(node.get("maskValues")));
            }
            if (node.has("waterValues")) {
                b.waterValues(ints(node.get("waterValues")));
            }
        }

        private SceneRequest.Water water() {
            return node.hasNonNull("water") ? ManifestReader.water(node.get("water"), this::error) : defaultWater;
        }

        /** A {@code stac} entry: the item read, parsed and turned into a scene. */
        private SceneSpec stac() {
            for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!STAC_ENTRY.contains(key)) {
                    throw error("key \"" + key + "\" cannot be combined with \"stac\": the item states the bands, "
                            + "metadata and scaling (keys allowed with \"stac\": " + String.join(", ", STAC_ENTRY)
                            + ")");
                }
            }
            String given = node.get("stac").asText();
            String location = BandRef.isRemote(given) ? given : base.resolve(given).toString();
            String json;
            try {
                json = items.read(location);
            } catch (IOException | RuntimeException e) {
                throw error("field \"stac\": cannot read STAC item " + location + ": " + Excerpt.of(String.valueOf(
                        e.getMessage()), 200));
            }
            Integer year = node.has("year") ? integer("year") : null;
            String id = node.hasNonNull("id") ? node.get("id").asText() : null;
            String sensor = node.hasNonNull("sensor") ? node.get("sensor").asText() : null;
            StacScenes.Entry entry = new StacScenes.Entry(year, id, sensor, node.path("useB8A").asBoolean(false),
                    water(), this::options);
            try {
                return StacScenes.spec(StacItem.parse(json, location), entry);
            } catch (StacException | SensorException | IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private QualityBand quality() {
            JsonNode q = node.get("quality");
            if (q == null || q.isNull()) {
                return null;
            }
            BandRef ref = band("quality");
            MaskRule rule;
            if (q.has("maskedBits")) {
                rule = new MaskRule.Bits(q.get("maskedBits").asInt(), q.path("waterBits").asInt(0));
            } else if (q.has("maskedValues")) {
                rule = new MaskRule.Classes(Set.copyOf(ints(q.get("maskedValues"))),
                        Set.copyOf(ints(q.path("waterValues"))));
            } else {
                throw error("field \"quality\" needs \"maskedBits\" or \"maskedValues\"");
            }
            return new QualityBand(ref, rule);
        }

        private static String describe(MaskRule rule) {
            if (rule instanceof MaskRule.Bits b) {
                return "bits " + Integer.toBinaryString(b.maskedBits()) + " (binary) masked";
            }
            return "values " + new TreeSet<>(((MaskRule.Classes) rule).masked()) + " masked";
        }

        private static String waterFlag(QualityBand q) {
            if (q.rule() instanceof MaskRule.Bits b) {
                return b.waterBits() == 0 ? null : "quality band bits " + Integer.toBinaryString(b.waterBits())
                        + " (binary)";
            }
            Set<Integer> w = ((MaskRule.Classes) q.rule()).water();
            return w.isEmpty() ? null : "quality band values " + new TreeSet<>(w);
        }

        private static List<Integer> ints(JsonNode a) {
            List<Integer> v = new ArrayList<>();
            if (a != null) {
                a.forEach(e -> v.add(e.asInt()));
            }
            return v;
        }

        private BandRef band(String field) {
            JsonNode b = node.get(field);
            if (b == null || b.isNull()) {
                throw error("missing field \"" + field + "\" ({\"file\": ..., \"band\": N})");
            }
            if (!b.isObject() || !b.hasNonNull("file")) {
                throw error("field \"" + field + "\" needs \"file\"");
            }
            boolean genericQuality = field.equals("quality") && generic();
            List<String> keys = field.equals("quality") ? genericQuality ? ManifestKeys.GENERIC_QUALITY
                    : ManifestKeys.QUALITY : ManifestKeys.BAND;
            ManifestKeys.unknown(b, keys, "\"" + field + "\"")
                    .ifPresent(p -> {
                        throw error(p + (field.equals("quality") && !genericQuality ? "; maskedBits, waterBits,"
                                + " maskedValues and waterValues apply to sensor generic, the presets take the scene's"
                                + " maskFlags, maskValues and waterValues" : ""));
                    });
            if (b.has("scale") != b.has("offset")) {
                number(b, b.has("scale") ? "offset" : "scale", " in \"" + field + "\"");
            }
            int band = b.path("band").asInt(1);
            String file = b.get("file").asText();
            // GDAL virtual paths (/vsis3/..., /vsicurl/https://...) and URLs are passed to GDAL as written
            boolean virtual = BandRef.isRemote(file);
            try {
                return new BandRef(virtual ? file : base.resolve(file).toString(), band);
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }

        private boolean generic() {
            return !node.hasNonNull("sensor") || node.get("sensor").asText().equals("generic");
        }

        private int integer(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw error("missing field \"" + field + "\"");
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw error("field \"" + field + "\" must be an integer, got " + Excerpt.of(v.toString()));
            }
            return v.asInt();
        }

        /** A number of {@code o}; {@code where} (e.g. {@code  in "red"}) says which object in messages. */
        private double number(JsonNode o, String field, String where) {
            JsonNode v = o.get(field);
            if (v == null || v.isNull()) {
                throw error("missing field \"" + field + "\"" + where + ": state the scene's radiometry"
                        + " (reflectance = DN x scale + offset), NDVI is wrong without it");
            }
            if (!v.isNumber()) {
                throw error("field \"" + field + "\"" + where + " must be a number, got " + Excerpt.of(v.toString()));
            }
            return v.asDouble();
        }

        private ManifestException error(String what) {
            return new ManifestException(where + what);
        }
    }
}
