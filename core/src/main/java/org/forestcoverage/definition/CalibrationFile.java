package org.forestcoverage.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A calibration file: the {@code calibration.json} that {@code forest calibrate} writes, read back as a canopy rule
 * for {@code forest analyze --calibration}. Its members (the writer is {@code qa.CalibrationWriter}):
 * {@value #FORMAT_KEY} = {@value #FORMAT}; {@value #THRESHOLDS_KEY}, sensor name (or {@code any}) to the recommended
 * threshold as a decimal string; {@code criterion}; {@code observed_plots}; {@code weighting};
 * {@code accuracy.overall} and {@code accuracy.overall_ci95}. Several files (one per sensor) can be given together.
 *
 * <pre>{@code
 * CalibrationFile c = CalibrationFile.read(Path.of("calibration/calibration.json"));   // or the folder
 * CanopyRule rule = c.canopyRule();
 * }</pre>
 *
 * @param file       the file read
 * @param thresholds sensor to threshold
 * @param summary    criterion, plots and accuracy in one line, for the run record
 */
public record CalibrationFile(String file, Map<String, BigDecimal> thresholds, String summary) {

    /** The member naming the format. */
    public static final String FORMAT_KEY = "format";
    /** Its value in files of this version. */
    public static final String FORMAT = "forest-coverage calibration 1";
    /** The member holding sensor to threshold. */
    public static final String THRESHOLDS_KEY = "thresholds";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CalibrationFile {
        thresholds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    /** The calibration file {@code path} names: itself, or the calibration.json of a folder (calibrate's output). */
    public static Path file(Path path) {
        return Files.isDirectory(path) ? path.resolve("calibration.json") : path;
    }

    /**
     * Reads {@code path} (a calibration.json, or a folder holding one).
     *
     * @throws DefinitionFileException naming the file: missing, not JSON, another format, no thresholds
     */
    public static CalibrationFile read(Path path) {
        Path file = file(path);
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new DefinitionFileException(name, "no such calibration file (the calibration.json written by"
                    + " forest calibrate)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new DefinitionFileException(name, "not a calibration file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !FORMAT.equals(root.path(FORMAT_KEY).asText())) {
            throw new DefinitionFileException(name, "not a calibration file of this version (\"" + FORMAT_KEY
                    + "\": \"" + FORMAT + "\" is missing; calibration.json files of earlier versions have no"
                    + " thresholds per sensor: run forest calibrate again)");
        }
        JsonNode t = root.path(THRESHOLDS_KEY);
        if (!t.isObject() || t.isEmpty()) {
            throw new DefinitionFileException(name, "'" + THRESHOLDS_KEY + "' is missing or empty");
        }
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            thresholds.put(e.getKey(), Definitions.decimal(e.getValue(), THRESHOLDS_KEY + "." + e.getKey(), name));
        }
        JsonNode acc = root.path("accuracy");
        String summary = String.format(Locale.ROOT, "%s, %d observed plots, overall accuracy %s +/- %s (%s)",
                root.path("criterion").asText("?"), root.path("observed_plots").asInt(),
                number(acc.path("overall")), number(acc.path("overall_ci95")), root.path("weighting").asText("?"));
        return new CalibrationFile(name, thresholds, summary);
    }

    private static String number(JsonNode n) {
        return n.isNumber() ? String.format(Locale.ROOT, "%.4f", n.doubleValue()) : "?";
    }

    /** The thresholds as a canopy rule whose basis names this file. */
    public CanopyRule canopyRule() {
        try {
            return new CanopyRule(thresholds, "calibration " + file + ": " + summary);
        } catch (IllegalArgumentException e) {
            throw new DefinitionFileException(file, e.getMessage());
        }
    }

    /**
     * The canopy rule of several files together (one per sensor, say).
     *
     * @throws DefinitionFileException when two files give a threshold for the same sensor
     */
    public static CanopyRule combine(java.util.List<CalibrationFile> files) {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        Map<String, String> from = new LinkedHashMap<>();
        StringBuilder basis = new StringBuilder();
        for (CalibrationFile f : files) {
            for (Map.Entry<String, BigDecimal> e : f.thresholds().entrySet()) {
                String first = from.putIfAbsent(e.getKey(), f.file());
                if (first != null) {
                    throw new DefinitionFileException(f.file(), "gives a threshold for '" + e.getKey() + "', as "
                            + first + " does; give one calibration per sensor");
                }
                all.put(e.getKey(), e.getValue());
            }
            basis.append(basis.length() == 0 ? "" : "; ").append("calibration ").append(f.file()).append(": ")
                    .append(f.summary());
        }
        return new CanopyRule(all, basis.toString());
    }
}
