package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * The stratified estimators of Olofsson et al. 2014 (Remote Sensing of Environment 148:42-57, "Good practices for
 * estimating area and assessing accuracy of land change"), for a stratified random sample whose strata are the map
 * classes.
 *
 * <pre>{@code
 * ErrorMatrix m = ErrorMatrix.of(List.of("forest", "non-forest"), new long[][] {{40, 5}, {3, 52}});
 * AccuracyAssessment a = StratifiedEstimator.assess(m, new double[] {4.2e8, 6.1e8});   // mapped areas, m2
 * }</pre>
 *
 * With W_i = mapped share of stratum i, n_i. the samples in it and n_ij the counts (rows = map):
 * p_ij = W_i n_ij / n_i.; O = sum p_jj; U_i = p_ii / p_i. (= n_ii / n_i.); P_j = p_jj / p_.j;
 * area_j = A p_.j; SE(p_.j) = sqrt(sum_i W_i^2 (n_ij / n_i.)(1 - n_ij / n_i.) / (n_i. - 1)).
 * Every stratum with mapped area needs at least two samples (the variances divide by n_i. - 1). Stateless and
 * thread-safe.
 */
public final class StratifiedEstimator {

    /** The 95 % normal quantile used for every confidence half-width in this package. */
    public static final double Z95 = 1.96;

    private StratifiedEstimator() {
    }

    /**
     * Assesses {@code matrix} given the mapped area of each map class.
     *
     * @param mappedAreaM2 area mapped as class i (index order of the matrix), m2; finite and non-negative, sum > 0
     * @throws IllegalArgumentException naming the offending class when an area is negative or not finite, when the
     *                                  lengths differ, or when a stratum with mapped area has fewer than 2 samples
     */
    public static AccuracyAssessment assess(ErrorMatrix matrix, double[] mappedAreaM2) {
        double totalAreaM2 = validate(matrix, mappedAreaM2);
        int k = matrix.size();
        double[] weights = new double[k];
        double[] rowTotals = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = mappedAreaM2[i] / totalAreaM2;
            rowTotals[i] = matrix.rowTotal(i);
        }
        double[][] p = proportions(matrix, weights, rowTotals);
        double[] users = usersAccuracies(matrix, rowTotals);
        double[] usersSe = usersStandardErrors(users, rowTotals);
        double[] referenceShare = columnSums(p);
        double overall = 0;
        double overallVariance = 0;
        for (int i = 0; i < k; i++) {
            overall += p[i][i];
            if (weights[i] > 0) {
                overallVariance += weights[i] * weights[i] * users[i] * (1 - users[i]) / (rowTotals[i] - 1);
            }
        }
        double[] proportionSe = referenceProportionStandardErrors(matrix, weights, rowTotals);
        List<ClassAccuracy> accuracies = new ArrayList<>(k);
        List<AreaEstimate> areas = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double producers = referenceShare[j] > 0 ? p[j][j] / referenceShare[j] : Double.NaN;
            accuracies.add(new ClassAccuracy(matrix.className(j), users[j], usersSe[j], producers,
                    producersStandardError(matrix, j, mappedAreaM2, rowTotals, users, producers)));
            areas.add(new AreaEstimate(matrix.className(j), mappedAreaM2[j], totalAreaM2 * referenceShare[j],
                    totalAreaM2 * proportionSe[j]));
        }
        checkProportionsSumToOne(p, matrix);
        return new AccuracyAssessment(matrix, mappedAreaM2, totalAreaM2, p, overall, Math.sqrt(overallVariance),
                accuracies, areas, proportionSe);
    }

    private static double validate(ErrorMatrix matrix, double[] mappedAreaM2) {
        if (mappedAreaM2.length != matrix.size()) {
            throw new IllegalArgumentException(mappedAreaM2.length + " mapped areas for " + matrix.size()
                    + " classes " + matrix.classNames());
        }
        List<String> problems = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < mappedAreaM2.length; i++) {
            double a = mappedAreaM2[i];
            String name = matrix.className(i);
            if (!(a >= 0) || Double.isInfinite(a)) {
                problems.add("mapped area of '" + name + "' is " + a + " m2");
                continue;
            }
            total += a;
            long n = matrix.rowTotal(i);
            if (a > 0 && n < 2) {
                problems.add("stratum '" + name + "' has " + n + " samples, at least 2 are needed");
            }
        }
        if (problems.isEmpty() && !(total > 0)) {
            problems.add("total mapped area is " + total + " m2");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot assess " + matrix.classNames() + ": " + String.join("; ", problems));
        }
        return total;
    }

    private static double[][] proportions(ErrorMatrix m, double[] weights, double[] rowTotals) {
        int k = m.size();
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                p[i][j] = rowTotals[i] > 0 ? weights[i] * m.count(i, j) / rowTotals[i] : 0;
            }
        }
        return p;
    }

    private static double[] usersAccuracies(ErrorMatrix m, double[] rowTotals) {
        double[] u = new double[m.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = rowTotals[i] > 0 ? m.count(i, i) / rowTotals[i] : Double.NaN;
        }
        return u;
    }

    private static double[] usersStandardErrors(double[] users, double[] rowTotals) {
        double[] se = new double[users.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = rowTotals[i] > 1 ? Math.sqrt(users[i] * (1 - users[i]) / (rowTotals[i] - 1)) : Double.NaN;
        }
        return se;
    }

    private static double[] columnSums(double[][] p) {
        double[] s = new double[p.length];
        for (double[] row : p) {
            for (int j = 0; j < row.length; j++) {
                s[j] += row[j];
            }
        }
        return s;
    }

    /** Olofsson eq. 10: SE(p_.j) = sqrt(sum_i W_i^2 (n_ij/n_i.)(1 - n_ij/n_i.) / (n_i. - 1)). */
    private static double[] referenceProportionStandardErrors(ErrorMatrix m, double[] weights, double[] rowTotals) {
        int k = m.size();
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            double v = 0;
            for (int i = 0; i < k; i++) {
                if (weights[i] > 0) {
                    double f = m.count(i, j) / rowTotals[i];
                    v += weights[i] * weights[i] * f * (1 - f) / (rowTotals[i] - 1);
                }
            }
            se[j] = Math.sqrt(v);
        }
        return se;
    }

    /**
     * Olofsson eq. 7: V(P_j) = [N_j.^2 (1 - P_j)^2 U_j (1 - U_j) / (n_j. - 1)
     * + P_j^2 sum_{i != j} N_i.^2 (n_ij / n_i.)(1 - n_ij / n_i.) / (n_i. - 1)] / N_.j^2,
     * with N_i. the mapped size of stratum i and N_.j = sum_i N_i. n_ij / n_i. the estimated size of class j. Any
     * area unit works for N since it cancels.
     */
    private static double producersStandardError(ErrorMatrix m, int j, double[] mapped, double[] rowTotals,
                                                 double[] users, double producers) {
        if (Double.isNaN(producers)) {
            return Double.NaN;
        }
        double estimatedClassSize = 0;
        double others = 0;
        for (int i = 0; i < m.size(); i++) {
            if (mapped[i] == 0) {
                continue;
            }
            double f = m.count(i, j) / rowTotals[i];
            estimatedClassSize += mapped[i] * f;
            if (i != j) {
                others += mapped[i] * mapped[i] * f * (1 - f) / (rowTotals[i] - 1);
            }
        }
        double own = mapped[j] == 0 ? 0
                : mapped[j] * mapped[j] * (1 - producers) * (1 - producers) * users[j] * (1 - users[j])
                        / (rowTotals[j] - 1);
        return Math.sqrt(own + producers * producers * others) / estimatedClassSize;
    }

    /** Consistency check: the p_ij of the strata that hold samples must add up to 1 (the W of sampled strata). */
    private static void checkProportionsSumToOne(double[][] p, ErrorMatrix m) {
        double s = 0;
        for (double[] row : p) {
            for (double v : row) {
                s += v;
            }
        }
        if (Math.abs(s - 1) > 1e-9) {
            throw new IllegalStateException("area proportions of " + m + " add up to " + s + ", not 1");
        }
    }
}
