package org.forestcoverage.raster;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.real.DoubleType;
import org.forestcoverage.grid.PixelWindow;

/**
 * One band of one scene over one tile of the analysis grid: the tile's window, the band's {@link TileCoverage} and its
 * values, held in buffers a task allocates once and reuses for every tile (row-major, {@code window.width()} per row).
 * A {@link BandSource} fills it; the kernels see it only as imglib2 images wrapping those buffers, never copies.
 *
 * <pre>{@code
 * BandTile red = BandTile.allocate(PixelType.INT16, 512 * 512);
 * source.read(tiling.tile(7), red);
 * if (red.coverage() != TileCoverage.NONE) kernel(red.shortImage(), ...);
 * }</pre>
 *
 * <p>Storage follows {@link PixelType#inShortStorage()}: 16-bit bands fill {@link #shortBuffer()} (the kernels apply
 * the band's signedness), all others {@link #doubleBuffer()}. The coverage mask holds 1 where the band has data and 0
 * elsewhere and is meaningful only when the coverage is {@link TileCoverage#PARTIAL}. The contents are valid until
 * the next read into the same tile. Not thread-safe: one per task.
 */
public final class BandTile {
    private final PixelType type;
    private final short[] shorts;
    private final double[] doubles;
    private final byte[] mask;
    private PixelWindow window = PixelWindow.EMPTY;
    private TileCoverage coverage = TileCoverage.NONE;

    private BandTile(PixelType type, int capacity) {
        this.type = type;
        this.shorts = type.inShortStorage() ? new short[capacity] : null;
        this.doubles = type.inShortStorage() ? null : new double[capacity];
        this.mask = new byte[capacity];
    }

    /** A tile for bands of {@code type} over windows of up to {@code capacity} pixels. */
    public static BandTile allocate(PixelType type, int capacity) {
        if (type == PixelType.OTHER) {
            throw new IllegalArgumentException("complex pixel types cannot be read into a tile");
        }
        return new BandTile(type, capacity);
    }

    public PixelType type() {
        return type;
    }

    /** Largest window this tile can hold, in pixels. */
    public int capacity() {
        return mask.length;
    }

    public PixelWindow window() {
        return window;
    }

    public TileCoverage coverage() {
        return coverage;
    }

    /** Records what a read produced; called by the {@link BandSource} that filled the buffers. */
    public void filled(PixelWindow window, TileCoverage coverage) {
        if (window.pixelCount() > capacity()) {
            throw new IllegalArgumentException("window " + window + " exceeds the tile's " + capacity() + " pixels");
        }
        this.window = window;
        this.coverage = coverage;
    }

    /** The 16-bit value buffer, for the source that fills it; null for bands in double storage. */
    public short[] shortBuffer() {
        return shorts;
    }

    /** The double value buffer, for the source that fills it; null for bands in 16-bit storage. */
    public double[] doubleBuffer() {
        return doubles;
    }

    /** The coverage mask buffer (1 = covered), for the source that fills it. */
    public byte[] maskBuffer() {
        return mask;
    }

    /** The values as an image of the window's size (16-bit storage), wrapping the buffer. */
    public ArrayImg<ShortType, ShortArray> shortImage() {
        return ArrayImgs.shorts(shorts, window.width(), window.height());
    }

    /** The values as an image of the window's size (double storage), wrapping the buffer. */
    public ArrayImg<DoubleType, DoubleArray> doubleImage() {
        return ArrayImgs.doubles(doubles, window.width(), window.height());
    }

    /** The coverage mask as an image of the window's size, wrapping the buffer. */
    public ArrayImg<ByteType, ByteArray> maskImage() {
        return ArrayImgs.bytes(mask, window.width(), window.height());
    }
}
