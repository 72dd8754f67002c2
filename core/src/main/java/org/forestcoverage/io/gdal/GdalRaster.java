package org.forestcoverage.io.gdal;

import java.io.File;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * One open GDAL raster, read-only. Closing it calls {@code delete()} at once: never rely on finalizers.
 * Not thread-safe: open one per thread or task (sharing a Dataset has crashed JVMs, DESIGN.md §5).
 *
 * <pre>{@code
 * try (GdalRaster r = GdalRaster.open("scene.tif")) {
 *     short[] red = new short[512 * 512];
 *     r.read(1, new PixelWindow(0, 0, 512, 512), red);
 * }
 * }</pre>
 */
public final class GdalRaster implements AutoCloseable {
    private final String path;
    private Dataset ds;
    private final GridSpec grid;
    private final BandInfo[] bands;

    private GdalRaster(String path, Dataset ds) {
        this.path = path;
        this.ds = ds;
        try {
            int n = ds.GetRasterCount();
            if (n < 1) {
                throw new RasterException(path, "has no raster bands");
            }
            try {
                double[] gt = ds.GetGeoTransform();
                if (java.util.Arrays.equals(gt, new double[] {0, 1, 0, 0, 0, 1})) {
                    // GDAL's default geotransform: the file does not say where it is
                    throw new IllegalArgumentException(ds.GetGCPCount() > 0
                            ? "is georeferenced by ground control points only; warp it onto a grid first (gdalwarp)"
                            : "has no georeferencing (no geotransform" + (ds.GetProjection().isEmpty() ? ", no CRS" : "")
                            + "), so it cannot be placed on the map; georeference it (e.g. gdal_translate -a_srs"
                            + " EPSG:32650 -a_ullr ...) or give the original product");
                }
                this.grid = GridSpec.fromGeoTransform(ds.GetProjection(), gt, ds.GetRasterXSize(), ds.GetRasterYSize());
            } catch (IllegalArgumentException e) {
                throw new RasterException(path, e.getMessage());
            }
            this.bands = new BandInfo[n];
            for (int i = 1; i <= n; i++) {
                Band b = ds.GetRasterBand(i);
                Double[] nd = new Double[1];
                b.GetNoDataValue(nd);
                bands[i - 1] = new BandInfo(i, pixelType(b.getDataType()), nd[0], b.GetBlockXSize(), b.GetBlockYSize(),
                        b.GetDescription());
            }
        } catch (RuntimeException e) {
            ds.delete();
            throw e;
        }
        OPEN.incrementAndGet();
    }

    /** Datasets opened through this class and not yet closed, in this JVM (a leak check for tests and tasks). */
    public static int openCount() {
        return OPEN.get();
    }

    private static final java.util.concurrent.atomic.AtomicInteger OPEN = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Opens a raster; a missing file, an unreadable or corrupt one gives a {@link RasterException} naming it. URLs
     * go to GDAL's network file systems ({@link #gdalPath}).
     */
    public static GdalRaster open(String path) {
        GdalRuntime.ensure();
        String gdalPath = gdalPath(path);
        boolean folder = false;
        if (!gdalPath.startsWith("/vsi")) {
            File f = new File(path);
            folder = f.isDirectory();
            if (!f.exists()) {
                throw new RasterException(path, "file not found");
            }
        }
        Dataset ds;
        try {
            ds = gdal.Open(gdalPath, gdalconstConstants.GA_ReadOnly);
        } catch (RuntimeException e) {
            throw new RasterException(path, (folder ? "is a folder, not a raster GDAL can open"
                    : "not a readable raster") + ": " + e.getMessage(), e);
        }
        if (ds == null) {
            throw new RasterException(path, (folder ? "is a folder, not a raster GDAL can open"
                    : "not a readable raster") + ": " + gdal.GetLastErrorMsg());
        }
        return new GdalRaster(path, ds);
    }

    /**
     * The path GDAL is given: {@code http://}, {@code https://} and {@code ftp://} URLs through {@code /vsicurl/},
     * {@code s3://} through {@code /vsis3/}, {@code gs://} through {@code /vsigs/}; anything else as it is.
     */
    public static String gdalPath(String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("ftp://")) {
            return "/vsicurl/" + path;
        } else if (path.startsWith("s3://")) {
            return "/vsis3/" + path.substring(5);
        } else if (path.startsWith("gs://")) {
            return "/vsigs/" + path.substring(5);
        }
        return path;
    }

    public String path() {
        return path;
    }

    /** The raster's own grid (CRS, geotransform, size). */
    public GridSpec grid() {
        return grid;
    }

    public int bandCount() {
        return bands.length;
    }

    /** Description of band {@code index} (1-based). */
    public BandInfo band(int index) {
        if (index < 1 || index > bands.length) {
            throw new RasterException(path, "has no band " + index + " (it has " + bands.length + ")");
        }
        return bands[index - 1];
    }

    /** Metadata item of the dataset's default domain, or {@code null}. */
    public String metadata(String key) {
        return open().GetMetadataItem(key);
    }

    /**
     * Reads a window of a 16-bit band (Byte, Int16, UInt16: {@link PixelType#inShortStorage()}) into {@code dst}
     * (row-major, {@code w.width()} per row): Int16 as signed values, Byte and UInt16 as unsigned ones
     * ({@code s & 0xFFFF}). {@code dst} must hold at least {@code w.pixelCount()} values.
     */
    public void read(int band, PixelWindow w, short[] dst) {
        BandInfo info = band(band);
        if (!info.type().inShortStorage()) {
            throw new RasterException(path, "band " + band + " is " + info.type() + ", not a 16-bit integer band");
        }
        check(w, dst.length);
        int bufType = info.type() == PixelType.INT16 ? gdalconstConstants.GDT_Int16 : gdalconstConstants.GDT_UInt16;
        int err;
        try {
            err = open().GetRasterBand(band).ReadRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                    bufType, dst);
        } catch (RuntimeException e) {
            throw readFailure(band, w, e.getMessage(), e);
        }
        if (err != gdalconstConstants.CE_None) {
            throw readFailure(band, w, gdal.GetLastErrorMsg(), null);
        }
    }

    /** Reads a window of any real band as Float64 into {@code dst}: exact for every real pixel type. */
    public void read(int band, PixelWindow w, double[] dst) {
        BandInfo info = band(band);
        if (info.type() == PixelType.OTHER) {
            throw new RasterException(path, "band " + band + " has a complex pixel type");
        }
        check(w, dst.length);
        int err;
        try {
            err = open().GetRasterBand(band).ReadRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                    gdalconstConstants.GDT_Float64, dst);
        } catch (RuntimeException e) {
            throw readFailure(band, w, e.getMessage(), e);
        }
        if (err != gdalconstConstants.CE_None) {
            throw readFailure(band, w, gdal.GetLastErrorMsg(), null);
        }
    }

    private void check(PixelWindow w, int capacity) {
        if (w.col() < 0 || w.row() < 0 || w.endCol() > grid.width() || w.endRow() > grid.height()) {
            throw new RasterException(path, "window " + w + " is outside the raster (" + grid.width() + " x " + grid.height() + ")");
        }
        if (capacity < w.pixelCount()) {
            throw new IllegalArgumentException("buffer of " + capacity + " values for window " + w);
        }
    }

    private RasterException readFailure(int band, PixelWindow w, String msg, Throwable cause) {
        return new RasterException(path, "cannot read band " + band + " window " + w
                + " (corrupt or truncated file?): " + msg, cause);
    }

    /** The underlying dataset, for other classes of this package (warping). */
    Dataset open() {
        if (ds == null) {
            throw new IllegalStateException(path + " is closed");
        }
        return ds;
    }

    static PixelType pixelType(int gdalType) {
        if (gdalType == gdalconstConstants.GDT_Byte) {
            return PixelType.BYTE;
        } else if (gdalType == gdalconstConstants.GDT_Int16) {
            return PixelType.INT16;
        } else if (gdalType == gdalconstConstants.GDT_UInt16) {
            return PixelType.UINT16;
        } else if (gdalType == gdalconstConstants.GDT_Int32) {
            return PixelType.INT32;
        } else if (gdalType == gdalconstConstants.GDT_UInt32) {
            return PixelType.UINT32;
        } else if (gdalType == gdalconstConstants.GDT_Float32) {
            return PixelType.FLOAT32;
        } else if (gdalType == gdalconstConstants.GDT_Float64) {
            return PixelType.FLOAT64;
        }
        return PixelType.OTHER;
    }

    @Override
    public void close() {
        if (ds != null) {
            ds.delete();
            ds = null;
            OPEN.decrementAndGet();
        }
    }
}
