package org.forestcoverage.kernel;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.scene.Calibration;

/**
 * Reflectance of one band of one scene over one tile: {@code stored x scale + offset} by the band's
 * {@link BandDecoder} (16-bit values through its signedness; a cross-sensor transform, when harmonised, is already
 * folded into the calibration), on imglib2 images walked by cursors. Nodata is not looked at: which pixels are
 * observations is the NDVI's to say ({@link NdviRule}, masks, footprint); the values elsewhere are meaningless.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Reflectance.of(rule.red(), redTile, ArrayImgs.doubles(red, w, h));
 * }</pre>
 */
public final class Reflectance {
    private Reflectance() {
    }

    /** The reflectance of every pixel of {@code band}'s tile into {@code out} (same window). */
    public static void of(BandDecoder decoder, BandTile band, RandomAccessibleInterval<DoubleType> out) {
        Calibration c = decoder.calibration();
        final double scale = c.scale();
        final double offset = c.offset();
        Cursor<DoubleType> o = Views.flatIterable(out).cursor();
        if (decoder.type().inShortStorage()) {
            RandomAccessibleInterval<ShortType> in = band.shortImage();
            SameSize.check("reflectance", in, out);
            final int mask = decoder.shortMask();
            Cursor<ShortType> v = Views.flatIterable(in).cursor();
            while (o.hasNext()) {
                o.next().set((v.next().getShort() & mask) * scale + offset);
            }
        } else {
            RandomAccessibleInterval<DoubleType> in = band.doubleImage();
            SameSize.check("reflectance", in, out);
            Cursor<DoubleType> v = Views.flatIterable(in).cursor();
            while (o.hasNext()) {
                o.next().set(v.next().get() * scale + offset);
            }
        }
    }
}
