package org.forestcoverage.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys a manifest may use at each level, and the refusal of any other: an unknown key (a typo such as
 * {@code "noData"}) would otherwise be ignored and the result silently wrong. The message suggests the closest
 * known key (case, {@code _} and {@code -} ignored; at most a third of the letters different), else lists them.
 * Other JSON inputs with a fixed set of keys (forest definition files) use the same check. Thread-safe.
 */
public final class ManifestKeys {
    static final List<String> ROOT = List.of("scenes", "description", "water");
    static final List<String> SCENE = List.of("year", "id", "sensor", "metadata", "stac", "red", "nir", "green", "swir",
            "quality", "scale", "offset", "nodata", "baseline", "boaAddOffset", "maskFlags", "maskConfidence",
            "maskValues", "waterValues", "allowRawDn", "useB8A", "sunElevationCorrection", "water");
    static final List<String> BAND = List.of("file", "band", "scale", "offset");
    static final List<String> QUALITY = List.of("file", "band");
    static final List<String> WATER = List.of("index", "threshold", "layer", "kind", "band", "values");
    static final List<String> GENERIC_QUALITY = List.of("file", "band", "maskedBits", "waterBits", "maskedValues",
            "waterValues");

    private ManifestKeys() {
    }

    /**
     * The problem with the first key of {@code node} not in {@code known}, e.g. {@code unknown key "noData" in
     * scenes[0]; did you mean "nodata"?}, or empty when every key is known.
     */
    public static Optional<String> unknown(JsonNode node, List<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                return Optional.of("unknown key \"" + key + "\"" + (where.isEmpty() ? "" : " in " + where)
                        + closest(key, known).map(k -> "; did you mean \"" + k + "\"?")
                        .orElse(" (known keys: " + String.join(", ", known) + ")"));
            }
        }
        return Optional.empty();
    }

    /** The known key nearest to {@code key}, if near enough to be a typo of it. */
    static Optional<String> closest(String key, List<String> known) {
        String k = normal(key);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(k, normal(candidate));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(k.length(), normal(best).length()) / 3)
                ? Optional.of(best) : Optional.empty();
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
