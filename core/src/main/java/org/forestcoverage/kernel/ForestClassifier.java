package org.forestcoverage.kernel;

import java.io.Serializable;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

/**
 * The one classifier of land classes ({@link LandClass#of}): a pixel without a valid observation is unobserved, one
 * the quality band calls water is water, else {@code NDVI >= threshold} is forest ({@link Threshold}). It classifies a
 * composite NDVI with its water flags, and, for a year of one scene whose NDVI is not written out, the same rule
 * straight from the scene's red and NIR ({@link NdviRule}) without the NDVI image in between; the quality mask and the
 * footprint are applied to the classes afterwards ({@link MaskTable}, {@link Footprint}).
 *
 * <pre>{@code
 * ForestClassifier c = new ForestClassifier(Threshold.of(0.6));
 * c.classify(ndvi, water, classes);                 // any year
 * c.classify(rule, redShorts, nirShorts, classes);  // one scene, 16-bit bands
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class ForestClassifier implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Threshold threshold;

    public ForestClassifier(Threshold threshold) {
        this.threshold = threshold;
    }

    public Threshold threshold() {
        return threshold;
    }

    /** Classes of a composite NDVI (NaN = unobserved) and its water flags (non-zero = water). */
    public void classify(RandomAccessibleInterval<DoubleType> ndvi, RandomAccessibleInterval<ByteType> water,
                         RandomAccessibleInterval<ByteType> classes) {
        SameSize.check("classify", ndvi, water, classes);
        final double t = threshold.ndvi();
        Cursor<DoubleType> v = Views.flatIterable(ndvi).cursor();
        Cursor<ByteType> w = Views.flatIterable(water).cursor();
        Cursor<ByteType> o = Views.flatIterable(classes).cursor();
        while (o.hasNext()) {
            double x = v.next().get();
            o.next().setByte(LandClass.of(x == x, w.next().getByte() != 0, x >= t));
        }
    }

    /**
     * Classes of one scene straight from its 16-bit red and NIR: the same as {@link NdviKernel#shorts} followed by
     * {@link #classify(RandomAccessibleInterval, RandomAccessibleInterval, RandomAccessibleInterval)} without water,
     * without the NDVI image. On the integer path with an exact threshold fraction the test is
     * {@code (n - r) q - p (n + r + 2K) >= 0} in integers, taken from the sign bit: no division, no data-dependent
     * branch (forest and non-forest interleave).
     */
    public void classify(NdviRule rule, RandomAccessibleInterval<ShortType> red, RandomAccessibleInterval<ShortType> nir,
                         RandomAccessibleInterval<ByteType> classes) {
        SameSize.check("classify", red, nir, classes);
        final int rm = rule.red().shortMask();
        final int nm = rule.nir().shortMask();
        final int rnd = rule.red().nodata().rawShort();
        final int nnd = rule.nir().nodata().rawShort();
        if (rule.integerPath() && threshold.hasFraction()) {
            final int twoK = rule.twoK();
            final long p = threshold.p();
            final long q = threshold.q();
            ShortType rt = FlatIndex.linked(red);
            ShortType nt = FlatIndex.linked(nir);
            ByteType ot = FlatIndex.linked(classes);
            if (rt != null && nt != null && ot != null) {
                byFraction(rt, nt, ot, (int) Intervals.numElements(classes), rm, nm, rnd, nnd, twoK, p, q);
                return;
            }
            Cursor<ShortType> r = Views.flatIterable(red).cursor();
            Cursor<ShortType> n = Views.flatIterable(nir).cursor();
            Cursor<ByteType> o = Views.flatIterable(classes).cursor();
            while (o.hasNext()) {
                o.next().setByte(byFraction(r.next().getShort() & rm, n.next().getShort() & nm, rnd, nnd, twoK, p, q));
            }
        } else {
            // NDVI in double precision (the rule's integer path divides exactly too), then the threshold
            Cursor<ShortType> r = Views.flatIterable(red).cursor();
            Cursor<ShortType> n = Views.flatIterable(nir).cursor();
            Cursor<ByteType> o = Views.flatIterable(classes).cursor();
            while (o.hasNext()) {
                double v = rule.ndvi(r.next().getShort(), n.next().getShort());
                o.next().setByte(LandClass.of(v == v, false, threshold.isForest(v)));
            }
        }
    }

    /** The integer path over array images by one flat index (a small method of its own: the JIT's tightest loop). */
    private static void byFraction(ShortType rt, ShortType nt, ByteType ot, int count, int rm, int nm, int rnd, int nnd,
                                   int twoK, long p, long q) {
        for (int i = 0; i < count; i++) {
            rt.updateIndex(i);
            nt.updateIndex(i);
            ot.updateIndex(i);
            ot.setByte(byFraction(rt.getShort() & rm, nt.getShort() & nm, rnd, nnd, twoK, p, q));
        }
    }

    /**
     * The class of one pixel on the integer path: {@link LandClass#of}(observed, false, forest) with forest as the sign
     * bit of {@code (n - r) q - p (n + r + 2K)}.
     */
    private static byte byFraction(int rv, int nv, int redNodata, int nirNodata, int twoK, long p, long q) {
        int sum = rv + nv + twoK;
        int forest = (int) (~((nv - rv) * q - p * sum) >>> 63);
        return rv == redNodata || nv == nirNodata || sum <= 0 ? LandClass.UNOBSERVED
                : (byte) (LandClass.NON_FOREST + forest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForestClassifier c && c.threshold.equals(threshold);
    }

    @Override
    public int hashCode() {
        return threshold.hashCode();
    }
}
