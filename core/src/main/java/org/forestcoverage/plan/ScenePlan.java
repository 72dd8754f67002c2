package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.NdviRule;
import org.forestcoverage.scene.SceneProvenance;

/**
 * One scene of one year, resolved for the tasks: its red, NIR and optional quality band, the NDVI rule of its
 * decoders (scaling, nodata), the look-up table of its mask rule, its water source besides the quality band, and the
 * record of which sources decided its scaling, mask and water (for the run's record). Immutable.
 *
 * @param id      the scene's name in the manifest
 * @param sensor  the preset that read the scene ({@code generic}, {@code landsat-c2-l2}, ...)
 * @param quality the quality band, or {@code null}
 * @param mask    the quality band's mask table, or {@code null} without a quality band
 * @param water   the water source besides the quality band ({@link WaterPlan#NONE} for none)
 * @param sources the scaling, mask and water sources in words
 */
public record ScenePlan(String id, String sensor, BandPlan red, BandPlan nir, BandPlan quality, NdviRule rule,
                        MaskTable mask, WaterPlan water, SceneProvenance sources) implements Serializable {

    public ScenePlan {
        if ((quality == null) != (mask == null)) {
            throw new IllegalArgumentException("scene " + id + ": a quality band needs a mask table and the reverse");
        }
        if (water == null || sources == null) {
            throw new IllegalArgumentException("scene " + id + ": a water plan and the sources record must be given");
        }
    }
}
