package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.NdviRule;

/**
 * One scene of one year, resolved for the tasks: its red, NIR and optional quality band, the NDVI rule of its
 * decoders (scaling, nodata) and the look-up table of its mask rule. Immutable.
 *
 * @param id      the scene's name in the manifest
 * @param quality the quality band, or {@code null}
 * @param mask    the quality band's mask table, or {@code null} without a quality band
 */
public record ScenePlan(String id, BandPlan red, BandPlan nir, BandPlan quality, NdviRule rule, MaskTable mask)
        implements Serializable {

    public ScenePlan {
        if ((quality == null) != (mask == null)) {
            throw new IllegalArgumentException("scene " + id + ": a quality band needs a mask table and the reverse");
        }
    }
}
