package org.forestcoverage.kernel;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;
import org.forestcoverage.raster.BandTile;

/**
 * NDVI of one scene over one tile ({@link NdviRule}, NaN = unobserved), on imglib2 images: the tiles' buffers wrapped
 * by {@code ArrayImgs}, walked in step by one flat index ({@link FlatIndex}; other images by cursors).
 *
 * <pre>{@code
 * NdviKernel.ndvi(rule, redTile, nirTile, ArrayImgs.doubles(ndvi, w, h));
 * }</pre>
 *
 * <p>One loop per storage combination and path (16-bit integers, 16-bit scaled, double scale-free, double scaled,
 * mixed), each over one fixed pair of pixel types, so that every loop's calls stay monomorphic whatever else the JVM
 * runs. Stateless and thread-safe.
 */
public final class NdviKernel {
    private NdviKernel() {
    }

    /** NDVI of every pixel of the two bands' tiles (same window) into {@code out}. */
    public static void ndvi(NdviRule rule, BandTile red, BandTile nir, RandomAccessibleInterval<DoubleType> out) {
        boolean redShort = red.type().inShortStorage();
        boolean nirShort = nir.type().inShortStorage();
        if (redShort && nirShort) {
            shorts(rule, red.shortImage(), nir.shortImage(), out);
        } else if (!redShort && !nirShort) {
            doubles(rule, red.doubleImage(), nir.doubleImage(), out);
        } else {
            mixed(rule, redShort ? red.shortImage() : red.doubleImage(), nirShort ? nir.shortImage() : nir.doubleImage(),
                    out);
        }
    }

    /** NDVI from 16-bit stored values (signedness as the rule's decoders say). */
    public static void shorts(NdviRule rule, RandomAccessibleInterval<ShortType> red,
                              RandomAccessibleInterval<ShortType> nir, RandomAccessibleInterval<DoubleType> out) {
        SameSize.check("NDVI", red, nir, out);
        // the rule's parameters as locals: the loop body has no field loads or virtual calls of its own
        final int rm = rule.red().shortMask();
        final int nm = rule.nir().shortMask();
        final int rnd = rule.red().nodata().rawShort();
        final int nnd = rule.nir().nodata().rawShort();
        final int twoK = rule.twoK();
        final boolean integer = rule.integerPath();
        final double rs = rule.red().calibration().scale();
        final double ro = rule.red().calibration().offset();
        final double ns = rule.nir().calibration().scale();
        final double no = rule.nir().calibration().offset();
        ShortType rt = FlatIndex.linked(red);
        ShortType nt = FlatIndex.linked(nir);
        DoubleType ot = FlatIndex.linked(out);
        if (rt != null && nt != null && ot != null) {
            // one small method per path: a branch inside the loop, or a large enclosing method, kept the JIT from its
            // tightest code
            int count = (int) Intervals.numElements(out);
            if (integer) {
                integerNdvi(rt, nt, ot, count, rm, nm, rnd, nnd, twoK);
            } else {
                scaledNdvi(rt, nt, ot, count, rm, nm, rnd, nnd, rs, ro, ns, no);
            }
            return;
        }
        Cursor<ShortType> r = Views.flatIterable(red).cursor();
        Cursor<ShortType> n = Views.flatIterable(nir).cursor();
        Cursor<DoubleType> o = Views.flatIterable(out).cursor();
        while (o.hasNext()) {
            int rv = r.next().getShort() & rm;
            int nv = n.next().getShort() & nm;
            o.next().set(integer ? integerNdvi(rv, nv, rnd, nnd, twoK) : scaledNdvi(rv, nv, rnd, nnd, rs, ro, ns, no));
        }
    }

    private static void integerNdvi(ShortType rt, ShortType nt, DoubleType ot, int count, int rm, int nm, int rnd,
                                    int nnd, int twoK) {
        for (int i = 0; i < count; i++) {
            rt.updateIndex(i);
            nt.updateIndex(i);
            ot.updateIndex(i);
            ot.set(integerNdvi(rt.getShort() & rm, nt.getShort() & nm, rnd, nnd, twoK));
        }
    }

    private static void scaledNdvi(ShortType rt, ShortType nt, DoubleType ot, int count, int rm, int nm, int rnd,
                                   int nnd, double rs, double ro, double ns, double no) {
        for (int i = 0; i < count; i++) {
            rt.updateIndex(i);
            nt.updateIndex(i);
            ot.updateIndex(i);
            ot.set(scaledNdvi(rt.getShort() & rm, nt.getShort() & nm, rnd, nnd, rs, ro, ns, no));
        }
    }

    /** {@link NdviRule}'s integer path for one pixel. */
    private static double integerNdvi(int rv, int nv, int redNodata, int nirNodata, int twoK) {
        return rv == redNodata || nv == nirNodata ? Double.NaN : NdviRule.ndviOfSteps(rv, nv, twoK);
    }

    /** {@link NdviRule}'s reflectance path for one pixel of 16-bit bands. */
    private static double scaledNdvi(int rv, int nv, int redNodata, int nirNodata, double rs, double ro, double ns,
                                     double no) {
        double ndvi = NdviRule.ndviOfReflectance(rv * rs + ro, nv * ns + no);
        return rv == redNodata || nv == nirNodata ? Double.NaN : ndvi;
    }

    /** NDVI from bands in double storage (Float32, Float64, 32-bit integers). */
    public static void doubles(NdviRule rule, RandomAccessibleInterval<DoubleType> red,
                               RandomAccessibleInterval<DoubleType> nir, RandomAccessibleInterval<DoubleType> out) {
        SameSize.check("NDVI", red, nir, out);
        final double rnd = rule.red().nodata().storedOrNaN();
        final double nnd = rule.nir().nodata().storedOrNaN();
        Cursor<DoubleType> r = Views.flatIterable(red).cursor();
        Cursor<DoubleType> n = Views.flatIterable(nir).cursor();
        Cursor<DoubleType> o = Views.flatIterable(out).cursor();
        // NaN stored values make the sums NaN, which the rule leaves unobserved
        if (rule.scaleFree()) {
            final double twoK = rule.twoK();
            while (o.hasNext()) {
                double rv = r.next().get();
                double nv = n.next().get();
                o.next().set(rv == rnd || nv == nnd ? Double.NaN : NdviRule.ndviOfSteps(rv, nv, twoK));
            }
        } else {
            final double rs = rule.red().calibration().scale();
            final double ro = rule.red().calibration().offset();
            final double ns = rule.nir().calibration().scale();
            final double no = rule.nir().calibration().offset();
            while (o.hasNext()) {
                double rv = r.next().get();
                double nv = n.next().get();
                double ndvi = NdviRule.ndviOfReflectance(rv * rs + ro, nv * ns + no);
                o.next().set(rv == rnd || nv == nnd ? Double.NaN : ndvi);
            }
        }
    }

    /** NDVI from one band in 16-bit storage and one in double storage. */
    static void mixed(NdviRule rule, RandomAccessibleInterval<? extends RealType<?>> red,
                      RandomAccessibleInterval<? extends RealType<?>> nir, RandomAccessibleInterval<DoubleType> out) {
        SameSize.check("NDVI", red, nir, out);
        Cursor<? extends RealType<?>> r = Views.flatIterable(red).cursor();
        Cursor<? extends RealType<?>> n = Views.flatIterable(nir).cursor();
        Cursor<DoubleType> o = Views.flatIterable(out).cursor();
        final int rm = rule.red().shortMask();
        final int nm = rule.nir().shortMask();
        while (o.hasNext()) {
            double rv = stored(r.next(), rule.red(), rm);
            double nv = stored(n.next(), rule.nir(), nm);
            o.next().set(rule.ndvi(rv, nv));
        }
    }

    /** A stored value as the band's number: 16-bit values through the band's signedness. */
    private static double stored(RealType<?> v, BandDecoder band, int mask) {
        return band.type().inShortStorage() ? (((ShortType) v).getShort() & mask) : v.getRealDouble();
    }
}
