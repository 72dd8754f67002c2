package org.forestcoverage.kernel;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;

/**
 * NDVI of one scene over one tile, from red and NIR digital numbers stored as 16-bit integers.
 *
 * <pre>{@code
 * NdviKernel k = new NdviKernel(redDecoder, nirDecoder);
 * k.ndvi(redShorts, nirShorts, ndvi, 512, 512);   // NaN where unobserved
 * }</pre>
 *
 * <p>A pixel is unobserved (NaN) when either band holds its nodata value or when red + NIR reflectance is
 * not positive (0/0 has no NDVI). When both bands share scale and offset and the offset is a whole number of
 * scale steps ({@code offset = K x scale}: no offset, Sentinel-2's -1000 / 10000, Landsat L1 TOA's -0.1 / 2e-5
 * = -5000 even after the sun-elevation division), NDVI is computed from the integers directly:
 * {@code (n - r) / (double) (n + r + 2K)} with the sums in 32 bits, so no 16-bit overflow, and the division
 * is correctly rounded, which keeps {@code NDVI >= t} exact at ties such as NIR = 4 x red at 0.6 (Florida L1 has
 * such pixels: DN5 = 4 DN4 - 15000). Otherwise reflectances are computed in double precision. Thread-safe (stateless after construction).
 */
public final class NdviKernel {
    private final BandDecoder red;
    private final BandDecoder nir;
    private final boolean integerPath;
    /** Twice the offset in scale steps ({@code 2K}) on the integer path. */
    private final int shift;

    public NdviKernel(BandDecoder red, BandDecoder nir) {
        this.red = red;
        this.nir = nir;
        double k = red.calibration().offset() / red.calibration().scale();
        this.integerPath = red.calibration().equals(nir.calibration()) && Math.abs(k) < 1e6
                && Math.abs(k - Math.rint(k)) <= 1e-9 * Math.max(1, Math.abs(k));
        this.shift = integerPath ? 2 * (int) Math.rint(k) : 0;
    }

    /**
     * Writes the NDVI of each pixel of a {@code width x height} tile into {@code out} (NaN = unobserved).
     * Arrays are row-major; they are wrapped as imglib2 images, not copied.
     */
    public void ndvi(short[] redDn, short[] nirDn, double[] out, int width, int height) {
        ArrayImg<ShortType, ShortArray> r = ArrayImgs.shorts(redDn, width, height);
        ArrayImg<ShortType, ShortArray> n = ArrayImgs.shorts(nirDn, width, height);
        ArrayImg<DoubleType, DoubleArray> o = ArrayImgs.doubles(out, width, height);
        LoopBuilder.setImages(r, n, o).flatIterationOrder().forEachPixel(
                (rp, np, op) -> op.set(pixel(rp.getShort(), np.getShort())));
    }

    /** NDVI of one pixel from stored red and NIR values; NaN when unobserved. */
    public double pixel(short redStored, short nirStored) {
        int r = red.raw(redStored);
        int n = nir.raw(nirStored);
        if (red.isNodata(r) || nir.isNodata(n)) {
            return Double.NaN;
        }
        if (integerPath) {
            int sum = r + n + shift;
            return sum > 0 ? (n - r) / (double) sum : Double.NaN;
        }
        double rr = red.calibration().reflectance(r);
        double nr = nir.calibration().reflectance(n);
        double sum = rr + nr;
        return sum > 0 ? (nr - rr) / sum : Double.NaN;
    }
}
