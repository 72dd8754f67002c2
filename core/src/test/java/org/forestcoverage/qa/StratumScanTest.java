package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.sums.DistrictTally;
import org.forestcoverage.zones.WholeGridZoner;
import org.forestcoverage.zones.ZoneMask;
import org.forestcoverage.zones.Zoner;
import org.forestcoverage.kernel.LandClass;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StratumScanTest {
    // 4 x 3: forest 4 px (3 in zone 1), non-forest 5 px, unobserved 2, water 1
    static final PixelWindow W = new PixelWindow(0, 0, 4, 3);
    static final short[] CLASSES = {
        2, 2, 1, 0,
        2, 1, 1, 3,
        0, 2, 1, 1};
    static final short[] ZONES = {
        1, 1, 2, 2,
        1, 1, 2, 2,
        0, 0, 2, 2};

    /** Pass 1 through the one accumulator: the literal zones (or the whole raster as zone 1) and 900 m2 pixels. */
    private static CoverageSums counted(short[] zones, int districts) {
        GridSpec grid = new GridSpec("", 0, 90, 30, 30, 4, 3);
        Zoner zoner = zones == null ? new WholeGridZoner(grid) : new Zoner() {
            @Override
            public GridSpec grid() {
                return grid;
            }

            @Override
            public ZoneMask zones(PixelWindow w) {
                return ZoneMask.whole(4, 3, zones);
            }
        };
        DistrictTally t = new DistrictTally(zoner, PixelArea.projected(grid, 1), 1, districts);
        byte[] classes = new byte[12];
        LandClass.fromMap(W, CLASSES, classes);
        t.add(0, W, classes);
        return t.sums();
    }

    @Test
    void pass1CountsTheStrataAndPass2DrawsEveryPixelOfAStratumWhenAskedForAll() {
        StratumScan scan = new StratumScan(List.of(), false);
        scan.countFrom(counted(null, 1), 0);
        assertEquals(List.of(new StratumSample(StratumKey.of(LandClass.FOREST), 4, 0),
                new StratumSample(StratumKey.of(LandClass.NON_FOREST), 5, 0)), scan.strata());
        SampleDesign d = SampleDesign.fixedPerStratum(scan.strata(), 4, 9);
        scan.startSelection(d);
        scan.select(W, CLASSES, null);
        scan.finishSelection();
        List<SampledPixel> s = scan.selected();
        assertEquals(8, s.size());
        for (SampledPixel p : s) {
            assertEquals(CLASSES[p.row() * 4 + p.col()], p.mapClass(), p.toString());
            assertEquals(p.mapClass(), p.stratum().mapClass());
        }
        assertEquals(4, s.stream().filter(p -> p.mapClass() == LandClass.FOREST).count());
    }

    @Test
    void byZoneStrataLeaveOutPixelsInNoZone() {
        StratumScan scan = new StratumScan(List.of("a", "b"), true);
        scan.countFrom(counted(ZONES, 2), 0);
        assertEquals(List.of(3L, 1L, 0L, 4L), scan.strata().stream().map(StratumSample::pixelCount).toList());
        scan.startSelection(SampleDesign.fixedPerStratum(scan.strata(), 10, 1));
        scan.select(W, CLASSES, ZONES);
        assertEquals(8, scan.selected().size());
        for (SampledPixel p : scan.selected()) {
            assertEquals(p.district(), p.stratum().zone());
            assertEquals(ZONES[p.row() * 4 + p.col()], p.district().equals("a") ? 1 : 2);
        }
    }

    @Test
    void fractionalCountsAreRefused() {
        // a pixel shared half and half cannot be drawn into one stratum
        GridSpec grid = new GridSpec("", 0, 30, 30, 30, 1, 1);
        Zoner half = new Zoner() {
            @Override
            public GridSpec grid() {
                return grid;
            }

            @Override
            public ZoneMask zones(PixelWindow w) {
                return ZoneMask.of(1, 1, new short[] {ZoneMask.SPLIT}, new int[] {0, 0}, new short[] {1, 2},
                        new double[] {0.5, 0.5});
            }
        };
        DistrictTally t = new DistrictTally(half, PixelArea.projected(grid, 1), 1, 2);
        t.add(0, new PixelWindow(0, 0, 1, 1), new byte[] {LandClass.FOREST});
        StratumScan scan = new StratumScan(List.of("a", "b"), true);
        assertThrows(IllegalArgumentException.class, () -> scan.countFrom(t.sums(), 0));
    }

    @Test
    void selectingWithoutADesignIsRefused() {
        StratumScan scan = new StratumScan(List.of(), false);
        assertThrows(IllegalStateException.class, () -> scan.select(W, CLASSES, null));
    }
}
