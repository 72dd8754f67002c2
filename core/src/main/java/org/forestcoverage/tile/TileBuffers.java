package org.forestcoverage.tile;

import java.util.EnumMap;
import java.util.Map;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.real.DoubleType;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.plan.BandPlan;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.PixelType;

/**
 * The tile buffers of one task, shared by its scenes (the kernel is done with one scene's tiles before the next is
 * read): one {@link BandTile} per band role and pixel type, allocated on first use, and the water source's codes and
 * working index image. Not thread-safe: one per task.
 */
final class TileBuffers {
    /** What a band is read for; each role has its own buffers, so a scene's bands never overwrite each other. */
    enum Role { RED, NIR, QUALITY, WATER_GREEN, WATER_OTHER, WATER_LAYER }

    private final int capacity;
    private final Map<Role, Map<PixelType, BandTile>> tiles = new EnumMap<>(Role.class);
    private byte[] waterCodes;
    private double[] waterIndex;

    TileBuffers(int capacity) {
        this.capacity = capacity;
    }

    /** The tile of {@code role} for {@code band}'s pixel type. */
    BandTile tile(Role role, BandPlan band) {
        return tiles.computeIfAbsent(role, r -> new EnumMap<>(PixelType.class))
                .computeIfAbsent(band.info().type(), t -> BandTile.allocate(t, capacity));
    }

    /** The water codes of the current scene over {@code w} (see {@link org.forestcoverage.kernel.WaterMarks}). */
    ArrayImg<ByteType, ByteArray> waterCodes(PixelWindow w) {
        return ArrayImgs.bytes(waterCodeBuffer(), w.width(), w.height());
    }

    /** The buffer behind {@link #waterCodes}, row-major with the window's width. */
    byte[] waterCodeBuffer() {
        if (waterCodes == null) {
            waterCodes = new byte[capacity];
        }
        return waterCodes;
    }

    /** A working image for a water index over {@code w}. */
    ArrayImg<DoubleType, DoubleArray> waterIndex(PixelWindow w) {
        if (waterIndex == null) {
            waterIndex = new double[capacity];
        }
        return ArrayImgs.doubles(waterIndex, w.width(), w.height());
    }
}
