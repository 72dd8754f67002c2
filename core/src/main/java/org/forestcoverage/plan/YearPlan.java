package org.forestcoverage.plan;

import java.io.Serializable;
import java.util.List;

/** The scenes of one year, in manifest order. Immutable. */
public record YearPlan(int year, List<ScenePlan> scenes) implements Serializable {
    public YearPlan {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("year " + year + " has no scene");
        }
        scenes = List.copyOf(scenes);
    }
}
