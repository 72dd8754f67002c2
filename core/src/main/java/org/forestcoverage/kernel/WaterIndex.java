package org.forestcoverage.kernel;

import java.io.Serializable;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.TileCoverage;

/**
 * A normalised-difference water index of one scene, {@code (green - other) / (green + other)} in reflectance with
 * {@code other} SWIR1 (MNDWI, Xu 2006) or NIR (NDWI, McFeeters 1996), and its rule: {@link WaterMarks#WATER} where the
 * index exceeds {@code threshold}, {@link WaterMarks#LAND} elsewhere, {@link WaterMarks#UNDECIDED} where either band is
 * nodata or outside its footprint, or the sum is not positive.
 *
 * <pre>{@code
 * WaterIndex mndwi = WaterIndex.of(greenDecoder, swirDecoder, 0.0);
 * mndwi.codes(greenTile, swirTile, scratchDoubles, codes);
 * }</pre>
 *
 * <p>The index is the normalised difference of {@link NdviRule} with green in NIR's place and the other band in red's,
 * so it shares NDVI's decoding, nodata rule and exact arithmetic ({@link NdviKernel}). Immutable and thread-safe.
 *
 * @param difference the normalised difference, NIR's place holding green, red's the other band
 * @param threshold  index above which a pixel is water, in (-1, 1)
 */
public record WaterIndex(NdviRule difference, double threshold) implements Serializable {

    public WaterIndex {
        if (!(threshold > -1 && threshold < 1)) {
            throw new IllegalArgumentException("water index threshold must be in (-1, 1), got " + threshold);
        }
    }

    /** The index of {@code green} against {@code other} (SWIR1 or NIR). */
    public static WaterIndex of(BandDecoder green, BandDecoder other, double threshold) {
        return new WaterIndex(new NdviRule(other, green), threshold);
    }

    /**
     * The codes of the tile from the two bands read onto it; {@code index} receives the index (NaN where undecided), a
     * working image of the tile's size.
     */
    public void codes(BandTile green, BandTile other, RandomAccessibleInterval<DoubleType> index,
                      RandomAccessibleInterval<ByteType> codes) {
        SameSize.check("water index", index, codes);
        TileCoverage coverage = green.coverage().and(other.coverage());
        if (coverage == TileCoverage.NONE) {
            WaterMarks.fill(codes, WaterMarks.UNDECIDED);
            return;
        }
        NdviKernel.ndvi(difference, other, green, index);
        final double t = threshold;
        Cursor<DoubleType> v = Views.flatIterable(index).cursor();
        Cursor<ByteType> o = Views.flatIterable(codes).cursor();
        while (o.hasNext()) {
            double x = v.next().get();
            o.next().setByte(x != x ? WaterMarks.UNDECIDED : x > t ? WaterMarks.WATER : WaterMarks.LAND);
        }
        if (coverage == TileCoverage.PARTIAL) {
            for (BandTile b : new BandTile[] {green, other}) {
                if (b.coverage() == TileCoverage.PARTIAL) {
                    Cursor<ByteType> m = Views.flatIterable(b.maskImage()).cursor();
                    Cursor<ByteType> c = Views.flatIterable(codes).cursor();
                    while (c.hasNext()) {
                        ByteType k = c.next();
                        if (m.next().getByte() == 0) {
                            k.setByte(WaterMarks.UNDECIDED);
                        }
                    }
                }
            }
        }
    }
}
