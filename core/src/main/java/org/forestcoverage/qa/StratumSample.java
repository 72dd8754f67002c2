package org.forestcoverage.qa;

/**
 * One stratum of a {@link SampleDesign}: its key, its size in pixels and the number of pixels to sample from it.
 *
 * @param key        the stratum
 * @param pixelCount mapped pixels in the stratum (the population size N_h), >= 0
 * @param sampleSize pixels to draw, 0 <= sampleSize <= pixelCount
 */
public record StratumSample(StratumKey key, long pixelCount, int sampleSize) {

    public StratumSample {
        if (key == null) {
            throw new IllegalArgumentException("stratum key is required");
        }
        if (pixelCount < 0) {
            throw new IllegalArgumentException("stratum " + key + " has a negative pixel count " + pixelCount);
        }
        if (sampleSize < 0 || sampleSize > pixelCount) {
            throw new IllegalArgumentException("stratum " + key + ": sample size " + sampleSize
                    + " is outside [0, " + pixelCount + "] (its pixel count)");
        }
    }
}
