package org.forestcoverage.qa;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.survey.DesignSample;
import org.forestcoverage.survey.Estimate;

/**
 * Sweeps the NDVI forest threshold over labelled plots and recommends one, with accuracies estimated as the plots
 * were drawn.
 *
 * <pre>{@code
 * CalibrationResult r = ThresholdCalibration.sweep(plots, weighting, curve, new BigDecimal("0.00"),
 *         new BigDecimal("0.95"), new BigDecimal("0.01"), CalibrationCriterion.OVERALL_ACCURACY);
 * BigDecimal t = r.recommended().threshold();
 * }</pre>
 *
 * <p>Thresholds are {@code from, from + step, ...} up to and including {@code to} (when it lies on the step),
 * computed exactly in decimal. A plot is mapped forest iff {@code ndvi >= threshold.doubleValue()} (the double
 * nearest the decimal). Plots with NaN NDVI are unobserved: they are listed in the result and left out of every row
 * (their strata's weights then rest on the observed plots). Accuracies are design-based ({@link DesignSample}: the
 * strata of {@code forest sample}, inclusion probabilities, or equal weights for a simple random sample): with W the
 * estimated area shares p_ij of (map i, reference j), overall = p_ff + p_nn, user's = p_ff / p_f., producer's =
 * p_ff / p_.f, F1 = 2 p_ff / (2 p_ff + p_fn + p_nf). The map-based coverage at each threshold comes from
 * {@link NdviAreaCurve}; the reference coverage is the design-based share of forest among the observed plots.
 *
 * <p>Ranking: the criterion's score; ties (scores within {@link #TIE}) are broken as {@link CalibrationCriterion}
 * says, then by the lowest threshold. When the recommended threshold is the first or last of the sweep, the result
 * carries a warning: the optimum may lie outside the range swept. Stateless and thread-safe.
 */
public final class ThresholdCalibration {

    /** Refuse sweeps longer than this, which would indicate a step given in the wrong unit. */
    public static final int MAX_THRESHOLDS = 100_000;
    /** Scores closer than this are tied (weighted sums of the same plots may differ in their last bits). */
    public static final double TIE = 1e-12;

    private ThresholdCalibration() {
    }

    /** Equal weights (a simple random sample of plots), no map: mapped coverage is NaN. */
    public static CalibrationResult sweep(List<NdviPlot> plots, BigDecimal from, BigDecimal to, BigDecimal step,
                                         CalibrationCriterion criterion) {
        return sweep(plots, new PlotWeighting(null, false, false), null, from, to, step, criterion);
    }

    /**
     * @param weighting how the plots were drawn (their {@link NdviPlot#design()} gives strata, clusters, inclusion
     *                  probabilities)
     * @param curve     the NDVI map's area curve over exactly these thresholds, or null
     * @throws IllegalArgumentException if {@code step <= 0}, {@code from > to}, the sweep has more than
     *                                  {@link #MAX_THRESHOLDS} values, no plot is observed, or the design cannot be
     *                                  estimated (a stratum without observed plots)
     */
    public static CalibrationResult sweep(List<NdviPlot> plots, PlotWeighting weighting, NdviAreaCurve curve,
                                          BigDecimal from, BigDecimal to, BigDecimal step,
                                          CalibrationCriterion criterion) {
        List<BigDecimal> thresholds = thresholds(from, to, step);
        List<String> unobserved = new ArrayList<>();
        List<NdviPlot> observed = new ArrayList<>();
        for (NdviPlot p : plots) {
            if (p.observed()) {
                observed.add(p);
            } else {
                unobserved.add(p.plotId());
            }
        }
        if (observed.isEmpty()) {
            throw new IllegalArgumentException("none of the " + plots.size() + " plots has an observed NDVI");
        }
        DesignSample sample = weighting.sample(observed.stream().map(NdviPlot::design).toList());
        int n = observed.size();
        double[] ndvi = new double[n];
        boolean[] forest = new boolean[n];
        double[] ref = new double[n];
        for (int k = 0; k < n; k++) {
            ndvi[k] = observed.get(k).ndvi();
            forest[k] = observed.get(k).reference() == ForestLabel.FOREST;
            ref[k] = forest[k] ? 1 : 0;
        }
        double[] ones = DesignSample.ones(n);
        Estimate reference = sample.ratio(ref, ones).times(100);
        List<ThresholdRow> rows = new ArrayList<>(thresholds.size());
        for (int i = 0; i < thresholds.size(); i++) {
            rows.add(row(thresholds.get(i), ndvi, forest, sample, ones,
                    curve == null ? Double.NaN : curve.coveragePercent(i)));
        }
        ThresholdRow best = recommend(rows, criterion);
        List<String> warnings = new ArrayList<>();
        if (rows.size() > 1 && (best == rows.get(0) || best == rows.get(rows.size() - 1))) {
            warnings.add("the recommended threshold " + best.threshold().toPlainString() + " is at the "
                    + (best == rows.get(0) ? "lower" : "upper") + " end of the sweep " + from.toPlainString() + ".."
                    + to.toPlainString() + ": the best threshold may lie beyond it; sweep a wider range (--from, --to)");
        }
        return new CalibrationResult(criterion, rows, best, reason(best, criterion, observed.size(), unobserved.size(),
                reference, weighting), observed.size(), unobserved, reference, weighting.describeForCalibration(),
                warnings);
    }

    /** The thresholds of a sweep, exactly in decimal. */
    public static List<BigDecimal> thresholds(BigDecimal from, BigDecimal to, BigDecimal step) {
        if (step.signum() <= 0) {
            throw new IllegalArgumentException("threshold step " + step + " must be positive");
        }
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("threshold range [" + from + ", " + to + "] is empty");
        }
        BigDecimal count = to.subtract(from).divideToIntegralValue(step);
        if (count.compareTo(BigDecimal.valueOf(MAX_THRESHOLDS)) >= 0) {
            throw new IllegalArgumentException("sweep " + from + ".." + to + " by " + step + " has more than "
                    + MAX_THRESHOLDS + " thresholds");
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i <= count.intValueExact(); i++) {
            out.add(from.add(step.multiply(BigDecimal.valueOf(i))));
        }
        return out;
    }

    private static ThresholdRow row(BigDecimal threshold, double[] ndvi, boolean[] forest, DesignSample sample,
                                    double[] ones, double mappedCoveragePercent) {
        double t = threshold.doubleValue();
        int n = ndvi.length;
        int[] counts = new int[4];
        double[][] cell = new double[4][n];
        double[] correct = new double[n];
        for (int i = 0; i < n; i++) {
            boolean mappedForest = ndvi[i] >= t;
            int c = (mappedForest ? 0 : 2) + (forest[i] ? 0 : 1);
            counts[c]++;
            cell[c][i] = 1;
            correct[i] = mappedForest == forest[i] ? 1 : 0;
        }
        Estimate overall = sample.ratio(correct, ones);
        double[] share = new double[4];
        for (int c = 0; c < 4; c++) {
            share[c] = sample.ratio(cell[c], ones).value();
        }
        return new ThresholdRow(threshold, counts[0], counts[1], counts[2], counts[3], overall,
                ratio(share[0], share[0] + share[1]), ratio(share[0], share[0] + share[2]),
                ratio(2 * share[0], 2 * share[0] + share[1] + share[2]), mappedCoveragePercent);
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    /** Rows in ascending threshold order; a later row must be better by more than TIE, so ties go to the lowest. */
    private static ThresholdRow recommend(List<ThresholdRow> rows, CalibrationCriterion criterion) {
        ThresholdRow best = null;
        for (ThresholdRow r : rows) {
            if (criterion == CalibrationCriterion.BALANCED && r.mapForestRefForest() + r.mapForestRefNonForest() == 0) {
                continue;
            }
            if (best == null || compare(r, best, criterion) > 0) {
                best = r;
            }
        }
        return best == null ? rows.get(0) : best;
    }

    /** Positive when {@code a} is better than {@code b}. */
    private static int compare(ThresholdRow a, ThresholdRow b, CalibrationCriterion criterion) {
        switch (criterion) {
            case OVERALL_ACCURACY: {
                int c = higher(a.overallAccuracy(), b.overallAccuracy());
                return c != 0 ? c : -higher(imbalance(a), imbalance(b));
            }
            case BALANCED: {
                int c = -higher(imbalance(a), imbalance(b));
                return c != 0 ? c : higher(a.overallAccuracy(), b.overallAccuracy());
            }
            case F1: {
                int c = higher(zeroIfNaN(a.forestF1()), zeroIfNaN(b.forestF1()));
                return c != 0 ? c : higher(a.overallAccuracy(), b.overallAccuracy());
            }
            default:
                throw new AssertionError(criterion);
        }
    }

    /** 1 if a > b + TIE, -1 if a < b - TIE, else 0. */
    private static int higher(double a, double b) {
        return a > b + TIE ? 1 : a < b - TIE ? -1 : 0;
    }

    /** |user's - producer's| of forest; a row where either is undefined counts as the most imbalanced. */
    private static double imbalance(ThresholdRow r) {
        double u = r.forestUsersAccuracy();
        double p = r.forestProducersAccuracy();
        return Double.isNaN(u) || Double.isNaN(p) ? Double.POSITIVE_INFINITY : Math.abs(u - p);
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static String reason(ThresholdRow r, CalibrationCriterion criterion, int observed, int unobserved,
                                 Estimate reference, PlotWeighting weighting) {
        String measures = String.format(Locale.ROOT,
                "overall accuracy %.4f +/- %.4f, forest user's %.4f, producer's %.4f, F1 %.4f, mapped coverage %s vs"
                        + " reference %.2f %% +/- %.2f", r.overallAccuracy(), r.overallCiHalfWidth(),
                r.forestUsersAccuracy(), r.forestProducersAccuracy(), r.forestF1(),
                Double.isNaN(r.mappedCoveragePercent()) ? "n/a"
                        : String.format(Locale.ROOT, "%.2f %%", r.mappedCoveragePercent()),
                reference.value(), reference.ciHalfWidth());
        String why = switch (criterion) {
            case OVERALL_ACCURACY -> "it has the highest overall accuracy (ties: the smallest |user's - producer's|,"
                    + " then the lowest threshold)";
            case BALANCED -> "it has the smallest |user's - producer's accuracy| of forest, so omission and commission"
                    + " cancel and mapped coverage is least biased (ties: the highest overall accuracy, then the lowest"
                    + " threshold)";
            case F1 -> "it has the highest F1 of forest (ties: the highest overall accuracy, then the lowest threshold)";
        };
        return "NDVI threshold " + r.threshold().toPlainString() + " (forest iff NDVI >= threshold) recommended by "
                + criterion + ": " + why + "; " + measures + "; " + observed + " observed plots ("
                + weighting.describeForCalibration() + "), " + unobserved + " unobserved plots excluded.";
    }
}
