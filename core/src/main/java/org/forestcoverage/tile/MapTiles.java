package org.forestcoverage.tile;

import java.io.File;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.raster.PixelType;

/**
 * Writes one tile's yearly maps as {@code dir/<kind>_<year>/tile_<index>.tif}: forest classes (Byte), composite NDVI
 * (Float32, NaN = unobserved) and valid observations (UInt16); the driver mosaics them
 * ({@link org.forestcoverage.io.gdal.MapMosaic}). Rewriting a tile (a retried task) replaces the same files.
 * Stateless apart from the folder; thread-safe for different tiles.
 */
final class MapTiles {
    private final String dir;

    MapTiles(String dir) {
        this.dir = dir;
    }

    /** Writes the tile's forest classes. */
    void writeClasses(int year, int index, GridSpec tileGrid, byte[] classes) {
        PixelWindow all = tileGrid.window();
        int n = (int) all.pixelCount();
        try (GeoTiffWriter out = GeoTiffWriter.create(file("forest", year, index), tileGrid, PixelType.BYTE, 1, null)) {
            out.write(1, all, n == classes.length ? classes : java.util.Arrays.copyOf(classes, n));
        }
    }

    /**
     * Sets the given pixels (tile-local, row-major) of a written forest tile to non-forest: the patches the driver
     * found below the minimum mapping unit once joined across tiles.
     */
    void setNonForest(int year, int index, GridSpec tileGrid, int[] pixels) {
        PixelWindow all = tileGrid.window();
        short[] values = new short[(int) all.pixelCount()];
        String path = file("forest", year, index);
        try (GdalRaster in = GdalRaster.open(path)) {
            in.read(1, all, values);
        }
        byte[] classes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            classes[i] = (byte) values[i];
        }
        for (int p : pixels) {
            classes[p] = LandClass.NON_FOREST;
        }
        writeClasses(year, index, tileGrid, classes);
    }

    /**
     * Writes the tile's composite NDVI, valid observation counts, and the day of year and sensor code of each pixel's
     * chosen observation.
     */
    void writeComposite(int year, int index, GridSpec tileGrid, double[] ndvi, short[] count, short[] day,
                        byte[] sensor) {
        PixelWindow all = tileGrid.window();
        int n = (int) all.pixelCount();
        try (GeoTiffWriter out = GeoTiffWriter.create(file("ndvi", year, index), tileGrid, PixelType.FLOAT32, 1,
                Double.NaN)) {
            out.write(1, all, n == ndvi.length ? ndvi : java.util.Arrays.copyOf(ndvi, n));
        }
        try (GeoTiffWriter out = GeoTiffWriter.create(file("count", year, index), tileGrid, PixelType.UINT16, 1, null)) {
            out.write(1, all, n == count.length ? count : java.util.Arrays.copyOf(count, n));
        }
        try (GeoTiffWriter out = GeoTiffWriter.create(file("doy", year, index), tileGrid, PixelType.UINT16, 1, null)) {
            out.write(1, all, n == day.length ? day : java.util.Arrays.copyOf(day, n));
        }
        try (GeoTiffWriter out = GeoTiffWriter.create(file("sensor", year, index), tileGrid, PixelType.BYTE, 1, null)) {
            out.write(1, all, n == sensor.length ? sensor : java.util.Arrays.copyOf(sensor, n));
        }
    }

    private String file(String kind, int year, int index) {
        File d = new File(dir, kind + "_" + year);
        d.mkdirs();
        return new File(d, "tile_" + index + ".tif").getPath();
    }
}
