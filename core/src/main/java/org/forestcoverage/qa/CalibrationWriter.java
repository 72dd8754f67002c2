package org.forestcoverage.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code calibration.csv} and {@code calibration.json} for a {@link ThresholdCalibration} sweep.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("calibration.csv"), CalibrationWriter.csv(result));
 * }</pre>
 *
 * <p>CSV: one row per threshold, {@link #CSV_HEADER}; matrix columns {@code n_map_A_ref_B} (rows = map, columns =
 * reference), accuracies as fractions, coverages in percent, {@code recommended} 1 on the chosen row. JSON: the
 * criterion, the recommended threshold (a decimal string, exactly as swept) and the reason, the plots left out, the
 * settings and the rows, so an analysis can record which threshold and why. Stateless and thread-safe.
 */
public final class CalibrationWriter {

    /** Columns of calibration.csv. */
    public static final String CSV_HEADER = "threshold,plots,n_map_forest_ref_forest,n_map_forest_ref_nonforest,"
            + "n_map_nonforest_ref_forest,n_map_nonforest_ref_nonforest,overall_accuracy,forest_users_accuracy,"
            + "forest_producers_accuracy,forest_f1,mapped_coverage_pct,reference_coverage_pct,recommended";

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
                    .append(',').append(QaReportWriter.num(row.forestUsersAccuracy(), 6))
                    .append(',').append(QaReportWriter.num(row.forestProducersAccuracy(), 6))
                    .append(',').append(QaReportWriter.num(row.forestF1(), 6))
                    .append(',').append(QaReportWriter.num(row.mappedCoveragePercent(), 4))
                    .append(',').append(QaReportWriter.num(row.referenceCoveragePercent(), 4))
                    .append(',').append(row == r.recommended() ? 1 : 0).append('\n');
        }
        return sb.toString();
    }

    /**
     * @param excluded plot ids left out before the sweep, by reason (e.g. {@code outside_raster}, {@code other_year})
     * @param settings inputs and options, written as given
     */
    public static String json(CalibrationResult r, Map<String, List<String>> excluded, Map<String, Object> settings) {
        ObjectNode root = JSON.createObjectNode();
        root.set("settings", JSON.valueToTree(settings));
        root.put("criterion", r.criterion().name().toLowerCase(java.util.Locale.ROOT));
        root.put("recommended_threshold", r.recommended().threshold().toPlainString());
        root.put("rule", "forest iff NDVI >= threshold");
        root.put("reason", r.reason());
        root.put("observed_plots", r.observedPlots());
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
            put(n, "forest_users_accuracy", row.forestUsersAccuracy());
            put(n, "forest_producers_accuracy", row.forestProducersAccuracy());
            put(n, "forest_f1", row.forestF1());
            put(n, "mapped_coverage_pct", row.mappedCoveragePercent());
            put(n, "reference_coverage_pct", row.referenceCoveragePercent());
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
