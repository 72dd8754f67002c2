package org.forestcoverage.kernel;

/**
 * An NDVI threshold as a fraction {@code p / q} of small integers, so that integer kernels can test
 * {@code NDVI >= t} without dividing.
 *
 * <p>Why the test stays exact: on the integer path NDVI is {@code a / b} with {@code |a|, b < 2^22}. When
 * {@code t} is the double nearest to {@code p / q} with {@code q <= 10^4}, two different fractions
 * {@code a / b} and {@code p / q} lie at least {@code 1 / (b q) > 2^-36} apart, far more than the rounding of a
 * double near 1 ({@code 2^-53}). So the correctly rounded division {@code a / (double) b >= t} and the exact
 * {@code a q >= p b} always agree, ties such as NIR = 4 x red at 0.6 included.
 */
final class Threshold {
    /** Largest denominator tried. */
    static final int MAX_DENOMINATOR = 10_000;

    private Threshold() {
    }

    /**
     * {@code {p, q}} with {@code q > 0} and {@code p / (double) q == t}, the smallest such {@code q}; {@code null}
     * when no {@code q <= MAX_DENOMINATOR} gives exactly {@code t} (then callers divide in double precision).
     */
    static long[] ratio(double t) {
        if (!(Math.abs(t) <= 1)) {
            return null;
        }
        for (long q = 1; q <= MAX_DENOMINATOR; q++) {
            long p = Math.round(t * q);
            if (p / (double) q == t) {
                return new long[] {p, q};
            }
        }
        return null;
    }
}
