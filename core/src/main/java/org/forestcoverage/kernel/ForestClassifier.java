package org.forestcoverage.kernel;

import java.io.Serializable;

/**
 * Turns a composite NDVI tile into {@link LandClass} codes: NaN is unobserved, a water flag wins over
 * NDVI, and {@code NDVI >= thresholdNdvi} is forest (the boundary is forest).
 */
public record ForestClassifier(double thresholdNdvi) implements Serializable {

    public ForestClassifier {
        if (!(thresholdNdvi >= -1 && thresholdNdvi <= 1)) {
            throw new IllegalArgumentException("NDVI threshold must be in [-1, 1], got " + thresholdNdvi);
        }
    }

    /**
     * Classifies {@code ndvi[i]} into {@code out[i]} for {@code i < count}; {@code water} may be {@code null}
     * (no water information) or hold non-zero where the quality band says water.
     */
    public void classify(double[] ndvi, byte[] water, byte[] out, int count) {
        final double t = thresholdNdvi;
        for (int i = 0; i < count; i++) {
            double v = ndvi[i];
            byte c;
            if (v != v) {
                c = LandClass.UNOBSERVED;
            } else if (water != null && water[i] != 0) {
                c = LandClass.WATER;
            } else {
                c = v >= t ? LandClass.FOREST : LandClass.NON_FOREST;
            }
            out[i] = c;
        }
    }
}
