package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.definition.RuleLayer;
import org.forestcoverage.raster.NodataRule;

/**
 * A rule layer of the forest definition resolved for the tasks: the raster's band 1 as a task reads it onto a tile
 * (a window read when it shares the grid's lattice, else nearest neighbour through the same per-pixel warp as every
 * band source) and its nodata. A pixel is in the layer where the value read is neither 0 nor nodata (nor NaN), and
 * outside the raster it is not. Immutable.
 *
 * @param layer  the definition's layer (name, column)
 * @param band   band 1 of the layer's raster
 * @param nodata the band's nodata
 */
public record RulePlan(RuleLayer layer, BandPlan band, NodataRule nodata) implements Serializable {
}
