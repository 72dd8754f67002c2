package org.forestcoverage.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.forestcoverage.sums.AreaUnits;
import org.forestcoverage.sums.CoverageRow;

/**
 * Writes {@code coverage.json}: run metadata (free-form map, e.g. grid, threshold, zones, synthetic flag)
 * and one object per (year, district) row with areas in m2, ha, km2 and mu.
 */
public final class CoverageJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CoverageJson() {
    }

    public static void write(List<CoverageRow> rows, Map<String, Object> run, Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.set("run", JSON.valueToTree(run));
        ArrayNode arr = root.putArray("rows");
        for (CoverageRow r : rows) {
            ObjectNode o = arr.addObject();
            o.put("year", r.year());
            o.put("district", r.districtId());
            o.put("name", r.districtName());
            o.put("forest_px", r.forestPx());
            o.put("observed_px", r.observedPx());
            o.put("unobserved_px", r.unobservedThisYearPx());
            o.put("water_px", r.waterPx());
            o.put("total_px", r.totalPx());
            area(o, "forest", r.forestM2().doubleValue());
            area(o, "land", r.landM2().doubleValue());
            area(o, "observed", r.observedM2().doubleValue());
            area(o, "unobserved", r.unobservedThisYearM2().doubleValue());
            area(o, "total", r.totalM2().doubleValue());
            number(o, "coverage_pct", r.coveragePct());
            number(o, "observed_pct", r.observedPct());
            number(o, "coverage_observed_pct", r.coverageObservedPct());
            area(o, "filled", r.filledLandM2().doubleValue());
            number(o, "filled_pct", r.filledPct());
            area(o, "mmu_removed", r.removedM2().doubleValue());
            for (CoverageRow.RuleArea a : r.rules()) {
                // the column's name without its _m2: designated_shrubland_area {m2, ha, km2, mu}
                area(o, a.column().substring(0, a.column().length() - 3), a.areaM2().doubleValue());
            }
        }
        try {
            JSON.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void area(ObjectNode o, String what, double m2) {
        ObjectNode a = o.putObject(what + "_area");
        a.put("m2", m2);
        a.put("ha", AreaUnits.ha(m2));
        a.put("km2", AreaUnits.km2(m2));
        a.put("mu", AreaUnits.mu(m2));
    }

    private static void number(ObjectNode o, String k, double v) {
        if (Double.isNaN(v)) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }
}
