package org.forestcoverage.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One year's result as the history keeps it: the key of the year's work, its inputs (file to SHA-256), the settings
 * and per district (and the city) the coverage and forest area. Compared with the year's previous result it gives
 * the diff report: which districts moved and by how much, which inputs and settings changed. Immutable.
 *
 * @param key       the year's key ({@code TileYearKeys.year}); equal keys mean equal sums
 * @param inputs    every input file of the year's scenes: path to SHA-256
 * @param settings  the run's settings, as text
 * @param districts per district id: coverage in percent and forest area in m2
 */
public record YearResult(String key, Map<String, String> inputs, Map<String, String> settings,
                         Map<String, District> districts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Coverage in percent (NaN as null: nothing observed) and forest area in m2 of one district. */
    public record District(Double coveragePct, double forestM2) {
    }

    public YearResult {
        inputs = new TreeMap<>(inputs);
        settings = new TreeMap<>(settings);
        districts = new LinkedHashMap<>(districts);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static YearResult fromJson(String json) {
        try {
            return JSON.readValue(json, YearResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable year record: " + e.getOriginalMessage(), e);
        }
    }

    /** One line of the diff report: a district whose result moved. */
    public record Move(String district, Double coverageBeforePct, Double coverageAfterPct, double forestBeforeM2,
                       double forestAfterM2) {
        /** Change in percentage points, or null when either side observed nothing. */
        public Double changePp() {
            return coverageBeforePct == null || coverageAfterPct == null ? null : coverageAfterPct - coverageBeforePct;
        }
    }

    /** The districts whose coverage or forest area differ from {@code before}, in this record's order. */
    public List<Move> movesSince(YearResult before) {
        List<Move> out = new ArrayList<>();
        for (Map.Entry<String, District> e : districts.entrySet()) {
            District b = before.districts.get(e.getKey());
            District a = e.getValue();
            if (b == null || !Objects.equals(b.coveragePct(), a.coveragePct()) || b.forestM2() != a.forestM2()) {
                out.add(new Move(e.getKey(), b == null ? null : b.coveragePct(), a.coveragePct(),
                        b == null ? 0 : b.forestM2(), a.forestM2()));
            }
        }
        return out;
    }

    /** What changed in the inputs and settings since {@code before}: one text line each. */
    public List<String> causesSince(YearResult before) {
        List<String> out = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>(inputs.keySet());
        files.addAll(before.inputs.keySet());
        for (String f : files) {
            String was = before.inputs.get(f);
            String is = inputs.get(f);
            if (was == null) {
                out.add("input added: " + f);
            } else if (is == null) {
                out.add("input removed: " + f);
            } else if (!was.equals(is)) {
                out.add("input changed: " + f + " (SHA-256 " + was.substring(0, 12) + "... -> " + is.substring(0, 12)
                        + "...)");
            }
        }
        TreeSet<String> names = new TreeSet<>(settings.keySet());
        names.addAll(before.settings.keySet());
        for (String n : names) {
            if (!Objects.equals(before.settings.get(n), settings.get(n))) {
                out.add(String.format(Locale.ROOT, "setting %s: %s -> %s", n, before.settings.get(n), settings.get(n)));
            }
        }
        if (out.isEmpty()) {
            out.add("no input or setting changed: the tool itself computes differently (another version)");
        }
        return out;
    }
}
