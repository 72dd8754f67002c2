package org.forestcoverage.testtiles;

import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.PixelType;

/**
 * A red + NIR scene held in memory as stored 16-bit values (row-major over {@code grid}), written as one two-band
 * GeoTIFF: band 1 red, band 2 NIR, tiled, DEFLATE, nodata set on both bands. A Float32 scene holds the same values
 * as floats, with NaN instead of the nodata value in every other nodata pixel of each band.
 */
record TwoBandScene(GridSpec grid, PixelType type, int nodata, short[] red, short[] nir) {

    TwoBandScene {
        if (type != PixelType.INT16 && type != PixelType.UINT16 && type != PixelType.FLOAT32) {
            throw new IllegalArgumentException("scenes are INT16, UINT16 or FLOAT32, not " + type);
        }
        if (red.length != grid.pixelCount() || nir.length != grid.pixelCount()) {
            throw new IllegalArgumentException("band arrays of " + red.length + "/" + nir.length + " values for a "
                    + grid.width() + " x " + grid.height() + " grid");
        }
    }

    /** An all-nodata scene over {@code grid}. */
    static TwoBandScene blank(GridSpec grid, PixelType type, int nodata) {
        int n = Math.toIntExact(grid.pixelCount());
        short[] r = new short[n];
        short[] v = new short[n];
        java.util.Arrays.fill(r, (short) nodata);
        java.util.Arrays.fill(v, (short) nodata);
        return new TwoBandScene(grid, type, nodata, r, v);
    }

    /** The stored value as the file's type means it (UInt16 widened to 0..65535). */
    int raw(short s) {
        return type == PixelType.UINT16 ? s & 0xFFFF : s;
    }

    /** The values as floats, NaN in every other nodata pixel (the odd ones). */
    private float[] floats(short[] values) {
        float[] f = new float[values.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = values[i] == nodata && (i & 1) == 1 ? Float.NaN : values[i];
        }
        return f;
    }

    /** Truth class of pixel {@code i}. */
    ExpectedClass classAt(int i) {
        return ExpectedClass.of(raw(red[i]), raw(nir[i]), nodata);
    }

    /** Writes the GeoTIFF; {@code label} goes into both band descriptions (e.g. "SYNTHETIC demo 2020"). */
    void write(Path file, String label) {
        try (GeoTiffWriter w = GeoTiffWriter.create(file.toString(), grid, type, 2, (double) nodata)) {
            if (type == PixelType.FLOAT32) {
                w.write(1, grid.window(), floats(red));
                w.write(2, grid.window(), floats(nir));
            } else {
                w.write(1, grid.window(), red);
                w.write(2, grid.window(), nir);
            }
            w.describe(1, "red, " + label);
            w.describe(2, "nir, " + label);
        }
    }
}
