package org.forestcoverage.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A probability sample of plots, as drawn: in strata with known population areas (weight of a plot = N_h / n_h), or
 * with inclusion-probability weights (1 / pi), the plots optionally grouped in clusters (several plots of one polygon
 * or one field visit). It estimates population totals and ratios of any per-plot variables with their standard
 * errors.
 *
 * <pre>{@code
 * DesignSample s = DesignSample.stratified(List.of(new Stratum("forest", 4.2e8), new Stratum("non-forest", 6.1e8)),
 *         new int[] {0, 0, 0, 1, 1, 1}, null);
 * Estimate forestShare = s.ratio(new double[] {1, 1, 0, 0, 1, 0}, DesignSample.ones(6));
 * }</pre>
 *
 * <p><b>Estimators</b> (Stehman 2014, "Estimating area and map accuracy for stratified random sampling when the strata
 * are different from the map classes", IJRS 35:4923-4939): with w_u the weight of plot u,
 * Y^ = sum_u w_u y_u (eq. 2: sum_h N_h ybar_h), R^ = Y^ / X^ (eq. 27). Any quantity is a total or a ratio of two
 * per-plot variables: a class's area share (y = 1 if the reference class is the class, x = 1), overall accuracy
 * (y = 1 if map = reference), user's accuracy (y = map i and reference i, x = map i), producer's accuracy (x =
 * reference j), a domain's coverage (x = 1 if in the domain), a change between years (y = the per-plot difference).
 * The strata need not be the map classes.
 *
 * <p><b>Variance</b> by linearisation of d_u = y_u - R^ x_u (for a total, d_u = y_u) over ultimate clusters within
 * strata: V^(Y^ - R^ X^) = sum_h m_h / (m_h - 1) sum_{c in h} (z_c - zbar_h)^2 with z_c = sum_{u in c} w_u d_u over
 * the m_h clusters of stratum h, and V^(R^) = that / X^2. Without clusters (every plot its own cluster) this is exactly
 * Stehman 2014 eqs. 3 and 28, sum_h N_h^2 s^2_dh / n_h, with s^2_d = s^2_y + R^2 s^2_x - 2 R s_xy; with one stratum and
 * clusters it is Cochran 1977 eq. 6.13 for a ratio over clusters of unequal size (section 11.8). A cluster holding
 * plots of several strata makes the variance be computed over clusters without strata (conservative), which the
 * estimate reports. The finite population correction is left out (see the package). Weighted samples are treated as
 * drawn with replacement (Hansen-Hurwitz), in one stratum.
 *
 * <p>A per-plot value NaN leaves the plot out of that estimate (e.g. a plot not re-measured in a year); in a stratified
 * sample the weights N_h / n_h then use the n_h of the plots left in. Immutable and thread-safe.
 */
public final class DesignSample {

    private final List<Stratum> strata;
    private final int[] stratumOf;
    private final int[] clusterOf;
    private final int clusterCount;
    private final double[] fixedWeight;

    private DesignSample(List<Stratum> strata, int[] stratumOf, String[] clusters, double[] fixedWeight) {
        this.strata = List.copyOf(strata);
        this.stratumOf = stratumOf.clone();
        this.fixedWeight = fixedWeight == null ? null : fixedWeight.clone();
        this.clusterOf = new int[stratumOf.length];
        Map<String, Integer> index = new HashMap<>();
        int next = 0;
        for (int u = 0; u < stratumOf.length; u++) {
            String c = clusters == null ? null : clusters[u];
            if (c == null || c.isEmpty()) {
                clusterOf[u] = next++;
            } else {
                Integer k = index.get(c);
                if (k == null) {
                    k = next++;
                    index.put(c, k);
                }
                clusterOf[u] = k;
            }
        }
        this.clusterCount = next;
    }

    /**
     * A stratified sample: plot u lies in stratum {@code unitStratum[u]} (an index into {@code strata}).
     *
     * @param clusters per plot its cluster id, null or empty for a plot of its own; the array may be null (no clusters)
     * @throws IllegalArgumentException when a stratum index is out of range or the arrays differ in length
     */
    public static DesignSample stratified(List<Stratum> strata, int[] unitStratum, String[] clusters) {
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a stratified sample needs at least one stratum");
        }
        checkLength(unitStratum.length, clusters);
        for (int u = 0; u < unitStratum.length; u++) {
            if (unitStratum[u] < 0 || unitStratum[u] >= strata.size()) {
                throw new IllegalArgumentException("plot " + u + " is in stratum " + unitStratum[u] + ", not one of the "
                        + strata.size() + " strata");
            }
        }
        return new DesignSample(strata, unitStratum, clusters, null);
    }

    /**
     * A sample with inclusion-probability weights w_u = 1 / pi_u (area units per plot), one stratum.
     *
     * @throws IllegalArgumentException naming the first weight that is not finite and positive
     */
    public static DesignSample weighted(double[] weights, String[] clusters) {
        checkLength(weights.length, clusters);
        for (int u = 0; u < weights.length; u++) {
            if (!(weights[u] > 0) || Double.isInfinite(weights[u])) {
                throw new IllegalArgumentException("weight " + weights[u] + " of plot " + u + " is not a positive number");
            }
        }
        return new DesignSample(List.of(new Stratum("all", 0)), new int[weights.length], clusters, weights);
    }

    /** {@code n} plots of equal weight 1 in one stratum: estimates are plain plot shares (a simple random sample). */
    public static DesignSample unweighted(int n, String[] clusters) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return weighted(w, clusters);
    }

    private static void checkLength(int n, String[] clusters) {
        if (clusters != null && clusters.length != n) {
            throw new IllegalArgumentException(n + " plots but " + clusters.length + " cluster ids");
        }
    }

    /** An array of {@code n} ones, the x of a ratio over the whole population. */
    public static double[] ones(int n) {
        double[] x = new double[n];
        Arrays.fill(x, 1);
        return x;
    }

    /** Number of plots. */
    public int size() {
        return stratumOf.length;
    }

    /** The strata (one stratum named {@code all} for a weighted sample). */
    public List<Stratum> strata() {
        return strata;
    }

    /** Whether some plots share a cluster. */
    public boolean clustered() {
        return clusterCount < stratumOf.length;
    }

    /**
     * The estimated population total Y^ = sum_u w_u y_u with its standard error (Stehman 2014 eqs. 2-3).
     *
     * @throws IllegalArgumentException when a stratum with area has no plot with a value, or fewer than 2 clusters
     */
    public Estimate total(double[] y) {
        checkValues(y, "y");
        double[] w = weights(y, null);
        double total = 0;
        for (int u = 0; u < y.length; u++) {
            if (w[u] > 0) {
                total += w[u] * y[u];
            }
        }
        return withVariance(total, y, null, 0, w, 1);
    }

    /**
     * The estimated ratio R^ = Y^ / X^ with its standard error (Stehman 2014 eqs. 27-28).
     *
     * @throws IllegalArgumentException when X^ is not positive, a stratum with area has no plot with values, or a
     *                                  stratum has fewer than 2 clusters
     */
    public Estimate ratio(double[] y, double[] x) {
        checkValues(y, "y");
        checkValues(x, "x");
        double[] w = weights(y, x);
        double ty = 0;
        double tx = 0;
        for (int u = 0; u < y.length; u++) {
            if (w[u] > 0) {
                ty += w[u] * y[u];
                tx += w[u] * x[u];
            }
        }
        if (!(tx > 0)) {
            throw new IllegalArgumentException("the ratio's denominator is estimated as " + tx
                    + ": no plot with a value lies in it");
        }
        double r = ty / tx;
        return withVariance(r, y, x, r, w, tx);
    }

    private void checkValues(double[] v, String name) {
        if (v.length != stratumOf.length) {
            throw new IllegalArgumentException(v.length + " values of " + name + " for " + stratumOf.length + " plots");
        }
    }

    /** w_u for the plots with values (0 for the others and for plots of strata without area). */
    private double[] weights(double[] y, double[] x) {
        int n = stratumOf.length;
        double[] w = new double[n];
        if (fixedWeight != null) {
            for (int u = 0; u < n; u++) {
                w[u] = included(y, x, u) ? fixedWeight[u] : 0;
            }
            return w;
        }
        int[] counts = new int[strata.size()];
        for (int u = 0; u < n; u++) {
            if (included(y, x, u)) {
                counts[stratumOf[u]]++;
            }
        }
        List<String> empty = new ArrayList<>();
        for (int h = 0; h < counts.length; h++) {
            if (counts[h] == 0 && strata.get(h).areaM2() > 0) {
                empty.add("'" + strata.get(h).name() + "'");
            }
        }
        if (!empty.isEmpty()) {
            throw new IllegalArgumentException("stratum " + String.join(", ", empty) + " has no plot with a value");
        }
        for (int u = 0; u < n; u++) {
            if (included(y, x, u)) {
                w[u] = strata.get(stratumOf[u]).areaM2() / counts[stratumOf[u]];
            }
        }
        return w;
    }

    private static boolean included(double[] y, double[] x, int u) {
        return !Double.isNaN(y[u]) && (x == null || !Double.isNaN(x[u]));
    }

    /**
     * Linearised variance over ultimate clusters within strata; {@code x == null} for a total. {@code scale} is X^ for
     * a ratio, 1 for a total.
     */
    private Estimate withVariance(double value, double[] y, double[] x, double r, double[] w, double scale) {
        int n = stratumOf.length;
        double[] z = new double[clusterCount];
        int[] clusterStratum = new int[clusterCount];
        Arrays.fill(clusterStratum, -1);
        boolean across = false;
        int units = 0;
        for (int u = 0; u < n; u++) {
            if (!included(y, x, u)) {
                continue;
            }
            units++;
            double d = x == null ? y[u] : y[u] - r * x[u];
            int c = clusterOf[u];
            z[c] += w[u] * d;
            if (clusterStratum[c] == -1) {
                clusterStratum[c] = stratumOf[u];
            } else if (clusterStratum[c] != stratumOf[u]) {
                across = true;
            }
        }
        int groups = across ? 1 : strata.size();
        double[] sum = new double[groups];
        int[] m = new int[groups];
        int clusters = 0;
        for (int c = 0; c < clusterCount; c++) {
            if (clusterStratum[c] < 0) {
                continue;
            }
            int g = across ? 0 : clusterStratum[c];
            sum[g] += z[c];
            m[g]++;
            clusters++;
        }
        double variance = 0;
        List<String> tooFew = new ArrayList<>();
        double[] mean = new double[groups];
        for (int g = 0; g < groups; g++) {
            mean[g] = m[g] == 0 ? 0 : sum[g] / m[g];
            if (m[g] == 1 && (across || fixedWeight != null || strata.get(g).areaM2() > 0)) {
                tooFew.add(across ? "all strata together" : "'" + strata.get(g).name() + "'");
            }
        }
        if (!tooFew.isEmpty()) {
            throw new IllegalArgumentException((clustered() ? "1 cluster" : "1 plot") + " in stratum "
                    + String.join(", ", tooFew) + ": a variance needs at least 2");
        }
        double[] squares = new double[groups];
        for (int c = 0; c < clusterCount; c++) {
            if (clusterStratum[c] < 0) {
                continue;
            }
            int g = across ? 0 : clusterStratum[c];
            double e = z[c] - mean[g];
            squares[g] += e * e;
        }
        for (int g = 0; g < groups; g++) {
            if (m[g] > 1) {
                variance += (double) m[g] / (m[g] - 1) * squares[g];
            }
        }
        return new Estimate(value, Math.sqrt(variance) / scale, units, clusters, across);
    }
}
