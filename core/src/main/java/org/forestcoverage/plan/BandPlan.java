package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.scene.BandRef;

/**
 * One band of one scene as a task reads it: where it is, what its header said (type, nodata, blocks) and how it
 * reaches the grid. Immutable.
 */
public record BandPlan(BandRef ref, BandInfo info, BandAccess access) implements Serializable {
}
