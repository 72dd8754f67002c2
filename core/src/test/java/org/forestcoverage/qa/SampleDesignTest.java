package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SampleDesignTest {

    private static List<StratumSample> strata() {
        return List.of(new StratumSample(StratumKey.of(1, "Yanqing"), 3_000, 0),
                new StratumSample(StratumKey.of(0, "Yanqing"), 7_000, 0),
                new StratumSample(StratumKey.of(1, "Dongcheng"), 40, 0));
    }

    @Test
    void eq13SampleSizeOnHandComputedCase() {
        // S = sqrt(0.8 * 0.2) = 0.4 and sqrt(0.9 * 0.1) = 0.3; sum W S = 0.3 * 0.4 + 0.7 * 0.3 = 0.33;
        // n = (0.33 / 0.01)^2 = 33^2 = 1089
        assertEquals(1089, SampleDesign.requiredSampleSize(new double[] {0.3, 0.7}, new double[] {0.8, 0.9}, 0.01));
    }

    @Test
    void eq13SampleSizeOfOlofssonExample() {
        // Olofsson 2014 section 5.1: U = 0.70, 0.60, 0.90, 0.95; W = 0.02, 0.015, 0.32, 0.645; S(O) = 0.01.
        // sum W S = 0.02*0.45826 + 0.015*0.48990 + 0.32*0.3 + 0.645*0.21794 = 0.25308; n = 25.308^2 = 640.5 -> 641
        assertEquals(641, SampleDesign.requiredSampleSize(new double[] {0.02, 0.015, 0.32, 0.645},
                new double[] {0.70, 0.60, 0.90, 0.95}, 0.01));
    }

    @Test
    void targetSeDesignAllocatesProportionallyWithMinimum() {
        // W = 0.3, 0.7 -> n = 1089 as above; proportional: 326.7 -> 327, 762.3 -> 762
        List<StratumSample> two = List.of(new StratumSample(StratumKey.of(1), 30_000, 0),
                new StratumSample(StratumKey.of(0), 70_000, 0));
        SampleDesign d = SampleDesign.forTargetOverallSe(two, Map.of(1, 0.8, 0, 0.9), 0.01,
                SampleDesign.Allocation.PROPORTIONAL, 400, 7L);
        assertEquals(400, d.strata().get(0).sampleSize());
        assertEquals(762, d.strata().get(1).sampleSize());
        SampleDesign noMinimum = SampleDesign.forTargetOverallSe(two, Map.of(1, 0.8, 0, 0.9), 0.01,
                SampleDesign.Allocation.PROPORTIONAL, 0, 7L);
        assertEquals(1089, noMinimum.totalSampleSize());
        assertEquals(327, noMinimum.strata().get(0).sampleSize());
    }

    @Test
    void equalAllocationIsCappedAtStratumSize() {
        SampleDesign d = SampleDesign.forTargetOverallSe(strata(), Map.of(1, 0.8, 0, 0.9), 0.01,
                SampleDesign.Allocation.EQUAL, 0, 7L);
        assertEquals(40, d.strata().get(2).sampleSize());
        assertEquals(d.strata().get(0).sampleSize(), d.strata().get(1).sampleSize());
    }

    @Test
    void missingAnticipatedAccuracyNamesTheClass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleDesign.forTargetOverallSe(strata(), Map.of(1, 0.8), 0.01,
                        SampleDesign.Allocation.PROPORTIONAL, 10, 7L));
        assertTrue(e.getMessage().contains("map class 0"), e.getMessage());
    }

    @Test
    void selectedRanksAreDistinctSortedAndInRange() {
        SampleDesign d = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        for (int s = 0; s < d.strata().size(); s++) {
            long[] r = d.selectedRanks(s);
            StratumSample h = d.strata().get(s);
            assertEquals(Math.min(50, h.pixelCount()), r.length);
            for (int i = 0; i < r.length; i++) {
                assertTrue(r[i] >= 0 && r[i] < h.pixelCount(), "rank " + r[i] + " of " + h.key());
                if (i > 0) {
                    assertTrue(r[i] > r[i - 1], "ranks not strictly increasing at " + i);
                }
            }
        }
    }

    @Test
    void wholeStratumIsSelectedWhenSampleSizeEqualsPixelCount() {
        SampleDesign d = SampleDesign.of(List.of(new StratumSample(StratumKey.of(1), 5, 5)), 1L);
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, d.selectedRanks(0));
    }

    @Test
    void sameSeedGivesSameSampleAndOtherSeedDiffers() {
        SampleDesign a = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        SampleDesign b = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        SampleDesign c = SampleDesign.fixedPerStratum(strata(), 50, 43L);
        assertArrayEquals(a.selectedRanks(0), b.selectedRanks(0));
        assertArrayEquals(a.selectedRanks(1), b.selectedRanks(1));
        assertFalse(Arrays.equals(a.selectedRanks(0), c.selectedRanks(0)));
    }

    @Test
    void stratumSampleDoesNotDependOnOtherStrataOrOrder() {
        SampleDesign all = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        SampleDesign reordered = SampleDesign.fixedPerStratum(List.of(strata().get(1), strata().get(0)), 50, 42L);
        StratumKey key = StratumKey.of(1, "Yanqing");
        assertArrayEquals(all.selectedRanks(all.indexOf(key)), reordered.selectedRanks(reordered.indexOf(key)));
    }

    @Test
    void cursorSelectsExactlyTheRanks() {
        SampleDesign d = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        SampleDesign.Cursor c = d.cursor();
        int s = 0;
        long[] expected = d.selectedRanks(s);
        long[] got = new long[expected.length];
        int n = 0;
        for (long r = 0; r < d.strata().get(s).pixelCount(); r++) {
            if (c.next(s)) {
                got[n++] = r;
            }
        }
        assertEquals(expected.length, n);
        assertArrayEquals(expected, got);
    }

    @Test
    void rankRangesOfTilesPartitionTheSample() {
        // three "tiles" holding 1000, 1500 and 500 pixels of stratum 0, in scan order
        SampleDesign d = SampleDesign.fixedPerStratum(strata(), 50, 42L);
        long[] t0 = d.selectedRanks(0, 0, 1000);
        long[] t1 = d.selectedRanks(0, 1000, 2500);
        long[] t2 = d.selectedRanks(0, 2500, 3000);
        assertEquals(50, t0.length + t1.length + t2.length);
        for (long r : t1) {
            assertTrue(r >= 1000 && r < 2500, "rank " + r);
        }
    }

    @Test
    void duplicateStratumIsRejected() {
        List<StratumSample> dup = List.of(new StratumSample(StratumKey.of(1), 10, 1),
                new StratumSample(StratumKey.of(1), 20, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleDesign.of(dup, 1L));
        assertTrue(e.getMessage().contains("class 1 is listed twice"), e.getMessage());
    }

    @Test
    void sampleLargerThanStratumIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StratumSample(StratumKey.of(1, "Miyun"), 10, 11));
        assertTrue(e.getMessage().contains("class 1 in Miyun: sample size 11"), e.getMessage());
    }
    /**
     * A panel to detect 1 pp at alpha 0.05 with power 0.5 (z^2 = 1.959964^2 = 3.841459), forest 3,900 px losing 1 %,
     * non-forest 5,900 px gaining 2 %: W = 0.397959, 0.602041; S = sqrt(0.01 * 0.99) = 0.0994987, sqrt(0.02 * 0.98)
     * = 0.14; sum W S = 0.0395964 + 0.0842857 = 0.1238821; n = 3.841459 * 0.0153468 / 1e-4 = 589.54 -> 590; Neyman
     * shares 0.319630, 0.680370: ceil(188.58) = 189, ceil(401.42) = 402. Expected SE: 100 sqrt(0.158371 * 0.0099 / 189
     * + 0.362453 * 0.0196 / 402) = 0.50958 pp.
     */
    @Test
    void panelDesignByHand() {
        List<StratumSample> strata = List.of(new StratumSample(StratumKey.of(org.forestcoverage.kernel.LandClass.FOREST), 3900, 0),
                new StratumSample(StratumKey.of(org.forestcoverage.kernel.LandClass.NON_FOREST), 5900, 0));
        SampleDesign d = SampleDesign.forPanelChange(strata, 0.02, 0.01, 1, 0.05, 0.5, SampleDesign.Allocation.NEYMAN,
                0, 1L);
        assertEquals(189, d.strata().get(0).sampleSize());
        assertEquals(402, d.strata().get(1).sampleSize());
        assertEquals(0.50958, d.expectedChangeSePp(0.02, 0.01), 1e-5);
        // proportional: n = 3.841459 * (0.397959 * 0.0099 + 0.602041 * 0.0196) / 1e-4 = 604.62 -> 605;
        // ceil(0.397959 * 605) = 241, ceil(0.602041 * 605) = 365
        SampleDesign p = SampleDesign.forPanelChange(strata, 0.02, 0.01, 1, 0.05, 0.5,
                SampleDesign.Allocation.PROPORTIONAL, 0, 1L);
        assertEquals(241, p.strata().get(0).sampleSize());
        assertEquals(365, p.strata().get(1).sampleSize());
    }
}
