package org.forestcoverage.sensor;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.forestcoverage.scene.MaskRule;

/**
 * Mask rules for the Sentinel-2 L2A scene classification band ({@code SCL}, 20 m).
 *
 * <pre>{@code
 * MaskRule rule = SclMask.defaults();      // masks 0, 1, 3, 8, 9, 10, 11; water 6
 * rule.classify(4);                        // CLEAR (vegetation)
 * rule.classify(9);                        // MASKED (cloud, high probability)
 * }</pre>
 *
 * <p>Classes (ESA Sen2Cor): 0 no data, 1 saturated or defective, 2 dark area pixels (topographic shadow; kept by
 * default), 3 cloud shadow, 4 vegetation, 5 not vegetated, 6 water, 7 unclassified, 8 cloud medium probability,
 * 9 cloud high probability, 10 thin cirrus, 11 snow or ice. Class 0 is always masked.
 */
public final class SclMask {
    public static final int NO_DATA = 0;
    public static final int SATURATED_OR_DEFECTIVE = 1;
    public static final int DARK_AREA = 2;
    public static final int CLOUD_SHADOW = 3;
    public static final int VEGETATION = 4;
    public static final int NOT_VEGETATED = 5;
    public static final int WATER = 6;
    public static final int UNCLASSIFIED = 7;
    public static final int CLOUD_MEDIUM = 8;
    public static final int CLOUD_HIGH = 9;
    public static final int THIN_CIRRUS = 10;
    public static final int SNOW = 11;

    /** Classes masked by default. */
    public static final List<Integer> DEFAULT_MASKED = List.of(0, 1, 3, 8, 9, 10, 11);
    /** Classes reported as water by default. */
    public static final List<Integer> DEFAULT_WATER = List.of(WATER);

    private SclMask() {
    }

    /** The default rule: {@link #DEFAULT_MASKED} masked, {@link #DEFAULT_WATER} water. */
    public static MaskRule.Classes defaults() {
        return rule(DEFAULT_MASKED, DEFAULT_WATER);
    }

    /**
     * A rule masking the given classes (plus 0, always) and reporting the given classes as water.
     *
     * @throws SensorException when a class is outside 0..11 or both masked and water
     */
    public static MaskRule.Classes rule(Collection<Integer> masked, Collection<Integer> water) {
        TreeSet<Integer> m = new TreeSet<>(masked);
        m.add(NO_DATA);
        TreeSet<Integer> w = new TreeSet<>(water);
        for (int c : m) {
            check(c, "masked");
        }
        for (int c : w) {
            check(c, "water");
            if (m.contains(c)) {
                throw new SensorException("SCL class " + c + " is listed both as masked and as water");
            }
        }
        return new MaskRule.Classes(m, w);
    }

    /** The rule in words, for the run's record: {@code SCL: classes [0, 1, 3, 8, 9, 10, 11] masked; water class 6}. */
    public static String describe(Collection<Integer> masked, Collection<Integer> water) {
        TreeSet<Integer> m = new TreeSet<>(masked);
        m.add(NO_DATA);
        return "SCL: classes " + m + " masked" + (water.isEmpty() ? "; no water class" : "; water classes "
                + new TreeSet<>(water));
    }

    private static void check(int c, String what) {
        if (c < 0 || c > 11) {
            throw new SensorException("SCL " + what + " class " + c + " is not a Sentinel-2 SCL class (0..11)");
        }
    }
}
