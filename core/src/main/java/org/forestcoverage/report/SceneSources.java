package org.forestcoverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.scene.SceneSpec;

/**
 * The run's record of where each scene's radiometry, mask and water came from ({@code coverage.json} under
 * {@code run.scene_sources}): one object per scene with its year, id, sensor preset, the scaling used
 * ({@code scaling} in words, {@code red_scale}/{@code red_offset}/{@code nir_scale}/{@code nir_offset} as numbers:
 * reflectance = DN x scale + offset), the {@code mask} rule and the {@code water} source. Stateless and thread-safe.
 *
 * <pre>{@code
 * run.put("scene_sources", SceneSources.json(manifest.scenes()));
 * }</pre>
 */
public final class SceneSources {
    private SceneSources() {
    }

    /** The records of {@code scenes}, in their order, as JSON-ready maps. */
    public static List<Map<String, Object>> json(List<SceneSpec> scenes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SceneSpec s : scenes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", s.year());
            m.put("id", s.id());
            m.put("sensor", s.sensor());
            m.put("scaling", s.provenance().scaling());
            m.put("red_scale", s.redCalibration().scale());
            m.put("red_offset", s.redCalibration().offset());
            m.put("nir_scale", s.nirCalibration().scale());
            m.put("nir_offset", s.nirCalibration().offset());
            m.put("mask", s.provenance().mask());
            m.put("water", s.provenance().water());
            out.add(m);
        }
        return out;
    }
}
