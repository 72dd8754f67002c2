package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.survey.DesignSample;
import org.forestcoverage.survey.Estimate;

/**
 * Accuracy and error-adjusted areas of a two-class forest map from a design-based sample whose strata may differ from
 * the map's classes, whose plots may be weighted by inclusion probabilities or grouped in clusters (Stehman 2014,
 * IJRS 35:4923-4939, eqs. 27-28, with the cluster variance of {@link DesignSample}), for a domain (the city or a
 * district) of the sampled area.
 *
 * <pre>{@code
 * AccuracyAssessment a = DesignAssessment.assess(sample, map, reference, inDistrict, matrix, mappedAreaM2);
 * }</pre>
 *
 * <p>With x_u = 1 if plot u lies in the domain: p_ij = R^(1[map i, ref j] x, x); overall = R^(1[map = ref] x, x);
 * user's U_i = R^(1[map i, ref i] x, 1[map i] x); producer's P_j = R^(1[map j, ref j] x, 1[ref j] x); reference
 * share p_.j = R^(1[ref j] x, x) and its area A p_.j with A the domain's mapped land area (as Olofsson et al. 2014 do
 * with the map's total). With strata = map classes and no clusters, these are exactly Olofsson's figures (tested).
 * Stateless and thread-safe.
 */
final class DesignAssessment {

    private DesignAssessment() {
    }

    /**
     * @param sample       the plots as drawn
     * @param mapIndex     per plot its map class index ({@link SurveyAssessment#CLASSES} order)
     * @param refIndex     per plot its reference class index
     * @param inDomain     per plot whether it lies in the domain
     * @param matrix       the domain's plot counts (rows = map), reported as they are
     * @param mappedAreaM2 the domain's mapped area per class, m2; their sum is A
     * @throws IllegalArgumentException when an estimate cannot be made (a stratum without plots or with fewer than 2
     *                                  plots or clusters, no plot in the domain)
     */
    static AccuracyAssessment assess(DesignSample sample, int[] mapIndex, int[] refIndex, boolean[] inDomain,
                                     ErrorMatrix matrix, double[] mappedAreaM2) {
        int n = sample.size();
        int k = matrix.size();
        double total = 0;
        for (double a : mappedAreaM2) {
            total += a;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the domain has no mapped land");
        }
        double[] x = new double[n];
        for (int u = 0; u < n; u++) {
            x[u] = inDomain[u] ? 1 : 0;
        }
        double[][] p = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                p[i][j] = sample.ratio(indicator(x, mapIndex, i, refIndex, j), x).value();
            }
        }
        Estimate overall = sample.ratio(correct(x, mapIndex, refIndex), x);
        List<ClassAccuracy> accuracies = new ArrayList<>(k);
        List<AreaEstimate> areas = new ArrayList<>(k);
        double[] shareSe = new double[k];
        for (int j = 0; j < k; j++) {
            double[] hit = indicator(x, mapIndex, j, refIndex, j);
            Estimate users = ratioOrNaN(sample, hit, indicator(x, mapIndex, j, null, -1));
            Estimate producers = ratioOrNaN(sample, hit, indicator(x, refIndex, j, null, -1));
            accuracies.add(new ClassAccuracy(matrix.className(j), users.value(), users.se(), producers.value(),
                    producers.se()));
            Estimate share = sample.ratio(indicator(x, refIndex, j, null, -1), x);
            shareSe[j] = share.se();
            areas.add(new AreaEstimate(matrix.className(j), mappedAreaM2[j], total * share.value(), total * share.se()));
        }
        return new AccuracyAssessment(matrix, mappedAreaM2, total, p, overall.value(), overall.se(), accuracies, areas,
                shareSe);
    }

    /** x_u where a[u] = i (and b[u] = j when b is given), else 0. */
    private static double[] indicator(double[] x, int[] a, int i, int[] b, int j) {
        double[] y = new double[x.length];
        for (int u = 0; u < y.length; u++) {
            y[u] = a[u] == i && (b == null || b[u] == j) ? x[u] : 0;
        }
        return y;
    }

    private static double[] correct(double[] x, int[] map, int[] ref) {
        double[] y = new double[x.length];
        for (int u = 0; u < y.length; u++) {
            y[u] = map[u] == ref[u] ? x[u] : 0;
        }
        return y;
    }

    /** A ratio, or NaN when its denominator holds no plot (e.g. user's accuracy of a class no plot was mapped as). */
    private static Estimate ratioOrNaN(DesignSample sample, double[] y, double[] x) {
        boolean any = false;
        for (double v : x) {
            any |= v > 0;
        }
        return any ? sample.ratio(y, x) : new Estimate(Double.NaN, Double.NaN, 0, 0, false);
    }
}
