package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.raster.TileCoverage;
import org.forestcoverage.warp.SourceLocator;

/**
 * A band of a file in another CRS or on another lattice, resampled onto each tile pixel by pixel: the tile's pixels
 * are located in the source by a {@link SourceLocator} (shared by the bands of one source grid), the source window
 * they span is read once through GDAL's block cache, and each pixel takes its value from the source pixels the
 * locator names. Which source pixel (or neighbourhood) a grid pixel uses is decided per grid pixel, so a pixel's value
 * is the same bits whatever tile, partitioning or executor reads it.
 *
 * <pre>{@code
 * BandSource nir = new WarpedRead(files, files.get("utm49.tif"), 2, files.locator(grid, sourceGrid),
 *                                 Resampling.NEAR, nirNodata, false);
 * }</pre>
 *
 * <ul>
 * <li>{@link Resampling#NEAR} and quality bands ({@code categorical}): the nearest source pixel by GDAL's rule
 *     ({@code floor(x + 1e-10)} of the exact transform of the pixel centre), its stored value unchanged (a quality
 *     band's fill included: it reaches the mask rule); covered when that pixel is inside the file. Equal to
 *     {@code gdalwarp -r near -et 0}.</li>
 * <li>{@link Resampling#BILINEAR}, {@link Resampling#CUBIC} (Keys, a = -0.5), {@link Resampling#CUBICSPLINE}
 *     (cubic B-spline) and {@link Resampling#LANCZOS} (3 lobes): a separable kernel at the pixel centre's source
 *     coordinates over the source pixel centres, not widened when the grid is coarser than the source. Source pixels
 *     outside the file or holding the band's nodata (or NaN) are left out and the weights of the others
 *     renormalised, so fill never blends into reflectance; a pixel is covered when its nearest source pixel is inside
 *     the file and the kept weights sum to more than 1e-9. 16-bit bands are rounded half up and clamped to their
 *     type's range. Masked observations (cloud: valid DNs) still enter the kernel: the mask is applied after
 *     resampling, which is why nearest neighbour is the default.</li>
 * </ul>
 *
 * Not thread-safe: one per task.
 */
public final class WarpedRead implements BandSource {
    private final OpenRasters files;
    private final GdalRaster raster;
    private final int band;
    private final SourceLocator locator;
    private final Resampling method;
    private final NodataRule nodata;
    private final PixelType type;
    private short[] sourceShorts;
    private double[] sourceDoubles;
    private final double[] wx = new double[8];
    private final double[] wy = new double[8];

    /**
     * @param files       the task's open files, whose shared buffer holds the source window
     * @param locator     where the tile's pixels fall in the file's grid (the task's, shared by bands on that grid)
     * @param resampling  method for reflectance; ignored for {@code categorical} bands (always nearest)
     * @param nodata      the band's nodata rule, left out of interpolation kernels
     * @param categorical a quality band: nearest neighbour, every stored value kept
     */
    public WarpedRead(OpenRasters files, GdalRaster raster, int band, SourceLocator locator, Resampling resampling,
                      NodataRule nodata, boolean categorical) {
        this.files = files;
        this.raster = raster;
        this.band = band;
        this.locator = locator;
        this.method = categorical ? Resampling.NEAR : resampling;
        this.nodata = nodata;
        this.type = raster.band(band).type();
    }

    @Override
    public BandTile read(PixelWindow window, BandTile into) {
        if (method == Resampling.NEAR) {
            locator.locateNearest(window);
        } else {
            locator.locate(window);
        }
        int n = (int) window.pixelCount();
        if (locator.inside() == 0) {
            into.filled(window, TileCoverage.NONE);
            return into;
        }
        int radius = radius(method);
        PixelWindow from = locator.sourceWindow(radius);
        boolean shorts = type.inShortStorage();
        int need = (int) from.pixelCount();
        if (shorts) {
            sourceShorts = files.sourceShorts(need);
            raster.read(band, from, sourceShorts);
        } else {
            sourceDoubles = files.sourceDoubles(need);
            raster.read(band, from, sourceDoubles);
        }
        int covered = method == Resampling.NEAR ? nearest(from, n, into) : kernel(from, n, into);
        into.filled(window, covered == 0 ? TileCoverage.NONE : covered == n ? TileCoverage.FULL : TileCoverage.PARTIAL);
        return into;
    }

    /** Nearest source pixel values; returns the number of covered pixels. */
    private int nearest(PixelWindow from, int n, BandTile into) {
        int[] at = locator.nearestIndex(from);
        byte[] mask = into.maskBuffer();
        int covered = 0;
        if (type.inShortStorage()) {
            short[] out = into.shortBuffer();
            short[] src = sourceShorts;
            for (int i = 0; i < n; i++) {
                int k = at[i];
                boolean in = k >= 0;
                out[i] = in ? src[k] : 0;
                mask[i] = (byte) (in ? 1 : 0);
                covered += in ? 1 : 0;
            }
        } else {
            double[] out = into.doubleBuffer();
            double[] src = sourceDoubles;
            for (int i = 0; i < n; i++) {
                int k = at[i];
                boolean in = k >= 0;
                out[i] = in ? src[k] : 0;
                mask[i] = (byte) (in ? 1 : 0);
                covered += in ? 1 : 0;
            }
        }
        return covered;
    }

    /** Kernel resampling over the source window {@code from}; returns the number of covered pixels. */
    private int kernel(PixelWindow from, int n, BandTile into) {
        int[] nc = locator.nearestCol();
        double[] col = locator.col();
        double[] row = locator.row();
        byte[] mask = into.maskBuffer();
        boolean shorts = type.inShortStorage();
        int rawNodata = nodata.rawShort();
        int radius = radius(method);
        int covered = 0;
        for (int i = 0; i < n; i++) {
            double v = Double.NaN;
            if (nc[i] >= 0) {
                // source pixel centres are at k + 0.5: the kernel's taps are x0 - radius + 1 .. x0 + radius
                double sx = col[i] - 0.5;
                double sy = row[i] - 0.5;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                for (int k = 0; k < 2 * radius; k++) {
                    wx[k] = weight(sx - (x0 - radius + 1 + k));
                    wy[k] = weight(sy - (y0 - radius + 1 + k));
                }
                double sum = 0;
                double weights = 0;
                for (int b = 0; b < 2 * radius; b++) {
                    int y = y0 - radius + 1 + b;
                    if (y < from.row() || y >= from.endRow() || wy[b] == 0) {
                        continue;
                    }
                    int rowAt = (y - from.row()) * from.width() - from.col();
                    for (int a = 0; a < 2 * radius; a++) {
                        int x = x0 - radius + 1 + a;
                        if (x < from.col() || x >= from.endCol() || wx[a] == 0) {
                            continue;
                        }
                        double s;
                        if (shorts) {
                            int raw = type == PixelType.INT16 ? sourceShorts[rowAt + x] : sourceShorts[rowAt + x] & 0xFFFF;
                            if (raw == rawNodata) {
                                continue;
                            }
                            s = raw;
                        } else {
                            s = sourceDoubles[rowAt + x];
                            if (nodata.isNodata(s)) {
                                continue;
                            }
                        }
                        double w = wx[a] * wy[b];
                        sum += w * s;
                        weights += w;
                    }
                }
                if (weights > 1e-9) {
                    v = sum / weights;
                }
            }
            boolean in = v == v;
            mask[i] = (byte) (in ? 1 : 0);
            covered += in ? 1 : 0;
            if (shorts) {
                into.shortBuffer()[i] = in ? (short) clamp(Math.floor(v + 0.5)) : 0;
            } else {
                into.doubleBuffer()[i] = in ? v : 0;
            }
        }
        return covered;
    }

    private int clamp(double v) {
        double lo = type == PixelType.INT16 ? Short.MIN_VALUE : 0;
        double hi = type == PixelType.INT16 ? Short.MAX_VALUE : type == PixelType.BYTE ? 255 : 65535;
        return (int) Math.max(lo, Math.min(hi, v));
    }

    /** Half-width of the method's kernel in source pixels. */
    private static int radius(Resampling m) {
        return switch (m) {
            case NEAR -> 0;
            case BILINEAR -> 1;
            case CUBIC, CUBICSPLINE -> 2;
            case LANCZOS -> 3;
        };
    }

    /** The method's kernel at distance {@code t} (source pixels) from a source pixel centre. */
    private double weight(double t) {
        double x = Math.abs(t);
        return switch (method) {
            case BILINEAR -> x < 1 ? 1 - x : 0;
            case CUBIC -> x < 1 ? (1.5 * x - 2.5) * x * x + 1 : x < 2 ? ((-0.5 * x + 2.5) * x - 4) * x + 2 : 0;
            case CUBICSPLINE -> x < 1 ? (0.5 * x - 1) * x * x + 2.0 / 3 : x < 2 ? (2 - x) * (2 - x) * (2 - x) / 6 : 0;
            case LANCZOS -> x == 0 ? 1 : x < 3 ? 3 * Math.sin(Math.PI * x) * Math.sin(Math.PI * x / 3)
                    / (Math.PI * Math.PI * x * x) : 0;
            case NEAR -> 0;
        };
    }
}
