package org.forestcoverage.io.gdal;

import java.util.List;
import java.util.Vector;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.raster.TileCoverage;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.WarpOptions;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * A band of a file in another CRS or on another lattice, resampled onto each tile by GDAL ({@code gdal.Warp} into an
 * in-memory dataset the size of the tile, {@code -dstalpha} as the coverage). 16-bit bands warp to their own type,
 * every other band to Float64.
 *
 * <pre>{@code
 * BandSource nir = new WarpedRead(files, files.get("utm49.tif"), 2, grid, Resampling.NEAR, nirNodata, false);
 * }</pre>
 *
 * <ul>
 * <li>quality bands ({@code categorical}): always nearest neighbour and with the source nodata switched off
 *     ({@code -srcnodata None}), so that every quality value, fill included, reaches the mask rule unchanged and the
 *     coverage is the footprint only;</li>
 * <li>reflectance bands: the stated method. The band's nodata (NaN for a floating band without one) is passed as
 *     {@code -srcnodata}, so GDAL leaves nodata out of interpolation kernels and fill never blends into reflectance; a
 *     target pixel is covered when its kernel had any valid source pixel. Masked observations (cloud: valid DNs)
 *     cannot be kept out of a bilinear or cubic kernel, because the mask is applied after resampling: nearest
 *     neighbour keeps reflectance and quality from the same source pixel, which is why it is the default.</li>
 * </ul>
 *
 * Resampling per tile depends on the tile's edges at the last bit (a later exact warp replaces this class behind
 * {@link BandSource}). Not thread-safe: one per task.
 */
public final class WarpedRead implements BandSource {
    private final OpenRasters files;
    private final GdalRaster raster;
    private final int band;
    private final GridSpec grid;
    private final String method;
    private final String srcNodata;
    private final boolean shorts;
    private final boolean signed;

    /**
     * @param files       the task's open files, which own the single-band view a multi-band file needs
     * @param grid        the analysis grid
     * @param resampling  method for reflectance; ignored for {@code categorical} bands (always nearest)
     * @param nodata      the band's nodata rule, passed as the warp's source nodata for reflectance
     * @param categorical a quality band: nearest neighbour, no source nodata
     */
    public WarpedRead(OpenRasters files, GdalRaster raster, int band, GridSpec grid, Resampling resampling,
                      NodataRule nodata, boolean categorical) {
        this.files = files;
        this.raster = raster;
        this.band = band;
        this.grid = grid;
        this.method = categorical ? Resampling.NEAR.gdalName() : resampling.gdalName();
        this.shorts = nodata.type().inShortStorage();
        this.signed = nodata.type() == org.forestcoverage.raster.PixelType.INT16;
        double stored = nodata.storedOrNaN();
        if (categorical) {
            this.srcNodata = "None";
        } else if (stored == stored) {
            this.srcNodata = Double.toString(stored);
        } else {
            this.srcNodata = nodata.type().isFloating() ? "nan" : "None";
        }
        raster.band(band);
    }

    @Override
    public BandTile read(PixelWindow window, BandTile into) {
        GridSpec t = grid.crop(window);
        String outType = shorts ? (signed ? "Int16" : "UInt16") : "Float64";
        Vector<String> opts = new Vector<>(List.of("-of", "MEM", "-t_srs", grid.crsWkt(),
                "-te", Double.toString(t.minX()), Double.toString(t.minY()), Double.toString(t.maxX()),
                Double.toString(t.maxY()), "-ts", Integer.toString(t.width()), Integer.toString(t.height()),
                "-r", method, "-ot", outType, "-dstalpha", "-srcnodata", srcNodata, "-q"));
        Dataset out;
        try {
            out = gdal.Warp("", new Dataset[] {files.bandView(raster, band)}, new WarpOptions(opts));
        } catch (RuntimeException e) {
            throw new RasterException(raster.path(), "cannot warp onto tile " + window + ": "
                    + (e.getMessage() != null ? e.getMessage() : gdal.GetLastErrorMsg()), e);
        }
        if (out == null) {
            throw new RasterException(raster.path(), "cannot warp onto tile " + window + ": " + gdal.GetLastErrorMsg());
        }
        int w = t.width();
        int h = t.height();
        byte[] alpha = into.maskBuffer();
        try {
            int err = shorts
                    ? out.GetRasterBand(1).ReadRaster(0, 0, w, h, w, h,
                            signed ? gdalconstConstants.GDT_Int16 : gdalconstConstants.GDT_UInt16, into.shortBuffer())
                    : out.GetRasterBand(1).ReadRaster(0, 0, w, h, w, h, gdalconstConstants.GDT_Float64,
                            into.doubleBuffer());
            if (err == gdalconstConstants.CE_None) {
                err = out.GetRasterBand(2).ReadRaster(0, 0, w, h, w, h, gdalconstConstants.GDT_Byte, alpha);
            }
            if (err != gdalconstConstants.CE_None) {
                throw new RasterException(raster.path(), "cannot read warped tile " + window + ": " + gdal.GetLastErrorMsg());
            }
        } finally {
            out.delete();
        }
        int covered = 0;
        int n = w * h;
        for (int i = 0; i < n; i++) {
            int a = alpha[i] != 0 ? 1 : 0;
            alpha[i] = (byte) a;
            covered += a;
        }
        into.filled(window, covered == 0 ? TileCoverage.NONE : covered == n ? TileCoverage.FULL : TileCoverage.PARTIAL);
        return into;
    }
}
