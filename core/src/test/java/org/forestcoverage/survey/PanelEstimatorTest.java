package org.forestcoverage.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The panel change estimator on a hand-computed case: two years, two strata as drawn (A 3 km2, B 7 km2: W = 0.3,
 * 0.7), six plots each. Labels (2020, 2021): A: (1,1) (1,1) (1,0) (1,1) (0,0) (1,1); B: (0,0) (0,1) (0,0) (0,0) (1,1)
 * (0,0).
 */
class PanelEstimatorTest {

    static final double[] Y2020 = {1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
    static final double[] Y2021 = {1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0};

    private static DesignSample sample() {
        return DesignSample.stratified(List.of(new Stratum("A", 3e6), new Stratum("B", 7e6)),
                new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, null);
    }

    private static Map<String, boolean[]> city() {
        boolean[] all = new boolean[12];
        java.util.Arrays.fill(all, true);
        return Map.of("ALL", all);
    }

    @Test
    void handComputedChangeAndItsStandardError() {
        PanelResult r = PanelEstimator.estimate(sample(), new int[] {2020, 2021}, new double[][] {Y2020, Y2021}, city(), 2);
        // 2020: 0.3 * 5/6 + 0.7 * 1/6 = 0.366667; s^2 = 1/6 in both strata; V = 0.58 / 36 = 0.0161111 (SE 12.6930 pp)
        Estimate c1 = r.coverage("ALL", 2020).orElseThrow().coverage();
        assertEquals(36.6667, c1.value(), 1e-4);
        assertEquals(12.6930, c1.se(), 1e-4);
        // 2021: 0.3 * 4/6 + 0.7 * 2/6 = 0.433333; s^2 = 6/5 * (4/6)(2/6) = 0.266667 in both; V = 0.58 * 0.266667 / 6
        // = 0.0257778 (SE 16.0555 pp)
        Estimate c2 = r.coverage("ALL", 2021).orElseThrow().coverage();
        assertEquals(43.3333, c2.value(), 1e-4);
        assertEquals(16.0555, c2.se(), 1e-4);
        // change: d = (0, 0, -1, 0, 0, 0 | 0, 1, 0, 0, 0, 0): 0.3 * (-1/6) + 0.7 * (1/6) = 0.066667;
        // s^2_d = (1 - 6/36) / 5 = 1/6 in both strata: V = 0.58 / 36 = 0.0161111, SE 12.6930 pp.
        CoverageChange ch = r.change("ALL", 2020, 2021).orElseThrow();
        assertEquals(6.6667, ch.change().value(), 1e-4);
        assertEquals(12.6930, ch.change().se(), 1e-4);
        // the covariance is counted: sqrt(0.0161111 + 0.0257778) = 0.204667 if the years were independent
        assertEquals(20.4667, ch.seIfIndependentPp(), 1e-4);
        assertTrue(ch.change().se() < ch.seIfIndependentPp());
        // Cov = (0.0418889 - 0.0161111) / 2 = 0.0128889 = 128.889 pp^2
        assertEquals(128.889, ch.covariancePp2(), 1e-3);
        assertEquals(c2.value() - c1.value(), ch.change().value(), 1e-9);
        assertEquals(false, ch.significant());
    }

    @Test
    void stablePlotsMakeTheChangeFarMorePreciseThanTheYears() {
        // every plot stable except plot 8 (B, 0 -> 1): change = 0.7 * 1/6 = 0.116667; s^2_d(A) = 0,
        // s^2_d(B) = 1/6: V = 0.49 / 36 = 0.0136111, SE 11.6667 pp; years: V(2020) = 0.0161111, V(2021) = 0.3^2 *
        // (1/6)/6 + 0.7^2 * 0.266667 / 6 = 0.0025 + 0.0217778 = 0.0242778; independent SE = sqrt(0.0403889) = 20.0970 pp
        double[] y2021 = Y2020.clone();
        y2021[7] = 1;
        PanelResult r = PanelEstimator.estimate(sample(), new int[] {2020, 2021}, new double[][] {Y2020, y2021}, city(), 2);
        CoverageChange ch = r.change("ALL", 2020, 2021).orElseThrow();
        assertEquals(11.6667, ch.change().value(), 1e-4);
        assertEquals(11.6667, ch.change().se(), 1e-4);
        assertEquals(20.0970, ch.seIfIndependentPp(), 1e-4);
    }

    @Test
    void aDomainIsARatioOverItsPlots() {
        // domain D = plots 1, 2, 3 (A) and 7, 8 (B). 2020: y = 1, 1, 1 | 0, 0; A: ybar = 3/6, xbar = 3/6;
        // B: ybar = 0, xbar = 2/6. R = (3e6 * 0.5) / (3e6 * 0.5 + 7e6 * 1/3) = 1.5 / 3.833333 = 0.391304
        boolean[] d = new boolean[12];
        for (int u : new int[] {0, 1, 2, 6, 7}) {
            d[u] = true;
        }
        Map<String, boolean[]> domains = new LinkedHashMap<>(city());
        domains.put("D", d);
        PanelResult r = PanelEstimator.estimate(sample(), new int[] {2020, 2021}, new double[][] {Y2020, Y2021},
                domains, 5);
        assertEquals(39.1304, r.coverage("D", 2020).orElseThrow().coverage().value(), 1e-4);
        // 2021: y = 1, 1, 0 | 0, 1: (3e6 * 2/6 + 7e6 * 1/6) / 3.833333e6 = 2.166667 / 3.833333 = 0.565217
        assertEquals(56.5217, r.coverage("D", 2021).orElseThrow().coverage().value(), 1e-4);
        assertEquals(56.5217 - 39.1304, r.change("D", 2020, 2021).orElseThrow().change().value(), 1e-4);
        // six plots needed: D has five
        PanelResult strict = PanelEstimator.estimate(sample(), new int[] {2020, 2021}, new double[][] {Y2020, Y2021},
                domains, 6);
        assertTrue(strict.coverage("D", 2020).isEmpty());
        assertTrue(strict.notEstimated().contains("D 2020: 5 labelled plots, fewer than 6"), strict.notEstimated().toString());
    }

    @Test
    void plotsNotRemeasuredAreLeftOutOfTheChange() {
        double[] y2021 = Y2021.clone();
        y2021[2] = Double.NaN;   // the only loss is not re-measured
        PanelResult r = PanelEstimator.estimate(sample(), new int[] {2020, 2021}, new double[][] {Y2020, y2021}, city(), 2);
        CoverageChange ch = r.change("ALL", 2020, 2021).orElseThrow();
        // A: 5 plots, no change; B: 1/6 -> 0.7 / 6 = 0.116667
        assertEquals(11.6667, ch.change().value(), 1e-4);
        assertEquals(11, ch.change().units());
    }
}
