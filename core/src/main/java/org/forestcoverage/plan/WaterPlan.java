package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.kernel.MaskTable;
import org.forestcoverage.kernel.WaterIndex;
import org.forestcoverage.zones.Zoner;

/**
 * A scene's water source besides its quality band ({@link org.forestcoverage.scene.WaterSource}), resolved for the
 * tasks: nothing, a water index of two of its bands, a water raster read onto each tile, or a water layer's polygons
 * zoned by pixel centre. Immutable.
 */
public sealed interface WaterPlan extends Serializable {

    /** No water source beyond the quality band. */
    WaterPlan NONE = new None();

    /** No water source beyond the quality band. */
    record None() implements WaterPlan {
    }

    /** A normalised-difference water index of the scene's green band against SWIR1 or NIR. */
    record Index(BandPlan green, BandPlan other, WaterIndex index) implements WaterPlan {
    }

    /**
     * A water raster, read onto each tile as a categorical band (nearest neighbour when warped); {@code values}
     * marks its water values {@link org.forestcoverage.scene.MaskRule#WATER}.
     */
    record Raster(BandPlan layer, MaskTable values) implements WaterPlan {
    }

    /**
     * A water layer's polygons on the analysis grid: a pixel whose centre is inside one is water (zone 1 of
     * {@code zoner}, a pixel-centre zoner).
     *
     * @param path the layer's file, for messages
     */
    record Polygons(String path, Zoner zoner) implements WaterPlan {
    }
}
