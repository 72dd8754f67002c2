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

    /**
     * True when the value marks cloud or cloud shadow: the pixels around which a cloud buffer ({@code --cloud-buffer-m})
     * masks more. Fill, snow and water are never buffered. Default: no value.
     */
    default boolean isCloudOrShadow(int qualityValue) {
        return false;
    }

    /**
     * Bit flags (Landsat QA_PIXEL / BQA): any bit of {@code maskedBits} set masks; {@code waterBits} marks water; any
     * bit of {@code cloudBits} marks cloud or shadow (for buffers).
     */
    record Bits(int maskedBits, int waterBits, int cloudBits) implements MaskRule {
        /** Bits that mark no cloud for buffering. */
        public Bits(int maskedBits, int waterBits) {
            this(maskedBits, waterBits, 0);
        }

        @Override
        public boolean isCloudOrShadow(int q) {
            return (q & cloudBits) != 0;
        }

        @Override
        public int classify(int q) {
            if ((q & maskedBits) != 0) {
                return MASKED;
            }
            return (q & waterBits) != 0 ? WATER : CLEAR;
        }
    }

    /**
     * Class values (Sentinel-2 SCL): values in {@code masked} mask, values in {@code water} mark water, values in
     * {@code cloud} are cloud or shadow (for buffers). The sets are immutable copies.
     */
    record Classes(Set<Integer> masked, Set<Integer> water, Set<Integer> cloud) implements MaskRule {
        public Classes {
            masked = Set.copyOf(masked);
            water = Set.copyOf(water);
            cloud = Set.copyOf(cloud);
        }

        /** Classes that mark no cloud for buffering. */
        public Classes(Set<Integer> masked, Set<Integer> water) {
            this(masked, water, Set.of());
        }

        @Override
        public boolean isCloudOrShadow(int q) {
            return cloud.contains(q);
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
