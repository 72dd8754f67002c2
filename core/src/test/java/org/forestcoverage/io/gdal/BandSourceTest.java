package org.forestcoverage.io.gdal;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.raster.TileCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two band sources on files whose pixel values are their own coordinates ({@code 100 col + row} of the file):
 * window reads on the grid's lattice, with full, partial and no coverage, and warps from another lattice and another
 * CRS, whose values and footprint are checked against an independent nearest-neighbour lookup.
 */
@Tag("unit")
class BandSourceTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);

    /** A one-band file over {@code g} whose value at (col, row) is {@code 100 col + row}. */
    private Path coordinates(String name, GridSpec g, PixelType type) {
        return coordinates(name, g, type, Integer.MAX_VALUE);
    }

    /** The same, modulo {@code m}. */
    private Path coordinates(String name, GridSpec g, PixelType type, int m) {
        double[] v = new double[(int) g.pixelCount()];
        for (int r = 0; r < g.height(); r++) {
            for (int c = 0; c < g.width(); c++) {
                v[r * g.width() + c] = (100 * c + r) % m;
            }
        }
        Path p = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), g, type, 1, null)) {
            w.write(1, g.window(), v);
        }
        return p;
    }

    @Test
    void alignedReadsCoverFullyPartlyOrNotAtAll() {
        // setup: a 20 x 10 file whose top-left pixel is grid pixel (30, 40)
        GridSpec file = new GridSpec(GRID.crsWkt(), GRID.x(30), GRID.y(40), 30, 30, 20, 10);
        Path p = coordinates("aligned.tif", file, PixelType.INT16);
        BandTile t = BandTile.allocate(PixelType.INT16, 16 * 16);
        try (OpenRasters files = new OpenRasters()) {
            AlignedRead read = new AlignedRead(files.get(p.toString()), 1, GRID.windowOf(file));
            assertEquals(new PixelWindow(30, 40, 20, 10), GRID.windowOf(file));

            // inside the file: one read, every pixel covered
            read.read(new PixelWindow(32, 41, 16, 8), t);
            assertEquals(TileCoverage.FULL, t.coverage());
            for (int r = 0; r < 8; r++) {
                for (int c = 0; c < 16; c++) {
                    assertEquals(100 * (2 + c) + 1 + r, t.shortBuffer()[r * 16 + c], "pixel " + c + ", " + r);
                }
            }

            // across the file's bottom-right corner: covered exactly on the common window, 0 elsewhere
            read.read(new PixelWindow(40, 44, 16, 16), t);
            assertEquals(TileCoverage.PARTIAL, t.coverage());
            for (int r = 0; r < 16; r++) {
                for (int c = 0; c < 16; c++) {
                    boolean in = 40 + c < 50 && 44 + r < 50;
                    int i = r * 16 + c;
                    assertEquals(in ? 1 : 0, t.maskBuffer()[i], "mask at " + c + ", " + r);
                    assertEquals(in ? 100 * (10 + c) + 4 + r : 0, t.shortBuffer()[i], "value at " + c + ", " + r);
                }
            }

            // outside: nothing read
            read.read(new PixelWindow(0, 0, 16, 16), t);
            assertEquals(TileCoverage.NONE, t.coverage());
        }
    }

    @Test
    void floatBandsReadIntoDoublesWithNanKept() {
        GridSpec file = new GridSpec(GRID.crsWkt(), GRID.x(0), GRID.y(0), 30, 30, 8, 8);
        Path p = dir.resolve("nan.tif");
        double[] v = new double[64];
        for (int i = 0; i < 64; i++) {
            v[i] = i == 9 ? Double.NaN : i * 0.25;
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), file, PixelType.FLOAT32, 1, -1.0)) {
            w.write(1, file.window(), v);
        }
        BandTile t = BandTile.allocate(PixelType.FLOAT32, 64);
        try (OpenRasters files = new OpenRasters()) {
            new AlignedRead(files.get(p.toString()), 1, GRID.windowOf(file)).read(new PixelWindow(0, 0, 8, 8), t);
        }
        assertEquals(TileCoverage.FULL, t.coverage());
        assertTrue(Double.isNaN(t.doubleBuffer()[9]));
        assertEquals(2.5, t.doubleBuffer()[10]);
        NodataRule rule = new NodataRule(PixelType.FLOAT32, -1.0);
        assertTrue(rule.isNodata(t.doubleBuffer()[9]) && !rule.isNodata(t.doubleBuffer()[10]) && rule.isNodata(-1.0));
    }

    @Test
    void warpFromAnotherLatticeTakesTheNearestSourcePixel() {
        // a file on a lattice shifted by (0.3, 0.3) pixel: near resampling takes the source pixel under each centre
        GridSpec file = new GridSpec(GRID.crsWkt(), GRID.x(10.3), GRID.y(10.3), 30, 30, 20, 20);
        Path p = coordinates("shifted.tif", file, PixelType.UINT16);
        BandTile t = BandTile.allocate(PixelType.UINT16, 16 * 16);
        PixelWindow w = new PixelWindow(20, 20, 16, 16);
        try (OpenRasters files = new OpenRasters()) {
            new WarpedRead(files, files.get(p.toString()), 1, GRID, Resampling.NEAR,
                    new NodataRule(PixelType.UINT16, null), false).read(w, t);
        }
        assertEquals(TileCoverage.PARTIAL, t.coverage());
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 16; c++) {
                double sc = file.col(GRID.x(w.col() + c + 0.5));
                double sr = file.row(GRID.y(w.row() + r + 0.5));
                boolean in = sc >= 0 && sc < 20 && sr >= 0 && sr < 20;
                int i = r * 16 + c;
                assertEquals(in ? 1 : 0, t.maskBuffer()[i], "coverage at " + c + ", " + r);
                if (in) {
                    assertEquals(100 * (int) Math.floor(sc) + (int) Math.floor(sr), t.shortBuffer()[i] & 0xFFFF,
                            "value at " + c + ", " + r);
                }
            }
        }
    }

    @Test
    void warpFromAnotherCrsFollowsTheFootprintAndKeepsEveryQualityValue() {
        // setup: a UTM 49N file over part of the grid (UTM 50N); its value 0 is a quality fill, which must reach the
        // mask rule (categorical: no source nodata) and count as covered
        double[][] corner = Crs.transform(GRID.crsWkt(), "EPSG:32649", new double[] {GRID.x(8)}, new double[] {GRID.y(8)});
        GridSpec file = new GridSpec(Crs.toWkt("EPSG:32649"), Math.floor(corner[0][0] / 30) * 30,
                Math.ceil(corner[1][0] / 30) * 30, 30, 30, 40, 40);
        Path p = coordinates("utm49.tif", file, PixelType.UINT16, 7);
        BandTile t = BandTile.allocate(PixelType.UINT16, 64 * 64);
        try (OpenRasters files = new OpenRasters()) {
            new WarpedRead(files, files.get(p.toString()), 1, GRID, Resampling.BILINEAR,
                    new NodataRule(PixelType.UINT16, 0.0), true).read(GRID.window(), t);
        }
        assertEquals(TileCoverage.PARTIAL, t.coverage());
        // test: where the pixel centre lands at least 0.5 source pixels inside (outside) the file, GDAL's approximate
        // transformer cannot disagree with the exact one: covered (not) and the nearest source pixel's value
        double[] xs = new double[64 * 64];
        double[] ys = new double[64 * 64];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = GRID.x(i % 64 + 0.5);
            ys[i] = GRID.y(i / 64 + 0.5);
        }
        double[][] src = Crs.transform(GRID.crsWkt(), file.crsWkt(), xs, ys);
        int checked = 0;
        int fill = 0;
        for (int i = 0; i < xs.length; i++) {
            double sc = file.col(src[0][i]);
            double sr = file.row(src[1][i]);
            boolean clearlyIn = sc > 0.5 && sc < 39.5 && sr > 0.5 && sr < 39.5;
            boolean clearlyOut = sc < -0.5 || sc > 40.5 || sr < -0.5 || sr > 40.5;
            double fc = sc - Math.floor(sc);
            double fr = sr - Math.floor(sr);
            boolean nearEdge = fc < 0.02 || fc > 0.98 || fr < 0.02 || fr > 0.98;
            if (clearlyOut) {
                assertEquals(0, t.maskBuffer()[i], "pixel " + i + " is outside the file");
            } else if (clearlyIn && !nearEdge) {
                assertEquals(1, t.maskBuffer()[i], "pixel " + i + " is inside the file");
                int expected = (100 * (int) Math.floor(sc) + (int) Math.floor(sr)) % 7;
                assertEquals(expected, t.shortBuffer()[i] & 0xFFFF, "near neighbour of pixel " + i);
                fill += expected == 0 ? 1 : 0;
                checked++;
            }
        }
        assertTrue(checked > 500, checked + " pixels checked");
        assertTrue(fill > 50, fill + " covered pixels of quality value 0 (a fill value must reach the mask rule)");
    }
}
