package org.forestcoverage.survey;

/**
 * How many plots a panel needs to detect a change of coverage between two years.
 *
 * <pre>{@code
 * double[] w = {0.45, 0.55};                                             // forest, non-forest area shares
 * double[] s = {PanelSizing.changeSd(0, 0.005), PanelSizing.changeSd(0.01, 0)};
 * int n = PanelSizing.requiredPlots(w, s, PanelSizing.neymanShares(w, s), 0.1, 0.05, 0.8);   // 58,680
 * }</pre>
 *
 * <p>A plot's change d_u = f_u(t2) - f_u(t1) is +1 (gain), -1 (loss) or 0. In a stratum where a share g of the area
 * gains forest and a share l loses it, d has variance S_h^2 = g + l - (g - l)^2. The stratified estimator of the change
 * has variance V = sum_h W_h^2 S_h^2 / n_h (Cochran 1977 eq. 5.6, no finite population correction); with n_h = a_h n,
 * a two-sided test at level alpha detects a true change Delta with probability (power) 1 - beta when
 * <pre>
 *   n = (z_{1-alpha/2} + z_{1-beta})^2 * sum_h W_h^2 S_h^2 / a_h / Delta^2
 * </pre>
 * (Cochran 1977 section 4.6; Snedecor and Cochran 1989 section 6.14). Allocation a_h: proportional (a_h = W_h) gives
 * sum_h W_h S_h^2; Neyman (a_h proportional to W_h S_h, the smallest n) gives (sum_h W_h S_h)^2; equal (a_h = 1/k)
 * gives k sum_h W_h^2 S_h^2. Stateless and thread-safe.
 */
public final class PanelSizing {

    private PanelSizing() {
    }

    /**
     * S_h = sqrt(g + l - (g - l)^2): the standard deviation of a plot's change in a stratum where a share
     * {@code gainShare} of the area becomes forest and a share {@code lossShare} stops being forest.
     *
     * @throws IllegalArgumentException unless both are in [0, 1] and add up to at most 1
     */
    public static double changeSd(double gainShare, double lossShare) {
        if (!(gainShare >= 0 && gainShare <= 1) || !(lossShare >= 0 && lossShare <= 1) || gainShare + lossShare > 1) {
            throw new IllegalArgumentException("gain share " + gainShare + " and loss share " + lossShare
                    + " must be in [0, 1] and add up to at most 1");
        }
        double mean = gainShare - lossShare;
        return Math.sqrt(gainShare + lossShare - mean * mean);
    }

    /** Neyman allocation: a_h = W_h S_h / sum_k W_k S_k (equal shares when every S_h is 0). */
    public static double[] neymanShares(double[] weights, double[] sd) {
        checkLengths(weights, sd, weights);
        double sum = 0;
        for (int h = 0; h < weights.length; h++) {
            sum += weights[h] * sd[h];
        }
        double[] a = new double[weights.length];
        for (int h = 0; h < a.length; h++) {
            a[h] = sum > 0 ? weights[h] * sd[h] / sum : 1.0 / a.length;
        }
        return a;
    }

    /**
     * The panel size n of the formula above, rounded up.
     *
     * @param weights  W_h, stratum area shares (adding up to 1)
     * @param sd       S_h, per-plot change standard deviation per stratum ({@link #changeSd})
     * @param shares   a_h, the share of the plots each stratum gets (adding up to 1); a stratum with S_h > 0 needs
     *                 a_h > 0
     * @param changePp Delta, the change to detect, percentage points of coverage (e.g. 0.1), > 0
     * @param alpha    two-sided significance level, in (0, 1) (e.g. 0.05)
     * @param power    probability of detecting Delta, in (0, 1) (e.g. 0.8)
     * @throws IllegalArgumentException naming the offending value
     */
    public static int requiredPlots(double[] weights, double[] sd, double[] shares, double changePp, double alpha,
                                    double power) {
        checkLengths(weights, sd, shares);
        if (!(changePp > 0 && changePp <= 100)) {
            throw new IllegalArgumentException("change to detect " + changePp + " pp is outside (0, 100]");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("significance level " + alpha + " is outside (0, 1)");
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power " + power + " is outside (0, 1)");
        }
        double perPlot = 0;
        for (int h = 0; h < weights.length; h++) {
            double v = weights[h] * weights[h] * sd[h] * sd[h];
            if (v == 0) {
                continue;
            }
            if (!(shares[h] > 0)) {
                throw new IllegalArgumentException("stratum " + h + " varies (S = " + sd[h] + ") but gets no plots");
            }
            perPlot += v / shares[h];
        }
        double z = StandardNormal.quantile(1 - alpha / 2) + StandardNormal.quantile(power);
        double delta = changePp / 100;
        double n = z * z * perPlot / (delta * delta);
        // 1e-9 keeps an exact integer computed with rounding error from going up by one
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(n - 1e-9));
    }

    private static void checkLengths(double[] weights, double[] sd, double[] shares) {
        if (weights.length == 0 || sd.length != weights.length || shares.length != weights.length) {
            throw new IllegalArgumentException(weights.length + " weights, " + sd.length + " standard deviations and "
                    + shares.length + " shares: need one of each per stratum");
        }
        for (int h = 0; h < weights.length; h++) {
            if (!(weights[h] >= 0) || !(sd[h] >= 0) || !(shares[h] >= 0)) {
                throw new IllegalArgumentException("stratum " + h + ": weight " + weights[h] + ", sd " + sd[h]
                        + ", share " + shares[h] + " must be non-negative");
            }
        }
    }
}
