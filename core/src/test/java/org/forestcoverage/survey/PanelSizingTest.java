package org.forestcoverage.survey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PanelSizingTest {

    @Test
    void oneStratumByHand() {
        // gain 2 %, no loss: S^2 = 0.02 - 0.02^2 = 0.0196. Power 0.5 (z = 0), alpha 0.05 (z = 1.959964):
        // n = 3.841459 * 0.0196 / 0.01^2 = 752.93 -> 753
        double[] w = {1};
        double[] s = {PanelSizing.changeSd(0.02, 0)};
        assertEquals(0.14, s[0], 1e-12);
        assertEquals(753, PanelSizing.requiredPlots(w, s, new double[] {1}, 1, 0.05, 0.5));
    }

    @Test
    void allocationsByHand() {
        // W = (0.4, 0.6), S = (0.1, 0.2), Delta = 1 pp, z^2 = 3.841459 (alpha 0.05, power 0.5)
        double[] w = {0.4, 0.6};
        double[] s = {0.1, 0.2};
        // Neyman: (0.04 + 0.12)^2 = 0.0256 -> 983.41 -> 984; shares 0.25, 0.75
        assertArrayEquals(new double[] {0.25, 0.75}, PanelSizing.neymanShares(w, s), 1e-12);
        assertEquals(984, PanelSizing.requiredPlots(w, s, PanelSizing.neymanShares(w, s), 1, 0.05, 0.5));
        // proportional: 0.4 * 0.01 + 0.6 * 0.04 = 0.028 -> 1075.61 -> 1076
        assertEquals(1076, PanelSizing.requiredPlots(w, s, w, 1, 0.05, 0.5));
        // equal: 2 * (0.16 * 0.01 + 0.36 * 0.04) = 0.032 -> 1229.27 -> 1230
        assertEquals(1230, PanelSizing.requiredPlots(w, s, new double[] {0.5, 0.5}, 1, 0.05, 0.5));
    }

    @Test
    void detectingATenthOfAPointNeedsTensOfThousandsOfPlots() {
        // Beijing-like: forest 45 % losing 0.5 %, non-forest 55 % gaining 1 %, 0.1 pp at alpha 0.05, power 0.8:
        // (1.959964 + 0.841621)^2 = 7.848879; S = 0.070534, 0.099499; (0.45 * 0.070534 + 0.55 * 0.099499)^2
        // = 0.0074762; n = 7.848879 * 0.0074762 / 1e-6 = 58,680
        double[] w = {0.45, 0.55};
        double[] s = {PanelSizing.changeSd(0, 0.005), PanelSizing.changeSd(0.01, 0)};
        assertEquals(58_680, PanelSizing.requiredPlots(w, s, PanelSizing.neymanShares(w, s), 0.1, 0.05, 0.8), 1);
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PanelSizing.changeSd(0.6, 0.6));
        assertThrows(IllegalArgumentException.class,
                () -> PanelSizing.requiredPlots(new double[] {1}, new double[] {0.1}, new double[] {1}, 0, 0.05, 0.8));
        assertThrows(IllegalArgumentException.class,
                () -> PanelSizing.requiredPlots(new double[] {1}, new double[] {0.1}, new double[] {0}, 1, 0.05, 0.8));
    }
}
