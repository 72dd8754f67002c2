package org.forestcoverage.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileReaderTest {
    @TempDir
    Path dir;

    @Test
    void cacheNeedCountsEveryBlockATileCanOverlap() {
        // 3 Int16 bands in 256 x 256 blocks: a 512 tile at any offset overlaps at most 3 x 3 blocks of each band,
        // a 256 tile 2 x 2, a 100 tile 2 x 2 (it may straddle a block corner)
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 1000, 1000);
        Path p = dir.resolve("three.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), g, PixelType.INT16, 3, null)) {
            for (int b = 1; b <= 3; b++) {
                w.write(b, g.window(), new short[1000 * 1000]);
            }
        }
        long block = 256 * 256 * 2;
        try (TileReader r = new TileReader(g, "near")) {
            assertEquals(3 * 9 * block, r.cacheBytesPerTile(p.toString(), 512));
            assertEquals(3 * 4 * block, r.cacheBytesPerTile(p.toString(), 256));
            assertEquals(3 * 4 * block, r.cacheBytesPerTile(p.toString(), 100));
        }
    }

    @Test
    void aFinerSourceLatticeWidensTheWindow() {
        // a 10 m scene under a 30 m grid in the same CRS: a 512 tile reads a window of 1536 (+1 for the resampling
        // kernel's edge) source pixels, which overlaps at most 1536 / 256 + 1 = 7 blocks of 256 each way
        GridSpec fine = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 10, 10, 3000, 3000);
        Path p = dir.resolve("fine.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), fine, PixelType.INT16, 1, null)) {
            w.write(1, fine.window(), new short[3000 * 3000]);
        }
        GridSpec grid = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 1000, 1000);
        try (TileReader r = new TileReader(grid, "near")) {
            assertEquals(7 * 7 * 256 * 256 * 2L, r.cacheBytesPerTile(p.toString(), 512));
        }
    }
}
