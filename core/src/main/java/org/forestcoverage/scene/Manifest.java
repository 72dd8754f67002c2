package org.forestcoverage.scene;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The scenes to analyse, grouped by year (ascending). Immutable. */
public record Manifest(List<SceneSpec> scenes) implements Serializable {

    public Manifest {
        if (scenes.isEmpty()) {
            throw new ManifestException("the manifest lists no scenes");
        }
        scenes = List.copyOf(scenes);
    }

    /** Years present, ascending. */
    public List<Integer> years() {
        return new ArrayList<>(byYear().keySet());
    }

    /** Scenes per year, years ascending, scenes in manifest order. */
    public Map<Integer, List<SceneSpec>> byYear() {
        Map<Integer, List<SceneSpec>> m = new TreeMap<>();
        for (SceneSpec s : scenes) {
            m.computeIfAbsent(s.year(), k -> new ArrayList<>()).add(s);
        }
        return m;
    }
}
