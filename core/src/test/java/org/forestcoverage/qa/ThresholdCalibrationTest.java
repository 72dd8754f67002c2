package org.forestcoverage.qa;

import org.junit.jupiter.api.Tag;
import static org.forestcoverage.qa.ForestLabel.FOREST;
import static org.forestcoverage.qa.ForestLabel.NON_FOREST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ThresholdCalibrationTest {

    /*
     * Hand-computed sweep 0.30..0.60 by 0.10 (forest iff NDVI >= t), observed plots P1..P7, P8 unobserved:
     *  t     TP FP FN TN   OA    U     P     |U-P|  F1
     *  0.30  4  2  0  1    5/7   4/6   1     1/3    8/10
     *  0.40  4  1  0  2    6/7   4/5   1     1/5    8/9
     *  0.50  3  1  1  2    5/7   3/4   3/4   0      6/8
     *  0.60  3  0  1  3    6/7   1     3/4   1/4    6/7
     */
    private static List<NdviPlot> plots() {
        return List.of(new NdviPlot("P1", 0.20, NON_FOREST), new NdviPlot("P2", 0.35, NON_FOREST),
                new NdviPlot("P3", 0.45, FOREST), new NdviPlot("P4", 0.50, NON_FOREST),
                new NdviPlot("P5", 0.60, FOREST), new NdviPlot("P6", 0.70, FOREST),
                new NdviPlot("P7", 0.80, FOREST), new NdviPlot("P8", Double.NaN, FOREST));
    }

    private static CalibrationResult sweep(CalibrationCriterion c) {
        return ThresholdCalibration.sweep(plots(), new BigDecimal("0.30"), new BigDecimal("0.60"),
                new BigDecimal("0.10"), c);
    }

    @Test
    void rowsMatchHandComputedCounts() {
        List<ThresholdRow> rows = sweep(CalibrationCriterion.OVERALL_ACCURACY).rows();
        assertEquals(4, rows.size());
        assertEquals(List.of("0.30", 4, 2, 0, 1), counts(rows.get(0)));
        assertEquals(List.of("0.40", 4, 1, 0, 2), counts(rows.get(1)));
        assertEquals(List.of("0.50", 3, 1, 1, 2), counts(rows.get(2)));
        assertEquals(List.of("0.60", 3, 0, 1, 3), counts(rows.get(3)));
    }

    @Test
    void rowMeasuresMatchHandComputedValues() {
        ThresholdRow r = sweep(CalibrationCriterion.OVERALL_ACCURACY).rows().get(0);
        assertEquals(5.0 / 7, r.overallAccuracy(), 1e-15);
        assertEquals(4.0 / 6, r.forestUsersAccuracy(), 1e-15);
        assertEquals(1.0, r.forestProducersAccuracy(), 1e-15);
        assertEquals(0.8, r.forestF1(), 1e-15);
        // no map: no map-based coverage; the reference share of forest plots, 4/7, is the result's
        assertTrue(Double.isNaN(r.mappedCoveragePercent()));
        assertEquals(400.0 / 7, sweep(CalibrationCriterion.OVERALL_ACCURACY).referenceCoverage().value(), 1e-12);
        // equal weights: SE(OA) = sqrt(R (1 - R) / (n - 1)) = sqrt((5/7)(2/7) / 6)
        assertEquals(Math.sqrt(5.0 / 7 * 2 / 7 / 6), r.overall().se(), 1e-12);
    }

    @Test
    void overallAccuracyTieIsBrokenByBalance() {
        // 0.40 and 0.60 both reach 6/7; |U-P| is 1/5 against 1/4
        CalibrationResult r = sweep(CalibrationCriterion.OVERALL_ACCURACY);
        assertEquals(new BigDecimal("0.40"), r.recommended().threshold());
        assertEquals(CalibrationCriterion.OVERALL_ACCURACY, r.criterion());
        assertTrue(r.reason().contains("NDVI threshold 0.40"), r.reason());
    }

    @Test
    void balancedPicksEqualUsersAndProducers() {
        assertEquals(new BigDecimal("0.50"), sweep(CalibrationCriterion.BALANCED).recommended().threshold());
    }

    @Test
    void f1PicksHighestF1() {
        assertEquals(new BigDecimal("0.40"), sweep(CalibrationCriterion.F1).recommended().threshold());
    }

    @Test
    void thresholdEqualToNdviCountsAsForestWithoutDoubleDrift() {
        // 0.30 + 0.01 + ... (5 times) accumulated in double is 0.35000000000000003 and would map P2 (0.35) non-forest
        ThresholdRow at035 = ThresholdCalibration.sweep(plots(), new BigDecimal("0.30"), new BigDecimal("0.85"),
                new BigDecimal("0.01"), CalibrationCriterion.F1).rows().get(5);
        assertEquals(0, new BigDecimal("0.35").compareTo(at035.threshold()));
        assertEquals(List.of("0.35", 4, 2, 0, 1), counts(at035));
    }

    private static List<Object> counts(ThresholdRow r) {
        return List.of(r.threshold().toPlainString(), r.mapForestRefForest(), r.mapForestRefNonForest(),
                r.mapNonForestRefForest(), r.mapNonForestRefNonForest());
    }

    /**
     * The same plots drawn in two strata: A (area 1) holds P1-P3, B (area 3) P4-P7. At 0.40 A is all right, B 3 of 4:
     * OA = (1 * 1 + 3 * 0.75) / 4 = 0.8125; s^2 in B = 0.25, V = 3^2 * 0.25 / 4 / 4^2 = 0.03515625, SE 0.1875. At 0.60
     * A has 2 of 3 (P3 omitted), B all 4: OA = (2/3 + 3) / 4 = 0.916667, the best; 0.30 and 0.50 give 0.729167.
     * Unweighted, 0.40 and 0.60 tie at 6/7 and the balance rule picks 0.40.
     */
    @Test
    void designWeightsChangeTheAccuracyAndTheRecommendation() {
        List<NdviPlot> plots = new java.util.ArrayList<>();
        for (NdviPlot p : plots()) {
            int k = Integer.parseInt(p.plotId().substring(1));
            plots.add(new NdviPlot(p.plotId(), p.ndvi(), p.reference(), new PlotDesign(k <= 3 ? "A" : "B", "", Double.NaN)));
        }
        DrawnStrata drawn = new DrawnStrata("design.json", List.of(new org.forestcoverage.survey.Stratum("A", 1),
                new org.forestcoverage.survey.Stratum("B", 3)), false);
        CalibrationResult r = ThresholdCalibration.sweep(plots, new PlotWeighting(drawn, false, false), null,
                new BigDecimal("0.30"), new BigDecimal("0.60"), new BigDecimal("0.10"), CalibrationCriterion.OVERALL_ACCURACY);
        assertEquals(0.8125, r.rows().get(1).overallAccuracy(), 1e-12);
        assertEquals(0.1875, r.rows().get(1).overall().se(), 1e-12);
        assertEquals(0.916667, r.rows().get(3).overallAccuracy(), 1e-6);
        assertEquals(0.729167, r.rows().get(0).overallAccuracy(), 1e-6);
        assertEquals("0.60", r.recommended().threshold().toPlainString());
        // the best threshold is the last one swept: the optimum may lie beyond it
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("upper end of the sweep 0.30..0.60"), r.warnings().get(0));
        assertEquals("0.40", sweep(CalibrationCriterion.OVERALL_ACCURACY).recommended().threshold().toPlainString());
        assertTrue(sweep(CalibrationCriterion.OVERALL_ACCURACY).warnings().isEmpty());
    }

    @Test
    void theAreaCurveSharesTheMapByThreshold() {
        // row 0 (1 m2 pixels): 0.2, 0.3; row 1 (2 m2): NaN, 0.7. Observed 4 m2; >= 0.3: 1 + 2 = 3 m2; >= 0.5: 2 m2
        NdviAreaCurve curve = new NdviAreaCurve(new double[] {0.3, 0.5}, row -> row + 1);
        curve.add(new org.forestcoverage.grid.PixelWindow(0, 0, 2, 2), new double[] {0.2, 0.3, Double.NaN, 0.7});
        assertEquals(4, curve.observedM2(), 0);
        assertEquals(75, curve.coveragePercent(0), 1e-12);
        assertEquals(50, curve.coveragePercent(1), 1e-12);
    }

    @Test
    void unobservedPlotsAreReportedNotSilentlyDropped() {
        CalibrationResult r = sweep(CalibrationCriterion.F1);
        assertEquals(7, r.observedPlots());
        assertEquals(List.of("P8"), r.unobservedPlotIds());
        assertEquals(7, r.rows().get(0).plots());
        assertTrue(r.reason().contains("1 unobserved"), r.reason());
    }

    @Test
    void decimalSweepHasExactEndpoints() {
        CalibrationResult r = ThresholdCalibration.sweep(plots(), new BigDecimal("0.30"), new BigDecimal("0.85"),
                new BigDecimal("0.01"), CalibrationCriterion.F1);
        assertEquals(56, r.rows().size());
        assertEquals("0.85", r.rows().get(55).threshold().toPlainString());
        assertEquals("0.47", r.rows().get(17).threshold().toPlainString());
    }

    @Test
    void nonPositiveStepIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdCalibration.sweep(plots(), new BigDecimal("0.3"),
                new BigDecimal("0.6"), BigDecimal.ZERO, CalibrationCriterion.F1));
    }

    @Test
    void allPlotsUnobservedIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThresholdCalibration.sweep(List.of(new NdviPlot("A", Double.NaN, FOREST)),
                        new BigDecimal("0.3"), new BigDecimal("0.6"), new BigDecimal("0.1"), CalibrationCriterion.F1));
        assertTrue(e.getMessage().contains("none of the 1 plots"), e.getMessage());
    }

    @Test
    void ndviOutsideRangeNamesThePlot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NdviPlot("P9", 3750, FOREST));
        assertTrue(e.getMessage().contains("P9"), e.getMessage());
    }
}
