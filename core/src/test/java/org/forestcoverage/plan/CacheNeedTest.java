package org.forestcoverage.plan;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDAL block cache one tile can fill, from the real block sizes of written GeoTIFFs (256 x 256). */
@Tag("unit")
class CacheNeedTest {
    @TempDir
    Path dir;

    private static List<BandInfo> bands(Path p) {
        try (GdalRaster r = GdalRaster.open(p.toString())) {
            List<BandInfo> l = new ArrayList<>();
            for (int b = 1; b <= r.bandCount(); b++) {
                l.add(r.band(b));
            }
            return l;
        }
    }

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
        assertEquals(3 * 9 * block, PlanBuilder.cacheBytesPerTile(g, bands(p), g, 512));
        assertEquals(3 * 4 * block, PlanBuilder.cacheBytesPerTile(g, bands(p), g, 256));
        assertEquals(3 * 4 * block, PlanBuilder.cacheBytesPerTile(g, bands(p), g, 100));
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
        assertEquals(7 * 7 * 256 * 256 * 2L, PlanBuilder.cacheBytesPerTile(fine, bands(p), grid, 512));
    }
}
