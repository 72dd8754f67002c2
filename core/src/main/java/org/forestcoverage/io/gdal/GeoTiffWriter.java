package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Writes a tiled, DEFLATE-compressed GeoTIFF window by window. The file appears complete only on
 * {@link #close()}; callers write into a temporary folder and move it into place afterwards.
 * Not thread-safe.
 *
 * <pre>{@code
 * try (GeoTiffWriter w = GeoTiffWriter.create("forest.tif", grid, PixelType.BYTE, 1, 255.0)) {
 *     w.write(1, tileWindow, classes);
 * }
 * }</pre>
 */
public final class GeoTiffWriter implements AutoCloseable {
    private final String path;
    private Dataset ds;

    private GeoTiffWriter(String path, Dataset ds) {
        this.path = path;
        this.ds = ds;
    }

    /** Creates the file; {@code nodata} may be {@code null}. */
    public static GeoTiffWriter create(String path, GridSpec grid, PixelType type, int bandCount, Double nodata) {
        GdalRuntime.ensure();
        Driver drv = gdal.GetDriverByName("GTiff");
        List<String> co = new ArrayList<>(List.of("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE",
                "BIGTIFF=IF_SAFER"));
        if (!type.isFloating()) {
            co.add("PREDICTOR=2");
        }
        Dataset ds;
        try {
            ds = drv.Create(path, grid.width(), grid.height(), bandCount, gdalType(type), co.toArray(new String[0]));
        } catch (RuntimeException e) {
            throw new RasterException(path, "cannot create GeoTIFF: " + e.getMessage(), e);
        }
        if (ds == null) {
            throw new RasterException(path, "cannot create GeoTIFF: " + gdal.GetLastErrorMsg());
        }
        ds.SetGeoTransform(grid.geoTransform());
        if (!grid.crsWkt().isEmpty()) {
            ds.SetProjection(grid.crsWkt());
        }
        if (nodata != null) {
            for (int b = 1; b <= bandCount; b++) {
                ds.GetRasterBand(b).SetNoDataValue(nodata);
            }
        }
        return new GeoTiffWriter(path, ds);
    }

    static int gdalType(PixelType t) {
        return switch (t) {
            case BYTE -> gdalconstConstants.GDT_Byte;
            case INT16 -> gdalconstConstants.GDT_Int16;
            case UINT16 -> gdalconstConstants.GDT_UInt16;
            case INT32 -> gdalconstConstants.GDT_Int32;
            case UINT32 -> gdalconstConstants.GDT_UInt32;
            case FLOAT32 -> gdalconstConstants.GDT_Float32;
            case FLOAT64 -> gdalconstConstants.GDT_Float64;
            case OTHER -> throw new IllegalArgumentException("cannot write complex pixels");
        };
    }

    public void write(int band, PixelWindow w, byte[] data) {
        check(ds().GetRasterBand(band).WriteRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                gdalconstConstants.GDT_Byte, data), w);
    }

    public void write(int band, PixelWindow w, short[] data) {
        int t = ds().GetRasterBand(band).getDataType() == gdalconstConstants.GDT_Int16
                ? gdalconstConstants.GDT_Int16 : gdalconstConstants.GDT_UInt16;
        check(ds().GetRasterBand(band).WriteRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                t, data), w);
    }

    /** Writes doubles; GDAL converts them to the band's type. */
    public void write(int band, PixelWindow w, double[] data) {
        check(ds().GetRasterBand(band).WriteRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                gdalconstConstants.GDT_Float64, data), w);
    }

    public void write(int band, PixelWindow w, float[] data) {
        check(ds().GetRasterBand(band).WriteRaster(w.col(), w.row(), w.width(), w.height(), w.width(), w.height(),
                gdalconstConstants.GDT_Float32, data), w);
    }

    /** Sets a band's description (shown by gdalinfo). */
    public void describe(int band, String description) {
        ds().GetRasterBand(band).SetDescription(description);
    }

    private void check(int err, PixelWindow w) {
        if (err != gdalconstConstants.CE_None) {
            throw new RasterException(path, "cannot write window " + w + ": " + gdal.GetLastErrorMsg());
        }
    }

    private Dataset ds() {
        if (ds == null) {
            throw new IllegalStateException(path + " is closed");
        }
        return ds;
    }

    @Override
    public void close() {
        if (ds != null) {
            ds.FlushCache();
            ds.delete();
            ds = null;
        }
    }
}
