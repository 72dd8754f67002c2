package org.forestcoverage.sums;

import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.patch.PixelShares;
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
        this(zoner, area, years, districts, 0);
    }

    /** A tally with {@code rules} rule layers ({@link CoverageSums#rule}). */
    public DistrictTally(Zoner zoner, PixelArea area, int years, int districts, int rules) {
        if (!zoner.grid().equals(area.grid())) {
            throw new IllegalArgumentException("the zoner's grid and the pixel areas' grid differ");
        }
        this.zoner = zoner;
        this.area = area;
        this.sums = CoverageSums.empty(years, districts, rules);
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

    /** Adds the filled pixels ({@code filled[p] != 0}) of one year over {@code window} by their class. */
    public void addFilled(int year, PixelWindow window, byte[] classes, byte[] filled) {
        sums.addFilled(year, zones(window), classes, filled, area, window.row());
    }

    /** Adds the pixels flagged by {@code flags} (non-zero) of one year over {@code window} by class into {@code layer}. */
    public void addFlagged(int year, int layer, PixelWindow window, byte[] classes, byte[] flags) {
        sums.addFlagged(year, layer, zones(window), classes, flags, area, window.row());
    }

    /** Adds the forest pixels the minimum mapping unit removed ({@code removed[p] != 0}) in one year's tile. */
    public void addRemoved(int year, PixelWindow window, byte[] removed) {
        sums.addRemoved(year, zones(window), removed, area, window.row());
    }

    /**
     * What the sums take of each pixel of {@code window}, for the minimum mapping unit: a pixel lies in the area when
     * a district holds it whole or a part of it; its shares are those {@link CoverageSums#addTile} adds.
     */
    public PixelShares shares(PixelWindow window) {
        ZoneMask m = zones(window);
        short[] zone = m.zonesPerPixel();
        int n = zone.length;
        // split entries by pixel: the first entry of pixel p is first[p], its entries run while splitPixel == p
        int[] first = new int[n];
        java.util.Arrays.fill(first, -1);
        for (int i = m.splitCount() - 1; i >= 0; i--) {
            first[m.splitPixel(i)] = i;
        }
        return new PixelShares() {
            @Override
            public boolean inArea(int p) {
                return zone[p] != 0;
            }

            @Override
            public void shares(int p, long pixelMm2, PixelShares.Sink sink) {
                short z = zone[p];
                if (z > 0) {
                    sink.add(z, CoverageSums.PX_UNIT, pixelMm2);
                } else if (z == ZoneMask.SPLIT) {
                    for (int i = first[p]; i < m.splitCount() && m.splitPixel(i) == p; i++) {
                        double f = m.splitFraction(i);
                        sink.add(m.splitZone(i), CoverageSums.splitUnits(f), CoverageSums.splitMm2(f, pixelMm2));
                    }
                }
            }
        };
    }

    /** The sums so far (the live accumulator, not a copy). */
    public CoverageSums sums() {
        return sums;
    }
}
