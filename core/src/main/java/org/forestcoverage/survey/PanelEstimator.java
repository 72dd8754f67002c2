package org.forestcoverage.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage and change of coverage from a panel: the same plots, labelled forest or non-forest in several years
 * (Stehman 2014, IJRS 35:4923-4939, with the strata as drawn, which may differ from any year's map classes).
 *
 * <pre>{@code
 * PanelResult r = PanelEstimator.estimate(sample, new int[] {2020, 2022}, forest,
 *         Map.of("ALL", all, "Yanqing", inYanqing), 30);
 * r.change("ALL", 2020, 2022);   // +0.31 pp, SE 0.12 pp
 * }</pre>
 *
 * <p>For a domain D (x_u = 1 if plot u lies in D) and a year t (f_u(t) = 1 if its label is forest):
 * coverage(t) = R^ with y_u = x_u f_u(t) (the ratio estimator of a domain, Stehman 2014 eq. 27); the change from t1 to
 * t2 is R^ with y_u = x_u (f_u(t2) - f_u(t1)) over the plots labelled in both years. Its variance is the variance of
 * the per-plot difference, V(c1) + V(c2) - 2 Cov(c1, c2): plots that keep their class make the covariance positive and
 * the change far more precise than the two years' intervals suggest. Plots not labelled in a year are left out of the
 * estimates of that year. A domain is estimated when at least {@code minPlots} of its plots are labelled in the years
 * concerned. Stateless and thread-safe.
 */
public final class PanelEstimator {

    private PanelEstimator() {
    }

    /**
     * @param sample   the plots as drawn (strata, clusters)
     * @param years    the survey years, ascending and distinct
     * @param forest   {@code forest[t][u]}: 1 if plot u is forest in {@code years[t]}, 0 if not, NaN if not labelled
     * @param domains  domain name to membership per plot, in report order
     * @param minPlots plots a domain needs (labelled in the years concerned) to be estimated
     * @throws IllegalArgumentException when the years are not ascending or the arrays do not match the sample
     */
    public static PanelResult estimate(DesignSample sample, int[] years, double[][] forest,
                                       Map<String, boolean[]> domains, int minPlots) {
        check(sample, years, forest, domains);
        List<YearCoverage> coverages = new ArrayList<>();
        List<CoverageChange> changes = new ArrayList<>();
        List<String> notEstimated = new ArrayList<>();
        for (Map.Entry<String, boolean[]> d : new LinkedHashMap<>(domains).entrySet()) {
            String domain = d.getKey();
            boolean[] in = d.getValue();
            for (int t = 0; t < years.length; t++) {
                int plots = count(in, forest[t], null);
                if (plots < minPlots) {
                    notEstimated.add(domain + " " + years[t] + ": " + plots + " labelled plots, fewer than " + minPlots);
                    continue;
                }
                try {
                    coverages.add(new YearCoverage(domain, years[t], coverage(sample, in, forest[t], null)));
                } catch (IllegalArgumentException e) {
                    notEstimated.add(domain + " " + years[t] + ": " + e.getMessage());
                }
            }
            for (int a = 0; a < years.length; a++) {
                for (int b = a + 1; b < years.length; b++) {
                    String what = domain + " " + years[a] + "-" + years[b];
                    int plots = count(in, forest[a], forest[b]);
                    if (plots < minPlots) {
                        notEstimated.add(what + ": " + plots + " plots labelled in both years, fewer than " + minPlots);
                        continue;
                    }
                    try {
                        changes.add(change(sample, domain, years[a], years[b], in, forest[a], forest[b]));
                    } catch (IllegalArgumentException e) {
                        notEstimated.add(what + ": " + e.getMessage());
                    }
                }
            }
        }
        return new PanelResult(coverages, changes, notEstimated);
    }

    private static void check(DesignSample sample, int[] years, double[][] forest, Map<String, boolean[]> domains) {
        if (forest.length != years.length) {
            throw new IllegalArgumentException(forest.length + " label columns for " + years.length + " years");
        }
        for (int t = 0; t < years.length; t++) {
            if (t > 0 && years[t] <= years[t - 1]) {
                throw new IllegalArgumentException("years must be ascending and distinct: " + years[t - 1] + ", "
                        + years[t]);
            }
            if (forest[t].length != sample.size()) {
                throw new IllegalArgumentException(years[t] + ": " + forest[t].length + " labels for "
                        + sample.size() + " plots");
            }
            for (double v : forest[t]) {
                if (!Double.isNaN(v) && v != 0 && v != 1) {
                    throw new IllegalArgumentException(years[t] + ": label value " + v + " is not 0, 1 or NaN");
                }
            }
        }
        for (Map.Entry<String, boolean[]> d : domains.entrySet()) {
            if (d.getValue().length != sample.size()) {
                throw new IllegalArgumentException("domain " + d.getKey() + " has " + d.getValue().length
                        + " memberships for " + sample.size() + " plots");
            }
        }
    }

    private static int count(boolean[] in, double[] a, double[] b) {
        int n = 0;
        for (int u = 0; u < in.length; u++) {
            if (in[u] && !Double.isNaN(a[u]) && (b == null || !Double.isNaN(b[u]))) {
                n++;
            }
        }
        return n;
    }

    /** Coverage in percent over the plots labelled in {@code f} (and in {@code also}, when given). */
    private static Estimate coverage(DesignSample sample, boolean[] in, double[] f, double[] also) {
        int n = in.length;
        double[] y = new double[n];
        double[] x = new double[n];
        for (int u = 0; u < n; u++) {
            boolean labelled = !Double.isNaN(f[u]) && (also == null || !Double.isNaN(also[u]));
            x[u] = labelled ? (in[u] ? 1 : 0) : Double.NaN;
            y[u] = labelled ? x[u] * f[u] : Double.NaN;
        }
        return sample.ratio(y, x).times(100);
    }

    private static CoverageChange change(DesignSample sample, String domain, int fromYear, int toYear, boolean[] in,
                                         double[] from, double[] to) {
        int n = in.length;
        double[] y = new double[n];
        double[] x = new double[n];
        for (int u = 0; u < n; u++) {
            boolean both = !Double.isNaN(from[u]) && !Double.isNaN(to[u]);
            x[u] = both ? (in[u] ? 1 : 0) : Double.NaN;
            y[u] = both ? x[u] * (to[u] - from[u]) : Double.NaN;
        }
        Estimate change = sample.ratio(y, x).times(100);
        Estimate c1 = coverage(sample, in, from, to);
        Estimate c2 = coverage(sample, in, to, from);
        double independent = Math.sqrt(c1.se() * c1.se() + c2.se() * c2.se());
        return new CoverageChange(domain, fromYear, toYear, change, c1, c2, independent);
    }
}
