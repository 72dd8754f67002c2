package org.forestcoverage.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.kernel.LandClass;
import org.junit.jupiter.api.Test;

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

    @Test
    void pass1CountsTheStrataAndPass2DrawsEveryPixelOfAStratumWhenAskedForAll() {
        StratumScan scan = new StratumScan(List.of(), false);
        scan.count(W, CLASSES, null);
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
        scan.count(W, CLASSES, ZONES);
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
    void selectingWithoutADesignIsRefused() {
        StratumScan scan = new StratumScan(List.of(), false);
        assertThrows(IllegalStateException.class, () -> scan.select(W, CLASSES, null));
    }
}
