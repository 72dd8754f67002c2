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
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.forestcoverage.sensor.Sensors;

/**
 * Reads a scene manifest (JSON). Relative paths resolve against the manifest's folder.
 *
 * <pre>{@code
 * {"scenes": [
 *   {"year": 2020, "id": "bench", "sensor": "generic",
 *    "red": {"file": "scene.tif", "band": 1}, "nir": {"file": "scene.tif", "band": 2},
 *    "scale": 0.0001, "offset": 0, "nodata": -9999,
 *    "quality": {"file": "qa.tif", "band": 1, "maskedBits": 24, "waterBits": 128}}
 * ]}
 * }</pre>
 *
 * <p>{@code year} is required. {@code sensor} selects a preset ({@code generic} by default; also
 * {@code landsat-c2-l2}, {@code landsat-c2-l2-tm}, {@code landsat-l1-toa}, {@code sentinel-2-l2a}) that knows the
 * bands, scaling and masks, read from {@code metadata} (MTL or MTD_MSIL2A.xml) when given. A {@code generic}
 * scene needs {@code red}, {@code nir}, {@code scale} and {@code offset}: NDVI is not offset-invariant, so a scene
 * whose radiometry is not stated is refused. Optional: {@code baseline}, {@code boaAddOffset},
 * {@code maskFlags}, {@code maskConfidence}, {@code maskValues}, {@code waterValues}, {@code allowRawDn},
 * {@code useB8A}, {@code sunElevationCorrection}. {@code nodata} defaults to
 * each band's own nodata. {@code quality} is optional and takes either {@code maskedBits}/{@code waterBits}
 * (bit flags) or {@code maskedValues}/{@code waterValues} (class values). The top level may hold a
 * {@code description}. Any other key is refused with the closest known one suggested ({@link ManifestKeys}), and
 * a year outside the sensor's era is refused. Every error names the manifest, the entry and the field.
 */
public final class ManifestReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestReader() {
    }

    public static Manifest read(Path manifest) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(manifest));
        } catch (JsonProcessingException e) {
            throw new ManifestException(manifest + ": not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage());
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
        List<SceneSpec> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneSpec s = new Entry(manifest, i, scenes.get(i), base).scene();
            if (!ids.add(s.year() + "/" + s.id())) {
                throw new ManifestException(manifest + ": scenes[" + i + "]: duplicate scene id \"" + s.id() + "\" in " + s.year());
            }
            out.add(s);
        }
        return new Manifest(out);
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
                if (!m.isEmpty() && !m.startsWith("/vsi") && !m.contains("://")) {
                    out.add(base.resolve(m).normalize());
                }
            }
        } catch (IOException e) {
            throw new ManifestException(manifest + ": cannot read (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** One scene entry, with the context needed for error messages. */
    private record Entry(Path manifest, int index, JsonNode node, Path base) {
        SceneSpec scene() {
            if (!node.isObject()) {
                throw error("expected an object");
            }
            ManifestKeys.unknown(node, ManifestKeys.SCENE, "").ifPresent(p -> {
                throw error(p);
            });
            int year = integer("year");
            String id = node.hasNonNull("id") ? node.get("id").asText() : "scene" + index;
            String sensor = node.hasNonNull("sensor") ? node.get("sensor").asText() : "generic";
            boolean generic = sensor.equals("generic");
            if (generic && !node.has("red")) {
                band("red");
            }
            if (node.has("scale") != node.has("offset")) {
                number(node.has("scale") ? "offset" : "scale");
            }
            SceneRequest.Builder b = SceneRequest.builder(sensor, year, id).baseDir(base);
            if (node.hasNonNull("metadata")) {
                b.metadata(node.get("metadata").asText());
            }
            if (node.has("red")) {
                b.red(band("red"));
            }
            if (node.has("nir")) {
                b.nir(band("nir"));
            } else if (generic) {
                band("nir");
            }
            if (node.has("scale")) {
                b.scaleOffset(number("scale"), number("offset"));
            }
            if (node.hasNonNull("nodata")) {
                b.nodata(number("nodata"));
            }
            if (node.hasNonNull("baseline")) {
                b.baseline(node.get("baseline").asText());
            }
            if (node.hasNonNull("boaAddOffset")) {
                b.boaAddOffset(number("boaAddOffset"));
            }
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
            b.allowRawDn(node.path("allowRawDn").asBoolean(false));
            b.useB8A(node.path("useB8A").asBoolean(false));
            b.sunElevationCorrection(node.path("sunElevationCorrection").asBoolean(true));
            if (!generic && node.has("quality")) {
                b.quality(band("quality"));
            }
            SceneSpec spec;
            try {
                spec = Sensors.sceneSpec(b.build());
            } catch (SensorException | IllegalArgumentException e) {
                throw error(e.getMessage());
            }
            if (generic && node.hasNonNull("quality")) {
                spec = new SceneSpec(spec.id(), spec.year(), spec.sensor(), spec.red(), spec.nir(), spec.redCalibration(),
                        spec.nirCalibration(), spec.nodata(), quality());
            }
            return spec;
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
            ManifestKeys.unknown(b, genericQuality ? ManifestKeys.GENERIC_QUALITY : ManifestKeys.BAND, "\"" + field + "\"")
                    .ifPresent(p -> {
                        throw error(p + (field.equals("quality") && !genericQuality ? "; maskedBits, waterBits,"
                                + " maskedValues and waterValues apply to sensor generic, the presets take the scene's"
                                + " maskFlags, maskValues and waterValues" : ""));
                    });
            int band = b.path("band").asInt(1);
            String file = b.get("file").asText();
            // GDAL virtual paths (/vsis3/..., /vsicurl/https://...) and URLs are passed to GDAL as written
            boolean virtual = file.startsWith("/vsi") || file.contains("://");
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
                throw error("field \"" + field + "\" must be an integer, got " + v);
            }
            return v.asInt();
        }

        private double number(String field) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                throw error("missing field \"" + field + "\": state the scene's radiometry"
                        + " (reflectance = DN x scale + offset), NDVI is wrong without it");
            }
            if (!v.isNumber()) {
                throw error("field \"" + field + "\" must be a number, got " + v);
            }
            return v.asDouble();
        }

        private ManifestException error(String what) {
            return new ManifestException(manifest + ": scenes[" + index + "]: " + what);
        }
    }
}
