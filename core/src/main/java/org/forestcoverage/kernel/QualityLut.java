package org.forestcoverage.kernel;

import org.forestcoverage.scene.MaskRule;

/**
 * A {@link MaskRule} tabulated for all 65,536 values of a 16-bit quality band, so that applying it costs one
 * array look-up per pixel and no virtual call.
 */
public final class QualityLut {
    private final byte[] lut = new byte[65536];

    public QualityLut(MaskRule rule) {
        for (int q = 0; q < lut.length; q++) {
            lut[q] = (byte) rule.classify(q);
        }
    }

    /**
     * Sets {@code ndvi[i]} to NaN where the quality value masks the pixel and {@code water[i] = 1} where it
     * marks water, for {@code i < count}. Quality values are read as unsigned.
     */
    public void apply(short[] quality, double[] ndvi, byte[] water, int count) {
        for (int i = 0; i < count; i++) {
            byte c = lut[quality[i] & 0xFFFF];
            if (c == MaskRule.MASKED) {
                ndvi[i] = Double.NaN;
            } else if (c == MaskRule.WATER) {
                water[i] = 1;
            }
        }
    }

    /**
     * The same rule applied to classes: {@link LandClass#UNOBSERVED} where the quality value masks the pixel,
     * {@link LandClass#WATER} where it marks water on an observed pixel, for {@code i < count}.
     */
    public void applyToClasses(short[] quality, byte[] classes, int count) {
        for (int i = 0; i < count; i++) {
            byte c = lut[quality[i] & 0xFFFF];
            if (c == MaskRule.MASKED) {
                classes[i] = LandClass.UNOBSERVED;
            } else if (c == MaskRule.WATER && classes[i] != LandClass.UNOBSERVED) {
                classes[i] = LandClass.WATER;
            }
        }
    }
}
