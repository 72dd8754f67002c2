package org.forestcoverage.kernel;

import java.io.Serializable;

/**
 * The forest threshold of NDVI ({@code NDVI >= t} is forest, the boundary included), and the same threshold as a
 * fraction {@code p / q} of small integers when one equals it exactly, so that integer kernels can test it without
 * dividing.
 *
 * <pre>{@code
 * Threshold t = Threshold.of(0.6);      // p / q = 3 / 5
 * t.isForest(2400, 4000);               // NDVI = 2400 / 4000 = 0.6: true, decided as 2400 * 5 >= 3 * 4000
 * }</pre>
 *
 * <p>Why the integer test is exact: on the integer path NDVI is {@code a / b} with {@code |a|, b < 2^22}. When
 * {@code t} is the double nearest to {@code p / q} with {@code q <= 10^4}, two different fractions {@code a / b} and
 * {@code p / q} lie at least {@code 1 / (b q) > 2^-36} apart, far more than the rounding of a double near 1
 * ({@code 2^-53}). So the correctly rounded division {@code a / (double) b >= t} and the exact {@code a q >= p b} always
 * agree, ties such as NIR = 4 x red at 0.6 included. Immutable and thread-safe.
 */
public final class Threshold implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Largest denominator tried. */
    static final int MAX_DENOMINATOR = 10_000;

    private final double ndvi;
    private final long p;
    private final long q;

    private Threshold(double ndvi, long p, long q) {
        this.ndvi = ndvi;
        this.p = p;
        this.q = q;
    }

    /** The threshold {@code ndvi}, in [-1, 1], with its exact fraction when there is one. */
    public static Threshold of(double ndvi) {
        if (!(ndvi >= -1 && ndvi <= 1)) {
            throw new IllegalArgumentException("NDVI threshold must be in [-1, 1], got " + ndvi);
        }
        for (long q = 1; q <= MAX_DENOMINATOR; q++) {
            long p = Math.round(ndvi * q);
            if (p / (double) q == ndvi) {
                return new Threshold(ndvi, p, q);
            }
        }
        return new Threshold(ndvi, 0, 0);
    }

    public double ndvi() {
        return ndvi;
    }

    /** True when {@code p / q} equals the threshold exactly, so {@link #isForest(long, long)} needs no division. */
    public boolean hasFraction() {
        return q != 0;
    }

    /** Numerator of the exact fraction (0 without one). */
    public long p() {
        return p;
    }

    /** Denominator of the exact fraction (0 without one). */
    public long q() {
        return q;
    }

    /** True when {@code ndvi >= t}; NaN is never forest. */
    public boolean isForest(double ndvi) {
        return ndvi >= this.ndvi;
    }

    /** True when {@code num / den >= t}, for {@code den > 0} and {@code |num|, den < 2^22}; exact, without dividing when it can. */
    public boolean isForest(long num, long den) {
        return q != 0 ? num * q - p * den >= 0 : num / (double) den >= ndvi;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold t && Double.compare(t.ndvi, ndvi) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(ndvi);
    }

    @Override
    public String toString() {
        return q != 0 ? ndvi + " (" + p + "/" + q + ")" : Double.toString(ndvi);
    }
}
