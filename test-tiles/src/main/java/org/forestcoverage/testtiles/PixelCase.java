package org.forestcoverage.testtiles;

import java.util.SplittableRandom;

/**
 * The kinds of pixel a {@link KnownAnswerScene} is made of, each with the class it must get and the share of pixels
 * it takes (per mille). Values are raw stored values for an Int16 scene ({@code k = 1}, valid 0..32767) and doubled
 * for a UInt16 scene ({@code k = 2}, valid 0..65534), so the overflow cases overflow the signed or unsigned 16-bit
 * range in both.
 */
public enum PixelCase {
    /** NIR > 4 x RED, small values. */
    FOREST(ExpectedClass.FOREST, 400, 500, 4000),
    /** NIR < 4 x RED. */
    NON_FOREST(ExpectedClass.NON_FOREST, 340, 1500, 3000),
    /** NIR == 4 x RED exactly: NDVI == 0.6, forest. A float32 threshold of 0.6f would call it non-forest. */
    TIE(ExpectedClass.FOREST, 40, 1000, 4000),
    /** RED == NIR == 0: NDVI is 0/0, unobserved. */
    ZERO_ZERO(ExpectedClass.UNOBSERVED, 25, 0, 0),
    /** Nodata in the red band only: unobserved. */
    NODATA_RED(ExpectedClass.UNOBSERVED, 25, -1, 3000),
    /** Nodata in the NIR band only: unobserved. */
    NODATA_NIR(ExpectedClass.UNOBSERVED, 25, 1000, -1),
    /** RED == 0 < NIR: NDVI == 1, forest. */
    ZERO_RED(ExpectedClass.FOREST, 20, 0, 2500),
    /** NIR == 0 < RED: NDVI == -1, non-forest. */
    ZERO_NIR(ExpectedClass.NON_FOREST, 20, 2500, 0),
    /** Forest whose RED + NIR overflows 16 bits (e.g. 7000 + 30000 > 32767). */
    SUM_OVERFLOW_FOREST(ExpectedClass.FOREST, 35, 7000, 30000),
    /** An exact tie whose RED + NIR overflows 16 bits (e.g. 8000 + 32000). */
    SUM_OVERFLOW_TIE(ExpectedClass.FOREST, 35, 8000, 32000),
    /** Non-forest whose 4 x RED overflows 16 bits (e.g. 4 x 10000 > 32767 > NIR = 20000): wrapped math says forest. */
    PRODUCT_OVERFLOW_NON_FOREST(ExpectedClass.NON_FOREST, 35, 10000, 20000);

    private final ExpectedClass expected;
    private final int perMille;
    private final int canonicalRed;
    private final int canonicalNir;

    PixelCase(ExpectedClass expected, int perMille, int canonicalRed, int canonicalNir) {
        this.expected = expected;
        this.perMille = perMille;
        this.canonicalRed = canonicalRed;
        this.canonicalNir = canonicalNir;
    }

    /** The class this case must get under {@link ExpectedClass#of}. */
    public ExpectedClass expected() {
        return expected;
    }

    /** Share of a known-answer scene's pixels drawn from this case, per mille (all cases sum to 1000). */
    public int perMille() {
        return perMille;
    }

    /**
     * The case's fixed example as {@code {red, nir}} raw values, scaled by {@code k} (1 for Int16, 2 for UInt16);
     * a band that must be nodata holds {@code nodata}.
     */
    public int[] canonical(int k, int nodata) {
        return new int[] {canonicalRed < 0 ? nodata : canonicalRed * k, canonicalNir < 0 ? nodata : canonicalNir * k};
    }

    /** A random member of this case as {@code {red, nir}}: scaled by {@code k}, nodata where the case needs it. */
    int[] draw(SplittableRandom rnd, int k, int nodata) {
        int max = k == 1 ? 32767 : 65534;
        return switch (this) {
            case FOREST -> {
                int r = between(rnd, 100, 1500);
                yield new int[] {r * k, between(rnd, 4 * r + 1, 9 * r) * k};
            }
            case NON_FOREST -> {
                int r = between(rnd, 300, 3000);
                yield new int[] {r * k, between(rnd, r / 2, 4 * r - 1) * k};
            }
            case TIE -> {
                int r = between(rnd, 50, 2000);
                yield new int[] {r * k, 4 * r * k};
            }
            case ZERO_ZERO -> new int[] {0, 0};
            case NODATA_RED -> new int[] {nodata, between(rnd, 1, 5000) * k};
            case NODATA_NIR -> new int[] {between(rnd, 1, 5000) * k, nodata};
            case ZERO_RED -> new int[] {0, between(rnd, 1, 5000) * k};
            case ZERO_NIR -> new int[] {between(rnd, 1, 5000) * k, 0};
            case SUM_OVERFLOW_FOREST -> {
                int r = between(rnd, 6000 * k, 7500 * k);
                yield new int[] {r, between(rnd, 4 * r + 1, max)};
            }
            case SUM_OVERFLOW_TIE -> {
                int r = between(rnd, 6000, 8000);
                yield new int[] {r * k, 4 * r * k};
            }
            case PRODUCT_OVERFLOW_NON_FOREST -> {
                int r = between(rnd, 8200 * k, 16000 * k);
                yield new int[] {r, between(rnd, r, Math.min(max, 4 * r - 1))};
            }
        };
    }

    /** A case drawn with the per-mille weights. */
    static PixelCase pick(SplittableRandom rnd) {
        int u = rnd.nextInt(1000);
        for (PixelCase c : values()) {
            u -= c.perMille;
            if (u < 0) {
                return c;
            }
        }
        throw new IllegalStateException("per-mille weights do not sum to 1000");
    }

    private static int between(SplittableRandom rnd, int lo, int hiInclusive) {
        return rnd.nextInt(lo, hiInclusive + 1);
    }
}
