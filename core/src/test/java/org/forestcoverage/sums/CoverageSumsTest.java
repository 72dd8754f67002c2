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

    @Test
    void filledAndRemovedLayersCountOnlyFlaggedPixelsAndTransferMovesExactly() {
        // classes forest, forest, non-forest, water, forest over zones 1, 1, 2, 2, 0; pixels 1 and 3 filled
        byte[] classes = {2, 2, 1, 3, 2};
        ZoneMask m = ZoneMask.whole(5, 1, new short[] {1, 1, 2, 2, 0});
        CoverageSums s = CoverageSums.empty(1, 2);
        s.addTile(0, m, classes, area(5), 0);
        s.addFilled(0, m, classes, new byte[] {0, 1, 0, 2, 0}, area(5), 0);
        s.addRemoved(0, m, new byte[] {1, 0, 0, 0, 0}, area(5), 0);
        assertEquals(CoverageSums.PX_UNIT, s.px(0, 1, CoverageSums.FILLED, LandClass.FOREST));
        assertEquals(900_000_000L, s.mm2(0, 2, CoverageSums.FILLED, LandClass.WATER));
        assertEquals(0, s.mm2(0, 2, CoverageSums.FILLED, LandClass.NON_FOREST));
        assertEquals(0, s.px(0, 1, CoverageSums.FILLED, LandClass.UNOBSERVED));
        assertEquals(900_000_000L, s.mm2(0, 1, CoverageSums.REMOVED, LandClass.FOREST));
        // the layers leave the map's classes alone
        assertEquals(2 * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.FOREST));

        s.transfer(0, 1, CoverageSums.ALL, LandClass.FOREST, LandClass.NON_FOREST, CoverageSums.PX_UNIT, 900_000_000L);
        assertEquals(CoverageSums.PX_UNIT, s.px(0, 1, LandClass.FOREST));
        assertEquals(900_000_000L, s.mm2(0, 1, LandClass.NON_FOREST));
    }

    /** Issue 14: each rule layer has two layers of its own, kept through bytes; sums of other layouts never mix. */
    @Test
    void ruleLayersCountTheirPixelsByClassAndKeepTheirLayout() {
        byte[] classes = {2, 1, 1, 3, 1};
        ZoneMask m = ZoneMask.whole(5, 1, new short[] {1, 1, 2, 2, 0});
        CoverageSums s = CoverageSums.empty(1, 2, 2);
        s.addTile(0, m, classes, area(5), 0);
        s.addFlagged(0, CoverageSums.rule(1), m, classes, new byte[] {1, 1, 0, 1, 1}, area(5), 0);
        s.addFlagged(0, CoverageSums.ruleFilled(1), m, classes, new byte[] {0, 1, 0, 0, 0}, area(5), 0);
        assertEquals(2, s.rules());
        assertEquals(900_000_000L, s.mm2(0, 1, CoverageSums.rule(1), LandClass.FOREST));
        assertEquals(900_000_000L, s.mm2(0, 1, CoverageSums.rule(1), LandClass.NON_FOREST));
        assertEquals(900_000_000L, s.mm2(0, 2, CoverageSums.rule(1), LandClass.WATER));
        assertEquals(900_000_000L, s.mm2(0, 1, CoverageSums.ruleFilled(1), LandClass.NON_FOREST));
        assertEquals(0, s.mm2(0, 1, CoverageSums.rule(0), LandClass.NON_FOREST));
        assertEquals(CoverageSums.FILLED, CoverageSums.flagLayer(0));
        assertEquals(CoverageSums.rule(0), CoverageSums.flagLayer(1));
        assertEquals(CoverageSums.ruleFilled(1), CoverageSums.flagLayer(4));

        assertEquals(s, CoverageSums.fromBytes(s.toBytes()));
        assertEquals(2, CoverageSums.fromBytes(s.toBytes()).rules());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> s.copy().merge(CoverageSums.empty(1, 2, 1)));
    }

    @Test
    void sharesOfAPixelAreWhatTheSumsAddForIt() {
        // a 3 x 1 tile: zone 1 whole, a pixel split 1/3 : 2/3 between zones 1 and 2, a pixel outside
        GridSpec g = new GridSpec("", 0, 30, 30, 30, 3, 1);
        ZoneMask m = ZoneMask.of(3, 1, new short[] {1, ZoneMask.SPLIT, 0}, new int[] {1, 1}, new short[] {1, 2},
                new double[] {1.0 / 3, 2.0 / 3});
        org.forestcoverage.zones.Zoner zoner = new org.forestcoverage.zones.Zoner() {
            @Override
            public GridSpec grid() {
                return g;
            }

            @Override
            public ZoneMask zones(org.forestcoverage.grid.PixelWindow w) {
                return m;
            }
        };
        PixelArea a = PixelArea.projected(g, 1);
        DistrictTally t = new DistrictTally(zoner, a, 1, 2);
        org.forestcoverage.grid.PixelWindow w = g.window();
        t.add(0, w, new byte[] {2, 2, 2});
        org.forestcoverage.patch.PixelShares sh = t.shares(w);
        assertEquals(true, sh.inArea(0));
        assertEquals(true, sh.inArea(1));
        assertEquals(false, sh.inArea(2));
        long[] px = new long[3];
        long[] mm2 = new long[3];
        for (int p = 0; p < 2; p++) {
            sh.shares(p, a.rowAreaMm2(0), (z, u, m2) -> {
                px[z] += u;
                mm2[z] += m2;
            });
        }
        for (int z = 1; z <= 2; z++) {
            assertEquals(t.sums().px(0, z, LandClass.FOREST), px[z], "units of zone " + z);
            assertEquals(t.sums().mm2(0, z, LandClass.FOREST), mm2[z], "mm2 of zone " + z);
        }
        // 900 m2 + a third of 900 m2, rounded to mm2: 1,200,000,000
        assertEquals(1_200_000_000L, mm2[1]);
    }
}
