package org.forestcoverage.io.gdal;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class GdalRasterTest {
    @TempDir
    Path dir;

    /** A 300 x 200 Int16 raster whose pixel value is {@code row * 300 + col - 30000} (its own coordinate). */
    private Path coordinateRaster() {
        GridSpec g = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 300, 200);
        short[] v = new short[300 * 200];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (i - 30000);
        }
        Path p = dir.resolve("coords.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), g, PixelType.INT16, 1, -32768.0)) {
            w.write(1, g.window(), v);
        }
        return p;
    }

    @Test
    void readsAnyWindowOfAWrittenGeoTiff() {
        Path p = coordinateRaster();
        try (GdalRaster r = GdalRaster.open(p.toString())) {
            assertEquals(300, r.grid().width());
            assertEquals(4500000, r.grid().originY());
            assertEquals(PixelType.INT16, r.band(1).type());
            assertEquals(-32768.0, r.band(1).nodata());
            short[] buf = new short[6];
            r.read(1, new PixelWindow(298, 199, 2, 1), buf);
            assertArrayEquals(new short[] {(short) (199 * 300 + 298 - 30000), (short) (199 * 300 + 299 - 30000)},
                    java.util.Arrays.copyOf(buf, 2));
        }
    }

    @Test
    void missingFileIsNamed() {
        RasterException e = assertThrows(RasterException.class, () -> GdalRaster.open(dir.resolve("nope.tif").toString()));
        assertTrue(e.getMessage().contains("nope.tif") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void corruptFileIsNamed() throws Exception {
        Path p = dir.resolve("corrupt.tif");
        Files.write(p, "II*\0 this is not a tiff".getBytes());
        RasterException e = assertThrows(RasterException.class, () -> GdalRaster.open(p.toString()));
        assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
    }

    @Test
    void truncatedFileFailsOnReadNamingTheFile() throws Exception {
        Path p = coordinateRaster();
        byte[] all = Files.readAllBytes(p);
        Path t = dir.resolve("truncated.tif");
        Files.write(t, java.util.Arrays.copyOf(all, all.length / 2));
        RasterException e = assertThrows(RasterException.class, () -> {
            try (GdalRaster r = GdalRaster.open(t.toString())) {
                r.read(1, r.grid().window(), new short[300 * 200]);
            }
        });
        assertTrue(e.getMessage().contains("truncated.tif"), e.getMessage());
    }

    @Test
    void missingBandIsNamed() {
        Path p = coordinateRaster();
        try (GdalRaster r = GdalRaster.open(p.toString())) {
            RasterException e = assertThrows(RasterException.class, () -> r.band(2));
            assertTrue(e.getMessage().contains("no band 2"), e.getMessage());
        }
    }

    @Test
    void runtimeReportsMatchingVersions() {
        String v = GdalRuntime.ensure();
        assertTrue(v.startsWith("3.6"), v);
        assertEquals("3.6", GdalRuntime.majorMinor(GdalRuntime.jarVersion()));
    }
}
