package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StratifiedEstimatorTest {

    /** 30 m pixels. */
    private static final double PIXEL_M2 = 900;

    /** Olofsson et al. 2014, worked example (section 5, tables 8-9), as listed in DESIGN.md section 4. */
    private static ErrorMatrix olofssonMatrix() {
        return ErrorMatrix.of(List.of("Deforestation", "Gain", "Stable forest", "Stable non-forest"), new long[][] {
                {66, 0, 5, 4},
                {0, 55, 8, 12},
                {1, 0, 153, 11},
                {2, 1, 9, 313}});
    }

    private static double[] olofssonMappedAreaM2() {
        return new double[] {200_000 * PIXEL_M2, 150_000 * PIXEL_M2, 3_200_000 * PIXEL_M2, 6_450_000 * PIXEL_M2};
    }

    @Test
    void olofssonGoldenCaseOverallAccuracy() {
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        assertEquals(0.9465, a.overallAccuracy(), 0.00005);
        assertEquals(0.0185, a.overallCiHalfWidth(), 0.00005);
    }

    @Test
    void olofssonGoldenCaseUsersAndProducersAccuracy() {
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        double[] users = {0.880, 0.733, 0.927, 0.963};
        double[] producers = {0.749, 0.847, 0.935, 0.962};
        for (int i = 0; i < 4; i++) {
            assertEquals(users[i], a.classAccuracy(i).usersAccuracy(), 0.0005, "user's accuracy of class " + i);
            assertEquals(producers[i], a.classAccuracy(i).producersAccuracy(), 0.0005, "producer's accuracy of " + i);
        }
    }

    @Test
    void olofssonGoldenCaseErrorAdjustedAreas() {
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        double[] areaHa = {21_158, 11_686, 285_770, 581_386};
        double[] halfWidthHa = {6_158, 3_756, 15_510, 16_282};
        for (int j = 0; j < 4; j++) {
            AreaEstimate e = a.area(j);
            assertEquals(areaHa[j], e.adjustedAreaHa(), 0.5, "adjusted area of class " + j);
            assertEquals(halfWidthHa[j], e.ciHalfWidthHa(), 0.01 * halfWidthHa[j], "CI half-width of class " + j);
        }
        assertEquals(18_000, a.area(0).mappedAreaHa(), 1e-6);
        assertEquals(900_000 * 10_000.0, a.totalAreaM2(), 1e-3);
    }

    @Test
    void olofssonGoldenCaseProducersStandardErrorOfDeforestation() {
        // Olofsson 2014 reports producer's accuracy of deforestation as 0.75 +/- 0.21 (95 % CI).
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        assertEquals(0.21, a.classAccuracy(0).producersCiHalfWidth(), 0.005);
    }

    @Test
    void usersStandardErrorOfDeforestationFollowsBinomialFormula() {
        // U = 66/75 = 0.88, SE = sqrt(0.88 * 0.12 / 74)
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        assertEquals(Math.sqrt(0.88 * 0.12 / 74), a.classAccuracy(0).usersSe(), 1e-12);
    }

    @Test
    void areaProportionsAddUpToOneAndAdjustedAreasToTotal() {
        AccuracyAssessment a = StratifiedEstimator.assess(olofssonMatrix(), olofssonMappedAreaM2());
        double sumArea = 0;
        for (AreaEstimate e : a.areas()) {
            sumArea += e.adjustedAreaM2();
        }
        assertEquals(a.totalAreaM2(), sumArea, 1e-3);
        // p_11 = W_1 n_11 / n_1. = 0.02 * 66 / 75
        assertEquals(0.02 * 66 / 75, a.proportion(0, 0), 1e-15);
    }

    @Test
    void twoClassForestCoverageWithStandardError() {
        // W = 0.4, 0.6; n_1. = 45, n_2. = 55
        // p_.forest = 0.4 * 40/45 + 0.6 * 3/55 = 0.3882828...
        // SE = sqrt(0.16 * (40/45)(5/45) / 44 + 0.36 * (3/55)(52/55) / 54) = 0.0265131...
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
        AccuracyAssessment a = StratifiedEstimator.assess(m, new double[] {400, 600});
        CoverageEstimate c = a.forestCoverage(m.indexOf("forest"));
        assertEquals(38.82828, c.coveragePercent(), 1e-5);
        assertEquals(2.65131, c.sePp(), 1e-5);
        assertEquals(1.96 * 2.65131, c.ciHalfWidthPp(), 1e-4);
    }

    @Test
    void kappaOfTwoByTwoMatrix() {
        // p_o = 0.92, p_e = (45 * 43 + 55 * 57) / 100^2 = 0.507, kappa = 0.413 / 0.493
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
        assertEquals(0.413 / 0.493, StratifiedEstimator.assess(m, new double[] {1, 1}).kappa(), 1e-12);
    }

    @Test
    void stratumWithOneSampleIsRejectedByName() {
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{1, 0}, {3, 52}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StratifiedEstimator.assess(m, new double[] {400, 600}));
        assertTrue(e.getMessage().contains("'forest' has 1 samples"), e.getMessage());
    }

    @Test
    void negativeMappedAreaIsRejectedByName() {
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StratifiedEstimator.assess(m, new double[] {-4, 600}));
        assertTrue(e.getMessage().contains("'forest' is -4.0"), e.getMessage());
    }

    @Test
    void wrongNumberOfMappedAreasIsRejected() {
        ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
        assertThrows(IllegalArgumentException.class, () -> StratifiedEstimator.assess(m, new double[] {1, 2, 3}));
    }

    @Test
    void emptyStratumWithoutAreaContributesNothing() {
        // "water" is neither mapped nor sampled: the two-class answer must be unchanged.
        ErrorMatrix m3 = ErrorMatrix.of(List.of("forest", "non-forest", "water"),
                new long[][] {{40, 5, 0}, {3, 52, 0}, {0, 0, 0}});
        AccuracyAssessment a = StratifiedEstimator.assess(m3, new double[] {400, 600, 0});
        assertEquals(38.82828, a.forestCoverage(0).coveragePercent(), 1e-5);
        assertTrue(Double.isNaN(a.classAccuracy(2).usersAccuracy()));
    }
}
