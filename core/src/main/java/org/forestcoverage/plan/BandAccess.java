package org.forestcoverage.plan;

import java.io.Serializable;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;

/**
 * How a band reaches the analysis grid, decided once on the driver: its file shares the grid's lattice and is read
 * window by window ({@link Aligned}), or it must be resampled onto each tile ({@link Warped}).
 */
public sealed interface BandAccess extends Serializable {

    /** The file is on the grid's lattice; its pixels lie at {@code inGrid} (which may reach outside the grid). */
    record Aligned(PixelWindow inGrid) implements BandAccess {
    }

    /** The file is in another CRS or on another lattice: {@code source} is its own grid. */
    record Warped(GridSpec source) implements BandAccess {
    }
}
