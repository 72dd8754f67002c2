package org.forestcoverage.zones;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;

/**
 * Every pixel of the grid whole in zone 1: the zoning of a map assessed without districts, where the whole raster is
 * the area. Immutable and thread-safe.
 */
public record WholeGridZoner(GridSpec grid) implements Zoner {
    @Override
    public ZoneMask zones(PixelWindow window) {
        ZoneMask.Builder b = new ZoneMask.Builder(window.width(), window.height());
        for (int r = 0; r < window.height(); r++) {
            b.run(window.width(), (short) 1).endRow();
        }
        return b.build();
    }
}
