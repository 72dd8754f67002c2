package org.forestcoverage.qa;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sweeps the NDVI forest threshold over labelled plots and recommends one.
 *
 * <pre>{@code
 * CalibrationResult r = ThresholdCalibration.sweep(plots, new BigDecimal("0.30"), new BigDecimal("0.85"),
 *         new BigDecimal("0.01"), CalibrationCriterion.BALANCED);
 * BigDecimal t = r.recommended().threshold();
 * }</pre>
 *
 * <p>Thresholds are {@code from, from + step, ...} up to and including {@code to} (when it lies on the step),
 * computed exactly in decimal. A plot is mapped forest iff {@code ndvi >= threshold.doubleValue()} (the double
 * nearest the decimal). Plots with NaN NDVI are unobserved: they are listed in the result and excluded from every
 * row. Accuracies are plot-based (no stratum weights); for area-weighted estimates use {@link StratifiedEstimator}.
 * Ranking compares exact ratios of counts, so equal scores tie exactly. Stateless and thread-safe.
 */
public final class ThresholdCalibration {

    /** Refuse sweeps longer than this, which would indicate a step given in the wrong unit. */
    public static final int MAX_THRESHOLDS = 100_000;

    private ThresholdCalibration() {
    }

    /**
     * @throws IllegalArgumentException if {@code step <= 0}, {@code from > to}, the sweep has more than
     *                                  {@link #MAX_THRESHOLDS} values, or no plot is observed
     */
    public static CalibrationResult sweep(List<NdviPlot> plots, BigDecimal from, BigDecimal to, BigDecimal step,
                                          CalibrationCriterion criterion) {
        List<BigDecimal> thresholds = thresholds(from, to, step);
        List<String> unobserved = new ArrayList<>();
        int observed = 0;
        for (NdviPlot p : plots) {
            if (p.observed()) {
                observed++;
            } else {
                unobserved.add(p.plotId());
            }
        }
        if (observed == 0) {
            throw new IllegalArgumentException("none of the " + plots.size() + " plots has an observed NDVI");
        }
        double[] ndvi = new double[observed];
        boolean[] forest = new boolean[observed];
        int k = 0;
        for (NdviPlot p : plots) {
            if (p.observed()) {
                ndvi[k] = p.ndvi();
                forest[k++] = p.reference() == ForestLabel.FOREST;
            }
        }
        List<ThresholdRow> rows = new ArrayList<>(thresholds.size());
        for (BigDecimal t : thresholds) {
            rows.add(row(t, ndvi, forest));
        }
        ThresholdRow best = recommend(rows, criterion);
        return new CalibrationResult(criterion, rows, best, reason(best, criterion, observed, unobserved.size()),
                observed, unobserved);
    }

    private static List<BigDecimal> thresholds(BigDecimal from, BigDecimal to, BigDecimal step) {
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

    private static ThresholdRow row(BigDecimal threshold, double[] ndvi, boolean[] forest) {
        double t = threshold.doubleValue();
        int ff = 0;
        int fn = 0;
        int nf = 0;
        int nn = 0;
        for (int i = 0; i < ndvi.length; i++) {
            boolean mappedForest = ndvi[i] >= t;
            if (mappedForest) {
                if (forest[i]) {
                    ff++;
                } else {
                    fn++;
                }
            } else if (forest[i]) {
                nf++;
            } else {
                nn++;
            }
        }
        return new ThresholdRow(threshold, ff, fn, nf, nn);
    }

    /** Rows in ascending threshold order; the first best wins, so ties go to the lowest threshold. */
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
                int c = Integer.compare(correct(a), correct(b));
                return c != 0 ? c : -compareImbalance(a, b);
            }
            case BALANCED: {
                int c = -compareImbalance(a, b);
                return c != 0 ? c : Integer.compare(correct(a), correct(b));
            }
            case F1: {
                int c = compareRatio(2L * a.mapForestRefForest(), f1Denominator(a),
                        2L * b.mapForestRefForest(), f1Denominator(b));
                return c != 0 ? c : Integer.compare(correct(a), correct(b));
            }
            default:
                throw new AssertionError(criterion);
        }
    }

    private static int correct(ThresholdRow r) {
        return r.mapForestRefForest() + r.mapNonForestRefNonForest();
    }

    private static long f1Denominator(ThresholdRow r) {
        return 2L * r.mapForestRefForest() + r.mapForestRefNonForest() + r.mapNonForestRefForest();
    }

    /**
     * Compares |U - P| exactly: U - P = TP (FN - FP) / ((TP + FP)(TP + FN)). A row with an undefined U or P counts as
     * the most imbalanced.
     */
    private static int compareImbalance(ThresholdRow a, ThresholdRow b) {
        long da = (long) (a.mapForestRefForest() + a.mapForestRefNonForest()) * (a.mapForestRefForest() + a.mapNonForestRefForest());
        long db = (long) (b.mapForestRefForest() + b.mapForestRefNonForest()) * (b.mapForestRefForest() + b.mapNonForestRefForest());
        if (da == 0 || db == 0) {
            return da == 0 && db == 0 ? 0 : da == 0 ? 1 : -1;
        }
        long na = (long) a.mapForestRefForest() * Math.abs(a.mapNonForestRefForest() - a.mapForestRefNonForest());
        long nb = (long) b.mapForestRefForest() * Math.abs(b.mapNonForestRefForest() - b.mapForestRefNonForest());
        return compareRatio(na, da, nb, db);
    }

    /** Compares na/da with nb/db exactly, for non-negative values; a ratio with a zero denominator counts as 0. */
    private static int compareRatio(long na, long da, long nb, long db) {
        BigInteger left = da == 0 ? BigInteger.ZERO : BigInteger.valueOf(na).multiply(BigInteger.valueOf(db == 0 ? 1 : db));
        BigInteger right = db == 0 ? BigInteger.ZERO : BigInteger.valueOf(nb).multiply(BigInteger.valueOf(da == 0 ? 1 : da));
        return left.compareTo(right);
    }

    private static String reason(ThresholdRow r, CalibrationCriterion criterion, int observed, int unobserved) {
        String measures = String.format(Locale.ROOT,
                "overall accuracy %.4f, forest user's %.4f, producer's %.4f, F1 %.4f, mapped coverage %.2f %% vs "
                        + "reference %.2f %%", r.overallAccuracy(), r.forestUsersAccuracy(),
                r.forestProducersAccuracy(), r.forestF1(), r.mappedCoveragePercent(), r.referenceCoveragePercent());
        String why = switch (criterion) {
            case OVERALL_ACCURACY -> "it has the highest overall accuracy (ties: smallest |user's - producer's|, then"
                    + " lowest threshold)";
            case BALANCED -> "it has the smallest |user's - producer's accuracy| of forest, so omission and commission"
                    + " cancel and mapped coverage is least biased (ties: highest overall accuracy, then lowest"
                    + " threshold)";
            case F1 -> "it has the highest F1 of forest (ties: highest overall accuracy, then lowest threshold)";
        };
        return "NDVI threshold " + r.threshold().toPlainString() + " (forest iff NDVI >= threshold) recommended by "
                + criterion + ": " + why + "; " + measures + "; " + observed + " observed plots, " + unobserved
                + " unobserved plots excluded.";
    }
}
