package org.forestcoverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.plan.YearPlan;
import org.forestcoverage.scene.Calibration;

/**
 * The run's record of where each scene's radiometry, mask and water came from ({@code coverage.json} under
 * {@code run.scene_sources}), taken from the plan the tasks ran: one object per scene with its year, id, sensor
 * preset, the scaling used ({@code scaling} in words, {@code red_scale}/{@code red_offset}/{@code nir_scale}/
 * {@code nir_offset} as numbers: reflectance = DN x scale + offset), the {@code mask} rule and the {@code water}
 * source. Stateless and thread-safe.
 *
 * <pre>{@code
 * run.put("scene_sources", SceneSources.json(plan));
 * }</pre>
 */
public final class SceneSources {
    private SceneSources() {
    }

    /** The records of the plan's scenes, year by year in the plan's order, as JSON-ready maps. */
    public static List<Map<String, Object>> json(AnalysisPlan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (YearPlan y : plan.years()) {
            for (ScenePlan s : y.scenes()) {
                Calibration red = s.rule().red().calibration();
                Calibration nir = s.rule().nir().calibration();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("year", y.year());
                m.put("id", s.id());
                m.put("sensor", s.sensor());
                m.put("scaling", s.sources().scaling());
                m.put("red_scale", red.scale());
                m.put("red_offset", red.offset());
                m.put("nir_scale", nir.scale());
                m.put("nir_offset", nir.offset());
                m.put("mask", s.sources().mask());
                m.put("water", s.sources().water());
                out.add(m);
            }
        }
        return out;
    }
}
