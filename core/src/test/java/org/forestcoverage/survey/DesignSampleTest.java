package org.forestcoverage.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.qa.AccuracyAssessment;
import org.forestcoverage.qa.ErrorMatrix;
import org.forestcoverage.qa.StratifiedEstimator;
import org.junit.jupiter.api.Test;

class DesignSampleTest {

    /** Two strata of 3 km2 and 7 km2 (W = 0.3, 0.7), six plots each. */
    private static DesignSample twoStrata(String[] clusters) {
        return DesignSample.stratified(List.of(new Stratum("A", 3e6), new Stratum("B", 7e6)),
                new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, clusters);
    }

    @Test
    void stratifiedShareByHand() {
        // forest in A: 5 of 6, in B: 1 of 6. p = 0.3 * 5/6 + 0.7 * 1/6 = 0.25 + 0.116667 = 0.366667.
        // s^2 in A = 6/5 * (5/6)(1/6) = 1/6, the same in B. V = (0.09 + 0.49) * (1/6) / 6 = 0.0161111, SE 0.126930.
        double[] y = {1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0};
        Estimate e = twoStrata(null).ratio(y, DesignSample.ones(12));
        assertEquals(0.366667, e.value(), 1e-6);
        assertEquals(0.126930, e.se(), 1e-6);
        assertEquals(12, e.units());
        assertEquals(12, e.clusters());
        // the total forest area: 3e6 * 5/6 + 7e6 * 1/6 = 3.666667e6 m2, SE = 1e7 * sqrt(0.58 / 36) = 1.2692955e6
        Estimate t = twoStrata(null).total(y);
        assertEquals(3.666667e6, t.value(), 1);
        assertEquals(1.2692955e6, t.se(), 1);
    }

    @Test
    void plotsWithoutAValueAreLeftOutAndTheWeightsFollow() {
        // B's first plot has no value: B's weight becomes 7e6 / 5 per plot; p = 0.3 * 5/6 + 0.7 * 1/5 = 0.39
        double[] y = {1, 1, 1, 1, 0, 1, Double.NaN, 0, 0, 0, 1, 0};
        Estimate e = twoStrata(null).ratio(y, DesignSample.ones(12));
        assertEquals(0.39, e.value(), 1e-12);
        assertEquals(11, e.units());
    }

    @Test
    void clusterRatioByHandIsCochranEquation613() {
        // one stratum, six plots in three clusters a, b, c; correct = (1, 1), (1, 0), (0, 0): R = 3/6 = 0.5.
        // Cochran 1977 eq. 6.13 (no fpc): v = sum_c (y_c - R x_c)^2 / ((m - 1) m xbar^2), y_c = 2, 1, 0, x_c = 2:
        // (1 + 0 + 1) / (2 * 3 * 4) = 1/12, SE = 0.288675. As six independent plots: 6/5 * 6 * 0.25 / 36 = 0.05,
        // SE 0.223607.
        double[] y = {1, 1, 1, 0, 0, 0};
        Estimate clustered = DesignSample.unweighted(6, new String[] {"a", "a", "b", "b", "c", "c"})
                .ratio(y, DesignSample.ones(6));
        assertEquals(0.5, clustered.value(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 12), clustered.se(), 1e-12);
        assertEquals(3, clustered.clusters());
        Estimate plots = DesignSample.unweighted(6, null).ratio(y, DesignSample.ones(6));
        assertEquals(Math.sqrt(0.05), plots.se(), 1e-12);
    }

    @Test
    void clustersAcrossStrataFallBackToClustersWithoutStrata() {
        String[] clusters = {"a", "a", "b", "b", "c", "c", "c", "d", "d", "e", "e", "f"};
        Estimate e = twoStrata(clusters).ratio(new double[] {1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0},
                DesignSample.ones(12));
        assertTrue(e.clustersAcrossStrata());
        assertEquals(6, e.clusters());
        String[] nested = {"a", "a", "b", "b", "c", "c", "d", "d", "e", "e", "f", "f"};
        assertFalse(twoStrata(nested).ratio(new double[12], DesignSample.ones(12)).clustersAcrossStrata());
    }

    /**
     * With strata = map classes, the design-based estimator must give Olofsson's figures: the worked example of
     * Olofsson et al. 2014 (DESIGN.md section 4) as individual plots.
     */
    @Test
    void agreesWithOlofssonWhenStrataAreTheMapClasses() {
        long[][] counts = {{66, 0, 5, 4}, {0, 55, 8, 12}, {1, 0, 153, 11}, {2, 1, 9, 313}};
        double[] pixels = {200_000, 150_000, 3_200_000, 6_450_000};
        List<Stratum> strata = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            strata.add(new Stratum("map" + i, pixels[i] * 900));
        }
        List<int[]> plots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < counts[i][j]; k++) {
                    plots.add(new int[] {i, j});
                }
            }
        }
        int n = plots.size();
        int[] stratum = new int[n];
        for (int u = 0; u < n; u++) {
            stratum[u] = plots.get(u)[0];
        }
        DesignSample s = DesignSample.stratified(strata, stratum, null);
        AccuracyAssessment o = StratifiedEstimator.assess(ErrorMatrix.of(List.of("a", "b", "c", "d"), counts),
                new double[] {pixels[0] * 900, pixels[1] * 900, pixels[2] * 900, pixels[3] * 900});
        double[] correct = new double[n];
        for (int u = 0; u < n; u++) {
            correct[u] = plots.get(u)[0] == plots.get(u)[1] ? 1 : 0;
        }
        Estimate oa = s.ratio(correct, DesignSample.ones(n));
        assertEquals(o.overallAccuracy(), oa.value(), 1e-12);
        assertEquals(o.overallSe(), oa.se(), 1e-12);
        for (int j = 0; j < 4; j++) {
            double[] ref = new double[n];
            double[] mapped = new double[n];
            double[] both = new double[n];
            for (int u = 0; u < n; u++) {
                ref[u] = plots.get(u)[1] == j ? 1 : 0;
                mapped[u] = plots.get(u)[0] == j ? 1 : 0;
                both[u] = ref[u] * mapped[u];
            }
            Estimate share = s.ratio(ref, DesignSample.ones(n));
            assertEquals(o.referenceProportion(j), share.value(), 1e-12, "p.j of " + j);
            assertEquals(o.referenceProportionSe(j), share.se(), 1e-12, "SE(p.j) of " + j);
            Estimate users = s.ratio(both, mapped);
            assertEquals(o.classAccuracy(j).usersAccuracy(), users.value(), 1e-12, "user's of " + j);
            assertEquals(o.classAccuracy(j).usersSe(), users.se(), 1e-12, "SE user's of " + j);
            Estimate producers = s.ratio(both, ref);
            assertEquals(o.classAccuracy(j).producersAccuracy(), producers.value(), 1e-12, "producer's of " + j);
            assertEquals(o.classAccuracy(j).producersSe(), producers.se(), 1e-12, "SE producer's of " + j);
        }
    }

    @Test
    void aStratumWithoutPlotsOrWithOnePlotIsNotEstimable() {
        DesignSample s = DesignSample.stratified(List.of(new Stratum("A", 1), new Stratum("B", 1)),
                new int[] {0, 0, 1}, null);
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> s.ratio(new double[] {1, 0, 1}, DesignSample.ones(3)));
        assertTrue(one.getMessage().contains("1 plot in stratum 'B'"), one.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> s.ratio(new double[] {1, 0, Double.NaN}, DesignSample.ones(3)));
        assertTrue(none.getMessage().contains("stratum 'B' has no plot with a value"), none.getMessage());
        // a stratum of no area may hold a single plot: it weighs nothing
        DesignSample empty = DesignSample.stratified(List.of(new Stratum("A", 1), new Stratum("B", 0)),
                new int[] {0, 0, 1}, null);
        assertEquals(0.5, empty.ratio(new double[] {1, 0, 1}, DesignSample.ones(3)).value(), 1e-12);
    }

    @Test
    void weightedSampleUsesInverseInclusionProbabilities() {
        // weights 1, 1, 3, 3 (pi = 1, 1, 1/3, 1/3); y = 1, 0, 1, 0: R = (1 + 3) / 8 = 0.5. d = 0.5, -0.5, 0.5, -0.5,
        // z = w d = 0.5, -0.5, 1.5, -1.5 (mean 0): V = 4/3 * (0.25 + 0.25 + 2.25 + 2.25) = 20/3; SE = sqrt(20/3) / 8.
        Estimate e = DesignSample.weighted(new double[] {1, 1, 3, 3}, null).ratio(new double[] {1, 0, 1, 0},
                DesignSample.ones(4));
        assertEquals(0.5, e.value(), 1e-12);
        assertEquals(Math.sqrt(20.0 / 3) / 8, e.se(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> DesignSample.weighted(new double[] {1, 0}, null));
    }
}
