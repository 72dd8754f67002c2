package org.forestcoverage.kernel;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.TileCoverage;

/**
 * Water of one scene on a tile besides its quality band's flag, one code per pixel: {@link #LAND} (no water here),
 * {@link #WATER}, or {@link #UNDECIDED} (the water source cannot tell: a water index whose bands are nodata there). It
 * feeds the one class rule ({@link LandClass#of}): water where the quality band or the source says water, unobserved
 * where the source cannot decide. Codes come from a {@link WaterIndex}, a water raster's values through a
 * {@link MaskTable} ({@link #fromTable}), or a water layer's polygons (painted by the tile layer). Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * WaterMarks.mark(codes, ndvi, water);   // one scene's observation: NaN where undecided, water flag where water
 * WaterMarks.mark(codes, classes);       // a single scene classified directly
 * }</pre>
 */
public final class WaterMarks {
    public static final byte LAND = 0;
    public static final byte WATER = 1;
    public static final byte UNDECIDED = 2;

    private WaterMarks() {
    }

    /** Sets NDVI to NaN where the source cannot decide and the water flag where it says water. */
    public static void mark(RandomAccessibleInterval<ByteType> codes, RandomAccessibleInterval<DoubleType> ndvi,
                            RandomAccessibleInterval<ByteType> water) {
        SameSize.check("water marks", codes, ndvi, water);
        Cursor<ByteType> c = Views.flatIterable(codes).cursor();
        Cursor<DoubleType> v = Views.flatIterable(ndvi).cursor();
        Cursor<ByteType> w = Views.flatIterable(water).cursor();
        while (c.hasNext()) {
            byte k = c.next().getByte();
            DoubleType x = v.next();
            ByteType y = w.next();
            if (k == UNDECIDED) {
                x.set(Double.NaN);
            } else if (k == WATER) {
                y.setByte((byte) 1);
            }
        }
    }

    /** The same on classes: unobserved where the source cannot decide, water where it says water on an observed one. */
    public static void mark(RandomAccessibleInterval<ByteType> codes, RandomAccessibleInterval<ByteType> classes) {
        SameSize.check("water marks", codes, classes);
        Cursor<ByteType> c = Views.flatIterable(codes).cursor();
        Cursor<ByteType> o = Views.flatIterable(classes).cursor();
        while (c.hasNext()) {
            byte k = c.next().getByte();
            ByteType x = o.next();
            byte was = x.getByte();
            x.setByte(LandClass.of(was != LandClass.UNOBSERVED && k != UNDECIDED,
                    was == LandClass.WATER || k == WATER, was == LandClass.FOREST));
        }
    }

    /**
     * The codes of a water raster read onto the tile: {@link #WATER} where {@code table} calls the value water,
     * {@link #LAND} elsewhere, outside the raster's footprint included (a layer says where water is; where it says
     * nothing the pixel is land, as without a layer).
     */
    public static void fromTable(MaskTable table, BandTile layer, RandomAccessibleInterval<ByteType> codes) {
        if (layer.coverage() == TileCoverage.NONE) {
            fill(codes, LAND);
            return;
        }
        RandomAccessibleInterval<ShortType> values = layer.shortImage();
        SameSize.check("water layer", values, codes);
        Cursor<ShortType> q = Views.flatIterable(values).cursor();
        Cursor<ByteType> m = Views.flatIterable(layer.maskImage()).cursor();
        Cursor<ByteType> o = Views.flatIterable(codes).cursor();
        boolean partial = layer.coverage() == TileCoverage.PARTIAL;
        while (o.hasNext()) {
            boolean covered = m.next().getByte() != 0 || !partial;
            boolean wet = table.code(q.next().getShort()) == org.forestcoverage.scene.MaskRule.WATER;
            o.next().setByte(covered && wet ? WATER : LAND);
        }
    }

    /** Every pixel set to {@code code}. */
    public static void fill(RandomAccessibleInterval<ByteType> codes, byte code) {
        for (ByteType t : Views.flatIterable(codes)) {
            t.setByte(code);
        }
    }
}
