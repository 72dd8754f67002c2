package org.forestcoverage.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.scene.ManifestKeys;

/**
 * The bundled forest definitions and the reader of custom definition files.
 *
 * <pre>{@code
 * ForestDefinition fao = Definitions.resolve("fao");                    // a bundled profile
 * ForestDefinition mine = Definitions.resolve("config/my-forest.json");  // a custom file
 * }</pre>
 *
 * <p><b>Format</b> (JSON; every key below, no other):
 * <pre>
 * {"name": "fao",
 *  "title": "FAO Global Forest Resources Assessment",
 *  "source": "FAO (2018) FRA 2020 Terms and Definitions, Forest Resources Assessment Working Paper 188",
 *  "canopy": {"cover_min_pct": 10, "ndvi_threshold": {"any": "0.41"}, "basis": "..."},
 *  "mmu": {"area_ha": "0.5", "strict": true, "connectivity": 8},
 *  "rule_layers": [{"name": "special_shrubland", "column": "designated_shrubland_m2", "description": "..."}],
 *  "denominator": "land",
 *  "notes": ["..."]}
 * </pre>
 * {@code ndvi_threshold} maps sensor names (or {@code any}) to decimal thresholds, written as strings or numbers; or
 * {@code canopy} may be {@code {"calibration": "calibration/calibration.json"}} (relative to the definition file).
 * {@code cover_min_pct}, {@code basis}, {@code rule_layers} and {@code notes} are optional. Errors throw
 * {@link DefinitionFileException} naming the file and the key. Stateless and thread-safe.
 */
public final class Definitions {

    /** The bundled profiles, in the order they are listed. */
    public static final List<String> PROFILES = List.of("china", "fao", "gfw", "ndvi");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROOT = List.of("name", "title", "source", "canopy", "mmu", "rule_layers",
            "denominator", "notes");
    private static final List<String> CANOPY = List.of("cover_min_pct", "ndvi_threshold", "basis", "calibration");
    private static final List<String> MMU = List.of("area_ha", "strict", "connectivity");
    private static final List<String> LAYER = List.of("name", "column", "description");

    private Definitions() {
    }

    /** A bundled profile by name, or else the definition file at {@code nameOrFile}. */
    public static ForestDefinition resolve(String nameOrFile) {
        if (PROFILES.contains(nameOrFile)) {
            return profile(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.exists(file)) {
            throw new DefinitionFileException(nameOrFile, "neither a bundled definition (" + String.join(", ", PROFILES)
                    + ") nor an existing definition file");
        }
        return read(file);
    }

    /** A bundled profile. @throws IllegalArgumentException naming the profiles for another name */
    public static ForestDefinition profile(String name) {
        if (!PROFILES.contains(name)) {
            throw new IllegalArgumentException("no forest definition '" + name + "'; the bundled ones are "
                    + String.join(", ", PROFILES) + " (or give a definition file)");
        }
        String resource = name + ".json";
        try (InputStream in = Definitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled definition " + resource + " is missing from the classpath");
            }
            return parse(JSON.readTree(in), "definition " + name, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled definition " + resource, e);
        }
    }

    /** A custom definition file. */
    public static ForestDefinition read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DefinitionFileException(file.toString(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DefinitionFileException(file.toString(), "cannot read: " + e.getMessage());
        }
        return parse(root, file.toString(), file.toAbsolutePath().getParent());
    }

    private static ForestDefinition parse(JsonNode root, String file, Path dir) {
        if (root == null || !root.isObject()) {
            throw new DefinitionFileException(file, "not a JSON object");
        }
        check(root, ROOT, "", file);
        String name = text(root, "name", file, true);
        JsonNode canopyNode = object(root, "canopy", file);
        check(canopyNode, CANOPY, "canopy", file);
        CanopyRule canopy = canopy(canopyNode, file, dir);
        JsonNode mmuNode = object(root, "mmu", file);
        check(mmuNode, MMU, "mmu", file);
        MinimumMappingUnit mmu;
        try {
            mmu = new MinimumMappingUnit(decimal(mmuNode.get("area_ha"), "mmu.area_ha", file),
                    mmuNode.path("strict").asBoolean(false), mmuNode.path("connectivity").asInt(8));
        } catch (IllegalArgumentException e) {
            throw new DefinitionFileException(file, "mmu: " + e.getMessage());
        }
        List<RuleLayer> layers = new ArrayList<>();
        JsonNode layerNodes = root.path("rule_layers");
        if (!layerNodes.isMissingNode() && !layerNodes.isArray()) {
            throw new DefinitionFileException(file, "rule_layers is not a list");
        }
        for (int i = 0; i < layerNodes.size(); i++) {
            JsonNode l = layerNodes.get(i);
            check(l, LAYER, "rule_layers[" + i + "]", file);
            try {
                layers.add(new RuleLayer(text(l, "name", file, true), text(l, "column", file, true),
                        text(l, "description", file, false)));
            } catch (IllegalArgumentException e) {
                throw new DefinitionFileException(file, "rule_layers[" + i + "]: " + e.getMessage());
            }
        }
        Denominator denominator;
        try {
            denominator = Denominator.parse(text(root, "denominator", file, true));
        } catch (IllegalArgumentException e) {
            throw new DefinitionFileException(file, e.getMessage());
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(n -> notes.add(n.asText()));
        try {
            return new ForestDefinition(name, text(root, "title", file, false), text(root, "source", file, false),
                    canopy, mmu, layers, denominator, notes);
        } catch (IllegalArgumentException e) {
            throw new DefinitionFileException(file, e.getMessage());
        }
    }

    private static CanopyRule canopy(JsonNode c, String file, Path dir) {
        boolean calibration = c.has("calibration");
        if (calibration == c.has("ndvi_threshold")) {
            throw new DefinitionFileException(file, "canopy needs either ndvi_threshold or calibration");
        }
        if (calibration) {
            Path path = Path.of(text(c, "calibration", file, true));
            return CalibrationFile.read(dir == null || path.isAbsolute() ? path : dir.resolve(path)).canopyRule();
        }
        JsonNode t = c.get("ndvi_threshold");
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        if (t.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                thresholds.put(e.getKey(), decimal(e.getValue(), "canopy.ndvi_threshold." + e.getKey(), file));
            }
        } else {
            thresholds.put(CanopyRule.ANY_SENSOR, decimal(t, "canopy.ndvi_threshold", file));
        }
        String basis = text(c, "basis", file, false);
        if (c.has("cover_min_pct")) {
            basis = "canopy cover >= " + c.get("cover_min_pct").asText() + " %" + (basis.isEmpty() ? "" : "; " + basis);
        }
        try {
            return new CanopyRule(thresholds, basis);
        } catch (IllegalArgumentException e) {
            throw new DefinitionFileException(file, "canopy: " + e.getMessage());
        }
    }

    private static void check(JsonNode node, List<String> known, String where, String file) {
        ManifestKeys.unknown(node, known, where).ifPresent(p -> {
            throw new DefinitionFileException(file, p);
        });
    }

    private static JsonNode object(JsonNode root, String key, String file) {
        JsonNode n = root.get(key);
        if (n == null || !n.isObject()) {
            throw new DefinitionFileException(file, "'" + key + "' is missing or not an object");
        }
        return n;
    }

    private static String text(JsonNode node, String key, String file, boolean required) {
        JsonNode n = node.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw new DefinitionFileException(file, "'" + key + "' is missing");
            }
            return "";
        }
        return n.asText();
    }

    static BigDecimal decimal(JsonNode n, String key, String file) {
        if (n == null || !(n.isNumber() || n.isTextual())) {
            throw new DefinitionFileException(file, key + " is missing or not a number");
        }
        try {
            return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
            throw new DefinitionFileException(file, key + " '" + n.asText() + "' is not a decimal number");
        }
    }
}
