package org.forestcoverage.scene;

import java.io.Serializable;
import java.util.Set;

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

    /**
     * Class values (Sentinel-2 SCL): values in {@code masked} mask, values in {@code water} mark water. The sets are
     * immutable copies.
     */
    record Classes(Set<Integer> masked, Set<Integer> water) implements MaskRule {
        public Classes {
            masked = Set.copyOf(masked);
            water = Set.copyOf(water);
        }

        @Override
        public int classify(int q) {
            if (masked.contains(q)) {
                return MASKED;
            }
            return water.contains(q) ? WATER : CLEAR;
        }
    }
}
