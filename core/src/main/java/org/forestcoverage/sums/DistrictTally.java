package org.forestcoverage.sums;

import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.zones.ZoneMask;
import org.forestcoverage.zones.Zoner;

/**
 * The one accumulator of class areas per district: a {@link Zoner} assigns each tile's pixels to districts, and
 * {@link CoverageSums} adds the classes with each pixel's true area in exact integers. {@code analyze}, {@code qa} and
 * {@code sample} all add their tiles here, so the same map gives the same district areas everywhere.
 *
 * <pre>{@code
 * DistrictTally t = new DistrictTally(zoner, area, years, districts);
 * if (!t.zones(window).isEmpty()) {
 *     for (int y = 0; y < years; y++) t.add(y, window, classes[y]);   // the mask is made once per window
 * }
 * CoverageSums s = t.sums();
 * }</pre>
 *
 * Not thread-safe: one per task.
 */
public final class DistrictTally {
    private final Zoner zoner;
    private final PixelArea area;
    private final CoverageSums sums;
    private PixelWindow maskWindow;
    private ZoneMask mask;

    /**
     * @param zoner     zones of the grid the tiles are windows of
     * @param area      pixel areas of that grid
     * @param years     number of years (index 0 .. years - 1)
     * @param districts number of districts (zones 1 .. districts)
     */
    public DistrictTally(Zoner zoner, PixelArea area, int years, int districts) {
        if (!zoner.grid().equals(area.grid())) {
            throw new IllegalArgumentException("the zoner's grid and the pixel areas' grid differ");
        }
        this.zoner = zoner;
        this.area = area;
        this.sums = CoverageSums.empty(years, districts);
    }

    /** The zone mask of {@code window}, made once and reused while the window stays the same. */
    public ZoneMask zones(PixelWindow window) {
        if (!window.equals(maskWindow)) {
            mask = zoner.zones(window);
            maskWindow = window;
        }
        return mask;
    }

    /** Adds the land classes ({@link org.forestcoverage.kernel.LandClass} codes, row-major) of one year over {@code window}. */
    public void add(int year, PixelWindow window, byte[] classes) {
        sums.addTile(year, zones(window), classes, area, window.row());
    }

    /** The sums so far (the live accumulator, not a copy). */
    public CoverageSums sums() {
        return sums;
    }
}
