package org.forestcoverage.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.forestcoverage.definition.CalibrationFile;

/**
 * The text of {@code calibration.csv} and {@code calibration.json} for a {@link ThresholdCalibration} sweep.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("calibration.csv"), CalibrationWriter.csv(result));
 * }</pre>
 *
 * <p>CSV: one row per threshold, {@link #CSV_HEADER}; matrix columns {@code n_map_A_ref_B} count plots (rows = map,
 * columns = reference); accuracies are design-based fractions ({@code overall_ci95} the 95 % half-width), coverages
 * percent: {@code mapped_coverage_pct} of the NDVI map's observed area, {@code reference_coverage_pct} the design-based
 * estimate from the plots (the same on every row); {@code recommended} 1 on the chosen row. JSON: the calibration file
 * that {@code forest analyze --calibration} reads ({@link CalibrationFile}: format, thresholds per sensor, criterion,
 * plots, weighting, accuracy), the reason, warnings, the plots left out, the settings and the rows. Stateless and
 * thread-safe.
 */
public final class CalibrationWriter {

    /** Columns of calibration.csv. */
    public static final String CSV_HEADER = "threshold,plots,n_map_forest_ref_forest,n_map_forest_ref_nonforest,"
            + "n_map_nonforest_ref_forest,n_map_nonforest_ref_nonforest,overall_accuracy,overall_ci95,"
            + "forest_users_accuracy,forest_producers_accuracy,forest_f1,mapped_coverage_pct,reference_coverage_pct,"
            + "recommended";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationWriter() {
    }

    public static String csv(CalibrationResult r) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (ThresholdRow row : r.rows()) {
            sb.append(row.threshold().toPlainString()).append(',').append(row.plots())
                    .append(',').append(row.mapForestRefForest()).append(',').append(row.mapForestRefNonForest())
                    .append(',').append(row.mapNonForestRefForest()).append(',').append(row.mapNonForestRefNonForest())
                    .append(',').append(QaReportWriter.num(row.overallAccuracy(), 6))
                    .append(',').append(QaReportWriter.num(row.overallCiHalfWidth(), 6))
                    .append(',').append(QaReportWriter.num(row.forestUsersAccuracy(), 6))
                    .append(',').append(QaReportWriter.num(row.forestProducersAccuracy(), 6))
                    .append(',').append(QaReportWriter.num(row.forestF1(), 6))
                    .append(',').append(QaReportWriter.num(row.mappedCoveragePercent(), 4))
                    .append(',').append(QaReportWriter.num(r.referenceCoverage().value(), 4))
                    .append(',').append(row == r.recommended() ? 1 : 0).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param sensor   the sensor the NDVI map comes from (a manifest sensor name, or {@code any})
     * @param excluded plot ids left out before the sweep, by reason (e.g. {@code outside_raster}, {@code other_year})
     * @param settings inputs and options, written as given
     */
    public static String json(CalibrationResult r, String sensor, Map<String, List<String>> excluded,
                              Map<String, Object> settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put(CalibrationFile.FORMAT_KEY, CalibrationFile.FORMAT);
        root.putObject(CalibrationFile.THRESHOLDS_KEY).put(sensor, r.recommended().threshold().toPlainString());
        root.put("criterion", r.criterion().name().toLowerCase(java.util.Locale.ROOT));
        root.put("recommended_threshold", r.recommended().threshold().toPlainString());
        root.put("rule", "forest iff NDVI >= threshold");
        root.put("reason", r.reason());
        root.put("observed_plots", r.observedPlots());
        root.put("weighting", r.weighting());
        ThresholdRow best = r.recommended();
        ObjectNode acc = root.putObject("accuracy");
        put(acc, "overall", best.overallAccuracy());
        put(acc, "overall_se", best.overall().se());
        put(acc, "overall_ci95", best.overallCiHalfWidth());
        put(acc, "forest_users", best.forestUsersAccuracy());
        put(acc, "forest_producers", best.forestProducersAccuracy());
        put(acc, "forest_f1", best.forestF1());
        put(acc, "mapped_coverage_pct", best.mappedCoveragePercent());
        put(acc, "reference_coverage_pct", r.referenceCoverage().value());
        put(acc, "reference_coverage_ci95_pp", r.referenceCoverage().ciHalfWidth());
        root.set("warnings", JSON.valueToTree(r.warnings()));
        root.set("settings", JSON.valueToTree(settings));
        ObjectNode ex = root.putObject("excluded");
        ex.set("unobserved", JSON.valueToTree(r.unobservedPlotIds()));
        excluded.forEach((k, v) -> ex.set(k, JSON.valueToTree(v)));
        root.put("matrix_orientation", QaReportWriter.ORIENTATION);
        ArrayNode rows = root.putArray("rows");
        for (ThresholdRow row : r.rows()) {
            ObjectNode n = rows.addObject();
            n.put("threshold", row.threshold().toPlainString());
            n.set("counts", JSON.valueToTree(new int[][] {
                {row.mapForestRefForest(), row.mapForestRefNonForest()},
                {row.mapNonForestRefForest(), row.mapNonForestRefNonForest()}}));
            put(n, "overall_accuracy", row.overallAccuracy());
            put(n, "overall_ci95", row.overallCiHalfWidth());
            put(n, "forest_users_accuracy", row.forestUsersAccuracy());
            put(n, "forest_producers_accuracy", row.forestProducersAccuracy());
            put(n, "forest_f1", row.forestF1());
            put(n, "mapped_coverage_pct", row.mappedCoveragePercent());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }
}
