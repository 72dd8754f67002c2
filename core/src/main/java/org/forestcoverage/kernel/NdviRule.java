package org.forestcoverage.kernel;

import java.io.Serializable;

/**
 * The NDVI of one pixel of one scene from its stored red and NIR values: {@code (NIR - red) / (NIR + red)} in
 * reflectance, undefined (NaN, unobserved) when either value is its band's nodata or NaN, or when red + NIR is not
 * positive (0 / 0 has no NDVI). Every kernel computes NDVI through this class.
 *
 * <pre>{@code
 * NdviRule rule = new NdviRule(redDecoder, nirDecoder);
 * double v = rule.ndvi(redStored, nirStored);     // 16-bit storage
 * }</pre>
 *
 * <p>When both bands share scale and offset and the offset is a whole number of scale steps ({@code offset = K x
 * scale}: no offset, Sentinel-2's -1000 / 10000, Landsat L1 TOA's -0.1 / 2e-5 = -5000), the scale cancels and NDVI is
 * taken from the stored values directly ({@link #scaleFree()}): {@code (n - r) / (n + r + 2K)} with one correctly
 * rounded division, which keeps {@code NDVI >= t} exact at ties such as NIR = 4 x red at 0.6 ({@link Threshold}). For
 * 16-bit bands that is the {@link #integerPath()}, with the sums in 32 bits (no 16-bit overflow); for Float32 and
 * Float64 bands the sums are exact in double precision. Otherwise reflectances are computed in double precision.
 * Immutable and thread-safe.
 */
public final class NdviRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final BandDecoder red;
    private final BandDecoder nir;
    private final boolean scaleFree;
    private final boolean integerPath;
    private final int twoK;

    public NdviRule(BandDecoder red, BandDecoder nir) {
        this.red = red;
        this.nir = nir;
        double k = red.calibration().offset() / red.calibration().scale();
        this.scaleFree = red.calibration().equals(nir.calibration()) && Math.abs(k) < 1e6
                && Math.abs(k - Math.rint(k)) <= 1e-9 * Math.max(1, Math.abs(k));
        this.integerPath = scaleFree && red.type().inShortStorage() && nir.type().inShortStorage();
        this.twoK = scaleFree ? 2 * (int) Math.rint(k) : 0;
    }

    public BandDecoder red() {
        return red;
    }

    public BandDecoder nir() {
        return nir;
    }

    /** True when the scale cancels: NDVI is {@code (n - r) / (n + r + 2K)} of the stored values. */
    public boolean scaleFree() {
        return scaleFree;
    }

    /** True when NDVI is computed from stored 16-bit integers ({@link #scaleFree()} for two 16-bit bands). */
    public boolean integerPath() {
        return integerPath;
    }

    /** {@code 2K}, twice the offset in scale steps, when {@link #scaleFree()} (0 otherwise). */
    public int twoK() {
        return twoK;
    }

    /** NDVI of one pixel from 16-bit stored values (signedness as the decoders say); NaN when unobserved. */
    public double ndvi(short redStored, short nirStored) {
        int r = redStored & red.shortMask();
        int n = nirStored & nir.shortMask();
        if (r == red.nodata().rawShort() || n == nir.nodata().rawShort()) {
            return Double.NaN;
        }
        if (integerPath) {
            return ndviOfSteps(r, n, twoK);
        }
        return ndviOfReflectance(red.calibration().reflectance(r), nir.calibration().reflectance(n));
    }

    /** NDVI of one pixel from stored values of any type (as doubles); NaN when unobserved. */
    public double ndvi(double redStored, double nirStored) {
        if (red.nodata().isNodata(redStored) || nir.nodata().isNodata(nirStored)) {
            return Double.NaN;
        }
        if (scaleFree) {
            return ndviOfSteps(redStored, nirStored, twoK);
        }
        return ndviOfReflectance(red.calibration().reflectance(redStored), nir.calibration().reflectance(nirStored));
    }

    /**
     * The {@link #scaleFree()} NDVI of 16-bit stored values: {@code (n - r) / (n + r + 2K)}, the sum in 32 bits; NaN
     * when the sum is not positive.
     */
    static double ndviOfSteps(int r, int n, int twoK) {
        int sum = r + n + twoK;
        return sum > 0 ? (n - r) / (double) sum : Double.NaN;
    }

    /** The same for stored values in double precision (exact sums); NaN when the sum is not positive or NaN. */
    static double ndviOfSteps(double r, double n, double twoK) {
        double sum = r + n + twoK;
        return sum > 0 ? (n - r) / sum : Double.NaN;
    }

    /** NDVI of red and NIR reflectance; NaN when their sum is not positive (or either is NaN). */
    static double ndviOfReflectance(double red, double nir) {
        double sum = red + nir;
        return sum > 0 ? (nir - red) / sum : Double.NaN;
    }
}
