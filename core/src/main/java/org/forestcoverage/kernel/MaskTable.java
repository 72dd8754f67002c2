package org.forestcoverage.kernel;

import java.io.Serializable;
import java.util.Arrays;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import org.forestcoverage.scene.MaskRule;

/**
 * A {@link MaskRule} tabulated for all 65,536 values of a 16-bit quality band, built once on the driver and shipped
 * with the plan: applying it costs one look-up per pixel and no virtual call. Masked pixels become unobserved, water
 * pixels water; quality values are read as unsigned.
 *
 * <pre>{@code
 * MaskTable t = new MaskTable(new MaskRule.Bits(0b11010, 0b10000000));
 * t.mask(quality, ndvi, water);   // one scene's observation
 * t.mask(quality, classes);       // a single scene classified directly
 * }</pre>
 *
 * Immutable (the table never leaves this class) and thread-safe.
 */
public final class MaskTable implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] codes = new byte[65536];

    public MaskTable(MaskRule rule) {
        for (int q = 0; q < codes.length; q++) {
            codes[q] = (byte) rule.classify(q);
        }
    }

    /** {@link MaskRule#CLEAR}, {@link MaskRule#MASKED} or {@link MaskRule#WATER} for a quality value. */
    public int code(int quality) {
        return codes[quality & 0xFFFF];
    }

    /** Sets NDVI to NaN where the quality masks the pixel and the water flag where it marks water. */
    public void mask(RandomAccessibleInterval<ShortType> quality, RandomAccessibleInterval<DoubleType> ndvi,
                     RandomAccessibleInterval<ByteType> water) {
        SameSize.check("quality mask", quality, ndvi, water);
        final byte[] t = codes;
        Cursor<ShortType> q = Views.flatIterable(quality).cursor();
        Cursor<DoubleType> v = Views.flatIterable(ndvi).cursor();
        Cursor<ByteType> w = Views.flatIterable(water).cursor();
        while (q.hasNext()) {
            byte c = t[q.next().getShort() & 0xFFFF];
            DoubleType x = v.next();
            ByteType y = w.next();
            if (c == MaskRule.MASKED) {
                x.set(Double.NaN);
            } else if (c == MaskRule.WATER) {
                y.setByte((byte) 1);
            }
        }
    }

    /** The same on classes: unobserved where the quality masks the pixel, water where it marks an observed one. */
    public void mask(RandomAccessibleInterval<ShortType> quality, RandomAccessibleInterval<ByteType> classes) {
        SameSize.check("quality mask", quality, classes);
        final byte[] t = codes;
        Cursor<ShortType> q = Views.flatIterable(quality).cursor();
        Cursor<ByteType> o = Views.flatIterable(classes).cursor();
        while (q.hasNext()) {
            byte c = t[q.next().getShort() & 0xFFFF];
            ByteType x = o.next();
            byte k = x.getByte();
            x.setByte(LandClass.of(k != LandClass.UNOBSERVED && c != MaskRule.MASKED, c == MaskRule.WATER,
                    k == LandClass.FOREST));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskTable m && Arrays.equals(m.codes, codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }
}
