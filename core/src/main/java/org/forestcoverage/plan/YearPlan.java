package org.forestcoverage.plan;

import java.io.Serializable;
import java.util.List;
import org.forestcoverage.kernel.ForestClassifier;

/**
 * The scenes of one year, in manifest order, and the year's classifier when the forest definition gives its
 * sensor a threshold of its own ({@code null}: the plan's). Immutable.
 */
public record YearPlan(int year, List<ScenePlan> scenes, ForestClassifier classifier) implements Serializable {
    public YearPlan {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("year " + year + " has no scene");
        }
        scenes = List.copyOf(scenes);
    }

    /** A year classified by the plan's classifier. */
    public YearPlan(int year, List<ScenePlan> scenes) {
        this(year, scenes, null);
    }
}
