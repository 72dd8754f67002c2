package org.forestcoverage.sensor;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.forestcoverage.scene.MaskRule;

/**
 * Mask rules for the Landsat Collection 2 {@code QA_PIXEL} band (Level-1 and Level-2, all Landsat 4-9).
 *
 * <pre>{@code
 * MaskRule rule = QaPixelMask.defaults();                         // fill, dilated cloud, cirrus, cloud, shadow, snow
 * MaskRule noSnow = QaPixelMask.rule(EnumSet.of(Flag.CLOUD, Flag.CLOUD_SHADOW), true);
 * rule.classify(21824);  // CLEAR  (clear land: bit 6 clear plus low-confidence bits 8, 10, 12, 14)
 * rule.classify(22280);  // MASKED (bit 3 cloud)
 * rule.classify(21952);  // WATER  (bits 6 clear and 7 water)
 * }</pre>
 *
 * <p>QA_PIXEL bits (USGS Landsat 8-9 C2 L2 Science Product Guide): 0 fill, 1 dilated cloud, 2 cirrus (Landsat 8-9
 * only; always 0 on 4-7), 3 cloud, 4 cloud shadow, 5 snow, 6 clear, 7 water; bit pairs 8-9 cloud confidence,
 * 10-11 cloud-shadow confidence, 12-13 snow confidence, 14-15 cirrus confidence. The single-bit flags are the
 * CFMask decisions, which is what the rules here test. A pixel with any selected flag is
 * {@link MaskRule#MASKED} (unobserved); otherwise a pixel with bit 7 is {@link MaskRule#WATER} when water is
 * reported. {@link Flag#FILL} is always masked, whatever the selection.
 */
public final class QaPixelMask {
    /** Bit of the water flag. */
    public static final int WATER_BIT = 7;
    /** Bit of the clear flag (informative; rules do not test it). */
    public static final int CLEAR_BIT = 6;

    /** The QA_PIXEL flags that can mask a pixel. */
    public enum Flag {
        FILL(0), DILATED_CLOUD(1), CIRRUS(2), CLOUD(3), CLOUD_SHADOW(4), SNOW(5);

        private final int bit;

        Flag(int bit) {
            this.bit = bit;
        }

        /** Bit position in QA_PIXEL (0 = least significant). */
        public int bit() {
            return bit;
        }

        /** {@code 1 << bit()}. */
        public int mask() {
            return 1 << bit;
        }
    }

    /** The default selection: every flag. */
    public static final Set<Flag> DEFAULT_FLAGS = Collections.unmodifiableSet(EnumSet.allOf(Flag.class));

    private QaPixelMask() {
    }

    /** The default rule: all {@link #DEFAULT_FLAGS} mask, bit 7 is water. */
    public static MaskRule.Bits defaults() {
        return rule(DEFAULT_FLAGS, true);
    }

    /**
     * A rule masking the given flags (plus {@link Flag#FILL}, always).
     *
     * @param reportWater whether bit 7 makes an unmasked pixel {@link MaskRule#WATER}
     */
    public static MaskRule.Bits rule(Collection<Flag> flags, boolean reportWater) {
        int bits = Flag.FILL.mask();
        for (Flag f : flags) {
            bits |= f.mask();
        }
        return new MaskRule.Bits(bits, reportWater ? 1 << WATER_BIT : 0);
    }

    /** The rule in words, for the run's record: {@code QA_PIXEL: fill, cloud, ... masked; water bit 7}. */
    public static String describe(Collection<Flag> flags, boolean reportWater) {
        java.util.Set<Flag> f = EnumSet.of(Flag.FILL);
        f.addAll(flags);
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Flag x : f) {
            names.add(x.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (bit " + x.bit() + ")");
        }
        return "QA_PIXEL: " + String.join(", ", names) + " masked" + (reportWater ? "; water from bit 7" : "");
    }

    /**
     * Parses flag names as written in a manifest ({@code "cloud"}, {@code "CLOUD_SHADOW"}, {@code "dilated-cloud"}).
     *
     * @param context names the scene and field in the error message
     * @throws SensorException for an unknown name, listing the known ones
     */
    public static Set<Flag> parseFlags(Collection<String> names, String context) {
        return FlagNames.parse(Flag.class, names, "QA_PIXEL", context);
    }
}
