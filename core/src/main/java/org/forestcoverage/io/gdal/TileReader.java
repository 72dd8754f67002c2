package org.forestcoverage.io.gdal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.BandRef;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.WarpOptions;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Brings bands of scenes onto a tile of the analysis grid. When the scene shares the grid's CRS and pixel
 * lattice the tile is a plain window read (the part outside the scene is filled); otherwise GDAL warps the
 * scene into an in-memory tile ({@code gdal.Warp} to MEM, {@code -dstalpha} as the coverage). Keeps each file
 * open once for the lifetime of the reader. Not thread-safe: one per task.
 *
 * <p>Resampling when warping:
 * <ul>
 * <li>quality bands ({@code categorical}): always nearest neighbour and with the source nodata switched off
 *     ({@code -srcnodata None}), so that every quality value, fill included, reaches the mask rule unchanged and
 *     the coverage is the footprint only;</li>
 * <li>reflectance bands: the stated method (the CLI default is {@code near}). The band's nodata is passed as
 *     {@code -srcnodata}, so GDAL leaves nodata pixels out of interpolation kernels (it renormalises the weights of
 *     the valid ones) and fill never blends into reflectance; a target pixel is covered when its kernel had any
 *     valid source pixel. What {@code -srcnodata} cannot do is keep <em>masked</em> observations (cloud, shadow:
 *     valid DNs) out of a bilinear or cubic kernel, because the mask is applied after resampling, on the
 *     nearest-neighbour quality value: a clear target pixel next to a cloud may carry some cloud reflectance.
 *     Nearest neighbour keeps reflectance and quality from the same source pixel, which is why it is the
 *     default.</li>
 * </ul>
 */
public final class TileReader implements AutoCloseable {
    private final Map<String, GdalRaster> open = new HashMap<>();
    private final Map<String, Boolean> aligned = new HashMap<>();
    private final Map<BandRef, Dataset> bandViews = new HashMap<>();
    private final GridSpec grid;
    private final String resampling;
    private boolean lastFull;

    /** Resampling methods accepted for reflectance bands. */
    public static final List<String> RESAMPLING = List.of("near", "bilinear", "cubic", "cubicspline", "lanczos", "average");

    /** @param resampling GDAL resampling name for reflectance bands, one of {@link #RESAMPLING} */
    public TileReader(GridSpec grid, String resampling) {
        this.grid = grid;
        this.resampling = checkResampling(resampling);
    }

    /** Returns {@code method} when it is one of {@link #RESAMPLING}, else throws naming the allowed ones. */
    public static String checkResampling(String method) {
        if (!RESAMPLING.contains(method)) {
            throw new IllegalArgumentException("--resampling must be one of " + RESAMPLING + ", got " + method);
        }
        return method;
    }

    /**
     * Bytes of GDAL block cache that reading a {@code tileSize} tile of every band of {@code path} can fill: the
     * blocks the tile's window in the file overlaps at any alignment, with all bands (a pixel-interleaved file decodes
     * them together).
     */
    public long cacheBytesPerTile(String path, int tileSize) {
        GdalRaster r = raster(path);
        GridSpec g = r.grid();
        long spanX = tileSize;
        long spanY = tileSize;
        if (!isAligned(r) && sameCrs(g)) {
            // warped from a finer lattice of the same CRS (Sentinel-2's 10 m onto a 30 m grid): the tile's source
            // window is that many times wider; across CRSs the tile's size in source pixels is taken as is
            spanX = (long) Math.ceil(tileSize * Math.max(1, grid.pixelWidth() / g.pixelWidth())) + 1;
            spanY = (long) Math.ceil(tileSize * Math.max(1, grid.pixelHeight() / g.pixelHeight())) + 1;
        }
        long bytes = 0;
        for (int b = 1; b <= r.bandCount(); b++) {
            org.forestcoverage.raster.BandInfo i = r.band(b);
            long across = (spanX + i.blockWidth() - 2) / i.blockWidth() + 1;
            long down = (spanY + i.blockHeight() - 2) / i.blockHeight() + 1;
            bytes += across * down * i.blockWidth() * i.blockHeight() * i.type().bytes();
        }
        return bytes;
    }

    /** The open raster of a path (opened on first use). */
    public GdalRaster raster(String path) {
        GdalRaster r = open.get(path);
        if (r == null) {
            r = GdalRaster.open(path);
            open.put(path, r);
        }
        return r;
    }

    /**
     * Reads {@code band} over the tile {@code tile} (a window of the analysis grid) into {@code dst} as 16-bit
     * storage. {@code covered}, when not {@code null}, receives 1 where the scene has data for the pixel and 0
     * where it does not (outside its footprint or nodata after warping); when the read covers the whole tile
     * ({@link #lastReadCoveredTile()}) it is not written. {@code categorical} forces
     * nearest-neighbour resampling (quality bands).
     *
     * @return false when the scene does not touch the tile at all
     */
    public boolean read(BandRef band, PixelWindow tile, short[] dst, byte[] covered, boolean categorical) {
        GdalRaster r = raster(band.path());
        r.band(band.band());
        if (isAligned(r)) {
            return readAligned(r, band.band(), tile, dst, covered);
        }
        return warp(r, band.band(), tile, dst, covered, categorical ? "near" : resampling, categorical);
    }

    private boolean isAligned(GdalRaster r) {
        return aligned.computeIfAbsent(r.path(), p -> sameCrs(r.grid()) && grid.windowOf(r.grid()) != null);
    }

    /** True when {@code g} is in the analysis grid's CRS (or either has none). */
    private boolean sameCrs(GridSpec g) {
        return g.crsWkt().isEmpty() || grid.crsWkt().isEmpty() || Crs.same(g.crsWkt(), grid.crsWkt());
    }

    /**
     * True when the last {@link #read} covered every pixel of its tile (an aligned scene containing the tile), so
     * the caller can skip per-pixel coverage checks.
     */
    public boolean lastReadCoveredTile() {
        return lastFull;
    }

    private boolean readAligned(GdalRaster r, int band, PixelWindow tile, short[] dst, byte[] covered) {
        PixelWindow inGrid = grid.windowOf(r.grid());
        PixelWindow common = tile.intersect(inGrid);
        int n = tile.width() * tile.height();
        lastFull = common.equals(tile);
        if (lastFull) {
            // covered is left as it is: the caller asks lastReadCoveredTile() instead of testing every pixel
            r.read(band, tile.translate(-inGrid.col(), -inGrid.row()), dst);
            return true;
        }
        java.util.Arrays.fill(dst, 0, n, (short) 0);
        if (covered != null) {
            java.util.Arrays.fill(covered, 0, n, (byte) 0);
        }
        if (common.isEmpty()) {
            return false;
        }
        short[] part = new short[common.width() * common.height()];
        r.read(band, common.translate(-inGrid.col(), -inGrid.row()), part);
        for (int row = 0; row < common.height(); row++) {
            int o = (common.row() - tile.row() + row) * tile.width() + common.col() - tile.col();
            System.arraycopy(part, row * common.width(), dst, o, common.width());
            if (covered != null) {
                java.util.Arrays.fill(covered, o, o + common.width(), (byte) 1);
            }
        }
        return true;
    }

    private boolean warp(GdalRaster r, int band, PixelWindow tile, short[] dst, byte[] covered, String method,
                         boolean categorical) {
        lastFull = false;
        GridSpec t = grid.crop(tile);
        boolean signed = r.band(band).type() == org.forestcoverage.raster.PixelType.INT16;
        Vector<String> opts = new Vector<>(List.of("-of", "MEM", "-t_srs", grid.crsWkt(),
                "-te", Double.toString(t.minX()), Double.toString(t.minY()), Double.toString(t.maxX()),
                Double.toString(t.maxY()), "-ts", Integer.toString(t.width()), Integer.toString(t.height()),
                "-r", method, "-ot", signed ? "Int16" : "UInt16", "-dstalpha", "-q"));
        Double nd = r.band(band).nodata();
        if (nd != null && !categorical) {
            opts.addAll(List.of("-srcnodata", Double.toString(nd)));
        } else {
            opts.addAll(List.of("-srcnodata", "None"));
        }
        Dataset out;
        try {
            out = gdal.Warp("", new Dataset[] {bandView(r, band)}, new WarpOptions(opts));
        } catch (RuntimeException e) {
            throw new RasterException(r.path(), "cannot warp onto tile " + tile + ": " + (e.getMessage() != null ? e.getMessage() : gdal.GetLastErrorMsg()), e);
        }
        if (out == null) {
            throw new RasterException(r.path(), "cannot warp onto tile " + tile + ": " + gdal.GetLastErrorMsg());
        }
        int n = t.width() * t.height();
        byte[] alpha = covered != null ? covered : new byte[n];
        try {
            int err = out.GetRasterBand(1).ReadRaster(0, 0, t.width(), t.height(), t.width(), t.height(),
                    signed ? gdalconstConstants.GDT_Int16 : gdalconstConstants.GDT_UInt16, dst);
            if (err == gdalconstConstants.CE_None) {
                err = out.GetRasterBand(2).ReadRaster(0, 0, t.width(), t.height(), t.width(), t.height(),
                        gdalconstConstants.GDT_Byte, alpha);
            }
            if (err != gdalconstConstants.CE_None) {
                throw new RasterException(r.path(), "cannot read warped tile " + tile + ": " + gdal.GetLastErrorMsg());
            }
        } finally {
            out.delete();
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
            alpha[i] = (byte) (alpha[i] != 0 ? 1 : 0);
            any |= alpha[i] != 0;
        }
        return any;
    }

    /**
     * The source of a warp: the raster itself when it has one band, else an in-memory VRT of band {@code band}
     * alone (gdalwarp's {@code -b} arrived in GDAL 3.7; 3.6 would warp every band). Kept until {@link #close()}.
     */
    private Dataset bandView(GdalRaster r, int band) {
        if (r.bandCount() == 1) {
            return r.open();
        }
        return bandViews.computeIfAbsent(new BandRef(r.path(), band), k -> {
            Dataset v = gdal.Translate("", r.open(), new TranslateOptions(new Vector<>(List.of("-of", "VRT", "-b",
                    Integer.toString(band)))));
            if (v == null) {
                throw new RasterException(r.path(), "cannot select band " + band + " for warping: " + gdal.GetLastErrorMsg());
            }
            return v;
        });
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Dataset v : bandViews.values()) {
            v.delete();
        }
        bandViews.clear();
        for (GdalRaster r : open.values()) {
            try {
                r.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
