package org.forestcoverage.sums;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.forestcoverage.coverage.PixelArea;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.zones.ZoneMask;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CoverageSumsTest {
    /** One row of 900 m2 pixels. */
    private static PixelArea area(int width) {
        return PixelArea.projected(new GridSpec("", 0, 30, 30, 30, width, 1), 1);
    }

    private static CoverageSums tile(byte[] classes, short[] zones) {
        CoverageSums s = CoverageSums.empty(1, 2);
        s.addTile(0, ZoneMask.whole(classes.length, 1, zones), classes, area(classes.length), 0);
        return s;
    }

    @Test
    void countsAndAreasPerZoneAndClass() {
        CoverageSums s = tile(new byte[] {2, 2, 1, 0, 2}, new short[] {1, 1, 1, 2, 0});
        assertEquals(2 * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.FOREST));
        assertEquals(1 * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.NON_FOREST));
        assertEquals(1 * CoverageSums.PX_UNIT, s.px(0, 2, LandClass.UNOBSERVED));
        assertEquals(1 * CoverageSums.PX_UNIT, s.px(0, 0, LandClass.FOREST));
        assertEquals(1_800_000_000L, s.mm2(0, 1, LandClass.FOREST));
    }

    @Test
    void emptyIsIdentityAndMergeIsAssociativeAndCommutative() {
        CoverageSums a = tile(new byte[] {2, 1}, new short[] {1, 2});
        CoverageSums b = tile(new byte[] {0, 2}, new short[] {2, 2});
        CoverageSums c = tile(new byte[] {1, 1}, new short[] {1, 0});
        assertEquals(a, a.copy().merge(CoverageSums.empty(1, 2)));
        assertEquals(a.copy().merge(b).merge(c), a.copy().merge(b.copy().merge(c)));
        assertEquals(a.copy().merge(b), b.copy().merge(a));
        assertNotEquals(a, b);
    }

    @Test
    void splitPixelsAddTheirFractions() {
        CoverageSums s = CoverageSums.empty(1, 2);
        ZoneMask m = ZoneMask.of(1, 1, new short[] {ZoneMask.SPLIT}, new int[] {0, 0}, new short[] {1, 2},
                new double[] {0.25, 0.75});
        s.addTile(0, m, new byte[] {2}, area(1), 0);
        assertEquals(CoverageSums.PX_UNIT / 4, s.px(0, 1, LandClass.FOREST));
        assertEquals(225_000_000L, s.mm2(0, 1, LandClass.FOREST));
        assertEquals(675_000_000L, s.mm2(0, 2, LandClass.FOREST));
    }
}
