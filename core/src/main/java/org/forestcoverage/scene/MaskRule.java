package org.forestcoverage.scene;

import java.io.Serializable;

/**
 * How a quality band marks pixels: {@link #MASKED} pixels are unobserved (cloud, shadow, fill...),
 * {@link #WATER} pixels are observed water, anything else is clear land.
 */
public interface MaskRule extends Serializable {
    int CLEAR = 0;
    int MASKED = 1;
    int WATER = 2;

    /** Classifies one quality-band value (read as an unsigned integer). */
    int classify(int qualityValue);

    /** Bit flags (Landsat QA_PIXEL / BQA): any bit of {@code maskedBits} set masks; {@code waterBits} marks water. */
    record Bits(int maskedBits, int waterBits) implements MaskRule {
        @Override
        public int classify(int q) {
            if ((q & maskedBits) != 0) {
                return MASKED;
            }
            return (q & waterBits) != 0 ? WATER : CLEAR;
        }
    }

    /** Class values (Sentinel-2 SCL): values in {@code masked} mask, values in {@code water} mark water. */
    record Classes(int[] masked, int[] water) implements MaskRule {
        @Override
        public int classify(int q) {
            for (int m : masked) {
                if (q == m) {
                    return MASKED;
                }
            }
            for (int w : water) {
                if (q == w) {
                    return WATER;
                }
            }
            return CLEAR;
        }
    }
}
