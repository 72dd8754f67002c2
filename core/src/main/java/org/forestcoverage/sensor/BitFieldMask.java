package org.forestcoverage.sensor;

import java.util.List;
import org.forestcoverage.scene.MaskRule;

/**
 * A mask rule over single bits and multi-bit confidence fields of a quality value, for quality bands whose flags
 * are 2-bit confidences (the Landsat pre-collection and Collection 1 {@code BQA}), which {@link MaskRule.Bits}
 * ("any bit set") cannot express.
 *
 * <pre>{@code
 * // mask fill (bit 0) and cloud confidence (bits 14-15) = 3
 * MaskRule r = new BitFieldMask(0b1, List.of(new BitFieldMask.Field("cloud", 14, 2, 3)), List.of());
 * r.classify(0xC000);   // MASKED
 * r.classify(0x8000);   // CLEAR (confidence 2)
 * }</pre>
 *
 * <p>A value is {@link MaskRule#MASKED} when any bit of {@code maskedBits} is set or any masked field reaches its
 * minimum; otherwise {@link MaskRule#WATER} when any water field reaches its minimum; otherwise
 * {@link MaskRule#CLEAR}. Immutable and thread-safe.
 */
public record BitFieldMask(int maskedBits, List<Field> maskedFields, List<Field> waterFields) implements MaskRule {
    private static final long serialVersionUID = 1L;

    /**
     * A field of {@code width} bits starting at bit {@code shift}; it matches when its unsigned value is
     * {@code >= minValue}.
     */
    public record Field(String name, int shift, int width, int minValue) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public Field {
            if (shift < 0 || width < 1 || shift + width > 31) {
                throw new IllegalArgumentException("field " + name + ": bits " + shift + ".." + (shift + width - 1)
                        + " out of range 0..30");
            }
            if (minValue < 1 || minValue >= (1 << width)) {
                throw new IllegalArgumentException("field " + name + ": minimum " + minValue + " out of range 1.."
                        + ((1 << width) - 1));
            }
        }

        /** True when the field's value in {@code q} is at least {@code minValue}. */
        public boolean matches(int q) {
            return ((q >>> shift) & ((1 << width) - 1)) >= minValue;
        }
    }

    public BitFieldMask {
        maskedFields = List.copyOf(maskedFields);
        waterFields = List.copyOf(waterFields);
    }

    @Override
    public int classify(int q) {
        if ((q & maskedBits) != 0) {
            return MASKED;
        }
        for (int i = 0, n = maskedFields.size(); i < n; i++) {
            if (maskedFields.get(i).matches(q)) {
                return MASKED;
            }
        }
        for (int i = 0, n = waterFields.size(); i < n; i++) {
            if (waterFields.get(i).matches(q)) {
                return WATER;
            }
        }
        return CLEAR;
    }
}
