package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.Driver;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Writes one georeferenced single-band JPEG 2000 file losslessly through GDAL's JP2OpenJPEG driver (Debian's
 * libgdal), the format of Sentinel-2 {@code .SAFE} bands: UInt16 reflectance bands, Byte for the scene
 * classification. The image is assembled in a MEM dataset and copied ({@code REVERSIBLE=YES}, {@code QUALITY=100},
 * GeoJP2 and GMLJP2 boxes carrying the CRS and geotransform). Stateless and thread-safe.
 *
 * <pre>{@code
 * Jpeg2000Writer.writeUInt16("T50TMK_20220801T030529_B04_10m.jp2", grid10m, dn);
 * Jpeg2000Writer.writeByte("T50TMK_20220801T030529_SCL_20m.jp2", grid20m, scl);
 * }</pre>
 */
public final class Jpeg2000Writer {
    private static final String[] LOSSLESS = {"REVERSIBLE=YES", "QUALITY=100", "YCC=NO"};

    private Jpeg2000Writer() {
    }

    /** Writes {@code values} (row-major over {@code grid}, read as unsigned) as a UInt16 JPEG 2000. */
    public static void writeUInt16(String path, GridSpec grid, short[] values) {
        write(path, grid, gdalconstConstants.GDT_UInt16, values.length, m -> m.GetRasterBand(1).WriteRaster(0, 0,
                grid.width(), grid.height(), grid.width(), grid.height(), gdalconstConstants.GDT_UInt16, values));
    }

    /** Writes {@code values} (row-major over {@code grid}) as a Byte JPEG 2000. */
    public static void writeByte(String path, GridSpec grid, byte[] values) {
        write(path, grid, gdalconstConstants.GDT_Byte, values.length, m -> m.GetRasterBand(1).WriteRaster(0, 0,
                grid.width(), grid.height(), grid.width(), grid.height(), gdalconstConstants.GDT_Byte, values));
    }

    private static void write(String path, GridSpec grid, int type, int length,
                              java.util.function.ToIntFunction<Dataset> fill) {
        if (length != grid.pixelCount()) {
            throw new IllegalArgumentException(path + ": " + length + " values for a " + grid.width() + " x "
                    + grid.height() + " grid");
        }
        GdalRuntime.ensure();
        Driver jp2 = gdal.GetDriverByName("JP2OpenJPEG");
        if (jp2 == null) {
            throw new RasterException(path, "GDAL has no JP2OpenJPEG driver (Debian's libgdal32 includes it)");
        }
        Dataset mem = gdal.GetDriverByName("MEM").Create("", grid.width(), grid.height(), 1, type);
        Dataset out = null;
        try {
            mem.SetGeoTransform(grid.geoTransform());
            mem.SetProjection(grid.crsWkt());
            if (fill.applyAsInt(mem) != gdalconstConstants.CE_None) {
                throw new RasterException(path, "cannot fill the image: " + gdal.GetLastErrorMsg());
            }
            out = jp2.CreateCopy(path, mem, LOSSLESS);
            if (out == null) {
                throw new RasterException(path, "cannot write JPEG 2000: " + gdal.GetLastErrorMsg());
            }
        } finally {
            if (out != null) {
                out.delete();
            }
            mem.delete();
        }
    }
}
