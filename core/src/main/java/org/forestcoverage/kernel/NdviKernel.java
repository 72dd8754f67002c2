package org.forestcoverage.kernel;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.util.Intervals;

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
        ndvi(ArrayImgs.shorts(redDn, width, height), ArrayImgs.shorts(nirDn, width, height),
                ArrayImgs.doubles(out, width, height));
    }

    /**
     * Writes the NDVI of each pixel of {@code red} and {@code nir} (16-bit storage, signedness as the decoders
     * say) into {@code out}. All three must have the same dimensions. Array-backed images (the usual case:
     * windows read by GDAL and wrapped by {@link ArrayImgs}) run a flat loop over their storage arrays; any
     * other images run through {@link LoopBuilder}.
     */
    public void ndvi(RandomAccessibleInterval<ShortType> red, RandomAccessibleInterval<ShortType> nir,
                     RandomAccessibleInterval<DoubleType> out) {
        short[] r = storage(red, ShortArray.class);
        short[] n = storage(nir, ShortArray.class);
        double[] o = storage(out, DoubleArray.class);
        if (!Intervals.equalDimensions(red, nir) || !Intervals.equalDimensions(red, out)) {
            throw new IllegalArgumentException("NDVI images differ in size: red " + Intervals.toString(red) + ", nir "
                    + Intervals.toString(nir) + ", out " + Intervals.toString(out));
        }
        if (r != null && n != null && o != null) {
            ndviArrays(r, n, o, (int) Intervals.numElements(out));
        } else {
            ndviLoopBuilder(red, nir, out);
        }
    }

    @SuppressWarnings("unchecked")
    private static <A> A storageOf(Object access, Class<?> type) {
        return type.isInstance(access) ? (A) ((net.imglib2.img.basictypeaccess.array.ArrayDataAccess<?>) access).getCurrentStorageArray() : null;
    }

    private static <T> T storage(RandomAccessibleInterval<?> img, Class<?> accessType) {
        return img instanceof ArrayImg<?, ?> a ? storageOf(a.update(null), accessType) : null;
    }

    /** The rule over flat arrays; the same arithmetic as {@link #ndviLoopBuilder}. */
    private void ndviArrays(short[] redDn, short[] nirDn, double[] out, int count) {
        // the rule's parameters as locals: the loop body then has no field loads or virtual calls
        final int redMask = red.unsigned() ? 0xFFFF : -1;
        final int nirMask = nir.unsigned() ? 0xFFFF : -1;
        // a nodata value outside the 16-bit range of the storage can never match
        final int redNodata = red.hasNodata() ? red.nodata() : Integer.MIN_VALUE;
        final int nirNodata = nir.hasNodata() ? nir.nodata() : Integer.MIN_VALUE;
        if (integerPath) {
            final int twoK = shift;
            for (int i = 0; i < count; i++) {
                int rv = redDn[i] & redMask;
                int nv = nirDn[i] & nirMask;
                int sum = rv + nv + twoK;
                out[i] = rv == redNodata || nv == nirNodata || sum <= 0 ? Double.NaN : (nv - rv) / (double) sum;
            }
        } else {
            final double rs = red.calibration().scale();
            final double ro = red.calibration().offset();
            final double ns = nir.calibration().scale();
            final double no = nir.calibration().offset();
            for (int i = 0; i < count; i++) {
                int rv = redDn[i] & redMask;
                int nv = nirDn[i] & nirMask;
                double rr = rv * rs + ro;
                double nr = nv * ns + no;
                double sum = rr + nr;
                out[i] = rv == redNodata || nv == nirNodata || !(sum > 0) ? Double.NaN : (nr - rr) / sum;
            }
        }
    }

    /**
     * Classifies a tile straight from red and NIR: {@link LandClass#UNOBSERVED} where NDVI is undefined,
     * {@link LandClass#FOREST} where {@code NDVI >= thresholdNdvi}, else {@link LandClass#NON_FOREST}. The same
     * arithmetic as {@link #ndvi} followed by {@link ForestClassifier#classify} without the NDVI array in between:
     * for single-scene years whose NDVI is not written out, it saves a pass and 8 bytes of memory traffic a pixel.
     */
    public void classify(short[] redDn, short[] nirDn, double thresholdNdvi, byte[] out, int count) {
        final int redMask = red.unsigned() ? 0xFFFF : -1;
        final int nirMask = nir.unsigned() ? 0xFFFF : -1;
        final int redNodata = red.hasNodata() ? red.nodata() : Integer.MIN_VALUE;
        final int nirNodata = nir.hasNodata() ? nir.nodata() : Integer.MIN_VALUE;
        final double t = thresholdNdvi;
        long[] ratio = integerPath ? Threshold.ratio(t) : null;
        if (ratio != null) {
            // (n - r) / sum >= p / q  <=>  (n - r) q - p sum >= 0, in exact integers; the forest bit is the sign
            // bit of that difference, so the loop has no data-dependent branch (forest and non-forest interleave)
            final int twoK = shift;
            final long p = ratio[0];
            final long q = ratio[1];
            for (int i = 0; i < count; i++) {
                int rv = redDn[i] & redMask;
                int nv = nirDn[i] & nirMask;
                int sum = rv + nv + twoK;
                int forest = (int) (~((nv - rv) * q - p * sum) >>> 63);
                out[i] = rv == redNodata || nv == nirNodata || sum <= 0 ? LandClass.UNOBSERVED
                        : (byte) (LandClass.NON_FOREST + forest);
            }
        } else if (integerPath) {
            final int twoK = shift;
            for (int i = 0; i < count; i++) {
                int rv = redDn[i] & redMask;
                int nv = nirDn[i] & nirMask;
                int sum = rv + nv + twoK;
                out[i] = rv == redNodata || nv == nirNodata || sum <= 0 ? LandClass.UNOBSERVED
                        : (nv - rv) / (double) sum >= t ? LandClass.FOREST : LandClass.NON_FOREST;
            }
        } else {
            final double rs = red.calibration().scale();
            final double ro = red.calibration().offset();
            final double ns = nir.calibration().scale();
            final double no = nir.calibration().offset();
            for (int i = 0; i < count; i++) {
                int rv = redDn[i] & redMask;
                int nv = nirDn[i] & nirMask;
                double rr = rv * rs + ro;
                double nr = nv * ns + no;
                double sum = rr + nr;
                out[i] = rv == redNodata || nv == nirNodata || !(sum > 0) ? LandClass.UNOBSERVED
                        : (nr - rr) / sum >= t ? LandClass.FOREST : LandClass.NON_FOREST;
            }
        }
    }

    /** The rule through LoopBuilder, for images that are not array-backed (views, cell images). */
    void ndviLoopBuilder(RandomAccessibleInterval<ShortType> r, RandomAccessibleInterval<ShortType> n,
                         RandomAccessibleInterval<DoubleType> o) {
        LoopBuilder.setImages(r, n, o).forEachPixel((rp, np, op) -> op.set(pixel(rp.getShort(), np.getShort())));
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
