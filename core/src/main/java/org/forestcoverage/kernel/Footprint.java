package org.forestcoverage.kernel;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;

/**
 * A scene's footprint on a tile: a pixel the scene's bands do not all cover has no observation. Coverage masks hold 1
 * where covered, 0 elsewhere. Stateless and thread-safe.
 *
 * <pre>{@code
 * Footprint.and(nirMask, sceneMask);         // covered by red and by NIR
 * Footprint.mask(sceneMask, ndvi, water);    // outside: NaN, not water
 * }</pre>
 */
public final class Footprint {
    private Footprint() {
    }

    /** {@code into &= other}, pixel by pixel: covered only where both are. */
    public static void and(RandomAccessibleInterval<ByteType> other, RandomAccessibleInterval<ByteType> into) {
        SameSize.check("footprint", other, into);
        Cursor<ByteType> a = Views.flatIterable(other).cursor();
        Cursor<ByteType> b = Views.flatIterable(into).cursor();
        while (b.hasNext()) {
            ByteType x = b.next();
            x.setByte((byte) (x.getByte() & a.next().getByte()));
        }
    }

    /** Unobserved outside the footprint: NDVI NaN and no water flag. */
    public static void mask(RandomAccessibleInterval<ByteType> covered, RandomAccessibleInterval<DoubleType> ndvi,
                            RandomAccessibleInterval<ByteType> water) {
        SameSize.check("footprint", covered, ndvi, water);
        Cursor<ByteType> c = Views.flatIterable(covered).cursor();
        Cursor<DoubleType> v = Views.flatIterable(ndvi).cursor();
        Cursor<ByteType> w = Views.flatIterable(water).cursor();
        while (c.hasNext()) {
            boolean in = c.next().getByte() != 0;
            DoubleType x = v.next();
            ByteType y = w.next();
            if (!in) {
                x.set(Double.NaN);
                y.setByte((byte) 0);
            }
        }
    }

    /** Unobserved outside the footprint, on classes. */
    public static void mask(RandomAccessibleInterval<ByteType> covered, RandomAccessibleInterval<ByteType> classes) {
        SameSize.check("footprint", covered, classes);
        Cursor<ByteType> c = Views.flatIterable(covered).cursor();
        Cursor<ByteType> o = Views.flatIterable(classes).cursor();
        while (c.hasNext()) {
            boolean in = c.next().getByte() != 0;
            ByteType x = o.next();
            if (!in) {
                x.setByte(LandClass.UNOBSERVED);
            }
        }
    }
}
