package org.forestcoverage.kernel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Combines the valid observations of one year per pixel into one NDVI and counts them.
 *
 * <pre>{@code
 * Compositor.max().composite(List.of(ndviA, ndviB), List.of(waterA, waterB), ndvi, water, count, n);
 * }</pre>
 *
 * <p>Methods: maximum NDVI (default, robust to residual cloud and shadow, which lower NDVI), median, or any
 * percentile (nearest-rank on the sorted valid values). A pixel is water when every valid observation says
 * water. Observations from different scenes are different looks at the same ground pixel, so a pixel seen
 * twice counts once in every area sum.
 */
public record Compositor(Method method, double percentile) implements Serializable {

    /** Compositing rule. */
    public enum Method { MAX, MEDIAN, PERCENTILE }

    public Compositor {
        if (method == Method.PERCENTILE && !(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
    }

    public static Compositor max() {
        return new Compositor(Method.MAX, 100);
    }

    public static Compositor median() {
        return new Compositor(Method.MEDIAN, 50);
    }

    public static Compositor percentile(double p) {
        return new Compositor(Method.PERCENTILE, p);
    }

    /**
     * Composites {@code count} pixels of the scenes' NDVI arrays (NaN = unobserved) into {@code ndviOut},
     * {@code waterOut} and {@code validCount}.
     */
    public void composite(List<double[]> ndvi, List<byte[]> water, double[] ndviOut, byte[] waterOut,
                          short[] validCount, int count) {
        int k = ndvi.size();
        double[] values = new double[k];
        for (int i = 0; i < count; i++) {
            int valid = 0;
            int wet = 0;
            for (int s = 0; s < k; s++) {
                double v = ndvi.get(s)[i];
                if (v == v) {
                    values[valid++] = v;
                    if (water.get(s)[i] != 0) {
                        wet++;
                    }
                }
            }
            validCount[i] = (short) valid;
            waterOut[i] = (byte) (valid > 0 && wet == valid ? 1 : 0);
            ndviOut[i] = valid == 0 ? Double.NaN : pick(values, valid);
        }
    }

    private double pick(double[] v, int n) {
        if (method == Method.MAX) {
            double m = v[0];
            for (int i = 1; i < n; i++) {
                m = Math.max(m, v[i]);
            }
            return m;
        }
        Arrays.sort(v, 0, n);
        if (method == Method.MEDIAN) {
            return (n & 1) == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        }
        int rank = (int) Math.ceil(percentile / 100.0 * n);
        return v[Math.max(0, Math.min(n - 1, rank - 1))];
    }
}
