package org.forestcoverage.sensor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mask rules for the Landsat Level-1 {@code BQA} band of the pre-collection (2013-2016, LPGS 2.x, scene ids
 * {@code LC8...LGN00}) and Collection 1 products. Collection 2 uses {@code QA_PIXEL} instead ({@link QaPixelMask}).
 *
 * <pre>{@code
 * MaskRule r = BqaMask.defaults(BqaMask.Layout.PRE_COLLECTION);   // fill, cloud, cirrus, snow at confidence HIGH
 * MaskRule c1 = BqaMask.defaults(BqaMask.Layout.COLLECTION_1);    // and cloud shadow
 * r.classify(20480);   // CLEAR:  cloud 01 "no", cirrus 01 "no"
 * r.classify(53248);   // MASKED: cloud confidence (bits 14-15) = 11 "yes"
 * }</pre>
 *
 * <p><b>Pre-collection Landsat 8 BQA</b> (USGS "Landsat 8 Quality Assessment Band", pre-collection version):
 * bit 0 designated fill, 1 dropped frame, 2 terrain occlusion, 3 reserved; 2-bit confidences 4-5 water,
 * 6-7 reserved for cloud shadow (never populated), 8-9 vegetation, 10-11 snow/ice, 12-13 cirrus, 14-15 cloud.
 * Confidence values: 00 not determined, 01 no (0-33 %), 10 maybe (34-66 %), 11 yes (67-100 %).
 *
 * <p><b>Collection 1 BQA</b> (Landsat 4-8): bit 0 designated fill, 1 terrain occlusion (L8) / dropped pixel
 * (L4-7), 2-3 radiometric saturation, 4 cloud; 2-bit confidences 5-6 cloud, 7-8 cloud shadow, 9-10 snow/ice,
 * 11-12 cirrus (Landsat 8 only). Values 00 not determined, 01 low, 10 medium, 11 high.
 *
 * <p>{@link Flag#FILL} (fill, dropped frame/pixel, terrain occlusion) is always masked. Confidence {@code LOW}
 * (01, "0-33 %") is refused: USGS sets it on nearly every clear pixel, so it would mask the whole scene. Water is not
 * reported
 * from BQA by default: the pre-collection water confidence is unreliable (on the Florida test subset bits 4-5 read
 * "maybe" on 40 % of the pixels, whose median NDVI is 0.63, i.e. vegetation) and Collection 1 has no water flag.
 */
public final class BqaMask {
    /** The two BQA bit layouts. */
    public enum Layout {
        /** Landsat 8 pre-collection (products without {@code COLLECTION_NUMBER} in the MTL). */
        PRE_COLLECTION,
        /** Collection 1 ({@code COLLECTION_NUMBER = 01}). */
        COLLECTION_1
    }

    /** Conditions that can mask a pixel. */
    public enum Flag { FILL, CLOUD, CLOUD_SHADOW, CIRRUS, SNOW }

    /** Minimum 2-bit confidence that masks: LOW = 01 (masks almost everything), MEDIUM = 10, HIGH = 11. */
    public enum Confidence {
        LOW(1), MEDIUM(2), HIGH(3);

        private final int value;

        Confidence(int value) {
            this.value = value;
        }

        /** The 2-bit field value. */
        public int value() {
            return value;
        }
    }

    /** Default flags of the pre-collection layout: fill, cloud, cirrus, snow (it has no cloud-shadow flag). */
    public static final Set<Flag> DEFAULT_FLAGS =
            Collections.unmodifiableSet(EnumSet.of(Flag.FILL, Flag.CLOUD, Flag.CIRRUS, Flag.SNOW));
    /** Default flags of Collection 1: fill, cloud, cloud shadow, cirrus, snow. */
    public static final Set<Flag> DEFAULT_FLAGS_C1 = Collections.unmodifiableSet(EnumSet.allOf(Flag.class));

    private BqaMask() {
    }

    /** The default flags of a layout: {@link #DEFAULT_FLAGS} or {@link #DEFAULT_FLAGS_C1}. */
    public static Set<Flag> defaultFlags(Layout layout) {
        return layout == Layout.COLLECTION_1 ? DEFAULT_FLAGS_C1 : DEFAULT_FLAGS;
    }

    /** The layout's {@link #defaultFlags(Layout)} at confidence {@link Confidence#HIGH}. */
    public static BitFieldMask defaults(Layout layout) {
        return rule(layout, defaultFlags(layout), Confidence.HIGH);
    }

    /** The rule in words, for the run's record: {@code BQA Collection 1: fill, cloud, ... at confidence high}. */
    public static String describe(Layout layout, Collection<Flag> flags, Confidence confidence) {
        Set<Flag> f = EnumSet.of(Flag.FILL);
        f.addAll(flags);
        List<String> names = new ArrayList<>();
        for (Flag x : f) {
            names.add(x.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return "BQA " + (layout == Layout.COLLECTION_1 ? "Collection 1" : "pre-collection") + ": " + String.join(", ",
                names) + " masked at confidence " + confidence.name().toLowerCase(Locale.ROOT) + " or above";
    }

    /**
     * A rule masking the given flags (and {@link Flag#FILL}, always) at or above a confidence.
     *
     * @throws SensorException when {@link Flag#CLOUD_SHADOW} is asked of the pre-collection layout
     */
    public static BitFieldMask rule(Layout layout, Collection<Flag> flags, Confidence confidence) {
        Set<Flag> f = EnumSet.of(Flag.FILL);
        f.addAll(flags);
        int c = confidence.value();
        List<BitFieldMask.Field> fields = new ArrayList<>();
        int bits;
        if (layout == Layout.PRE_COLLECTION) {
            bits = 0b111;                                            // fill, dropped frame, terrain occlusion
            if (f.contains(Flag.CLOUD)) {
                fields.add(new BitFieldMask.Field("cloud", 14, 2, c));
            }
            if (f.contains(Flag.CIRRUS)) {
                fields.add(new BitFieldMask.Field("cirrus", 12, 2, c));
            }
            if (f.contains(Flag.SNOW)) {
                fields.add(new BitFieldMask.Field("snow", 10, 2, c));
            }
            if (f.contains(Flag.CLOUD_SHADOW)) {
                throw new SensorException("the pre-collection Landsat 8 BQA has no cloud-shadow flag (bits 6-7 are "
                        + "reserved and never populated); drop CLOUD_SHADOW from the mask flags");
            }
        } else {
            bits = 0b11;                                             // fill, terrain occlusion / dropped pixel
            if (f.contains(Flag.CLOUD)) {
                if (confidence == Confidence.HIGH) {
                    bits |= 1 << 4;                                  // the cloud bit itself
                }
                fields.add(new BitFieldMask.Field("cloud", 5, 2, c));
            }
            if (f.contains(Flag.CLOUD_SHADOW)) {
                fields.add(new BitFieldMask.Field("cloud shadow", 7, 2, c));
            }
            if (f.contains(Flag.SNOW)) {
                fields.add(new BitFieldMask.Field("snow", 9, 2, c));
            }
            if (f.contains(Flag.CIRRUS)) {
                fields.add(new BitFieldMask.Field("cirrus", 11, 2, c));
            }
        }
        return new BitFieldMask(bits, fields, List.of());
    }

    /** Parses flag names as written in a manifest ({@code "cloud"}, {@code "CIRRUS"}, {@code "cloud-shadow"}). */
    public static Set<Flag> parseFlags(Collection<String> names, String context) {
        return FlagNames.parse(Flag.class, names, "BQA", context);
    }

    /**
     * Parses a confidence name ({@code "high"}, {@code "medium"}); {@code "low"} is refused with the reason.
     *
     * @throws SensorException for an unknown name or {@code low}
     */
    public static Confidence parseConfidence(String name, String context) {
        Confidence c;
        try {
            c = Confidence.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SensorException(context + ": unknown mask confidence '" + Excerpt.of(name) + "'; use high or "
                    + "medium");
        }
        if (c == Confidence.LOW) {
            throw new SensorException(context + ": mask confidence 'low' (BQA 01, \"0-33 %\") is set by USGS on "
                    + "nearly every clear pixel, so it would mask the whole scene and leave nothing observed; use "
                    + "'medium' (34-66 %) or 'high' (67-100 %, the default)");
        }
        return c;
    }
}
