package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.ClassImage;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconstConstants;

/**
 * Reduced copies of class maps for previews: the whole of band 1 read into at most {@code maxSide} cells on its long
 * side, from the file's overviews (which {@link MapMosaic} builds with MODE, the most frequent observed class) and by
 * nearest neighbour, so classes are never blended. Stateless.
 *
 * <pre>{@code
 * ClassImage img = MapPreview.read(Path.of("out/forest_2024.tif"), 400);
 * }</pre>
 */
public final class MapPreview {
    private MapPreview() {
    }

    /**
     * @throws RasterException naming the file when it is missing, unreadable, not north-up or not a Byte band
     */
    public static ClassImage read(java.nio.file.Path file, int maxSide) {
        String path = file.toString();
        try (GdalRaster raster = GdalRaster.open(path)) {
            if (raster.band(1).type() != PixelType.BYTE) {
                throw new RasterException(path, "is not a class map (band 1 is " + raster.band(1).type() + ", not Byte)");
            }
            GridSpec grid = raster.grid();
            int w = grid.width();
            int h = grid.height();
            double k = Math.min(1.0, (double) maxSide / Math.max(w, h));
            int bw = Math.max(1, (int) Math.round(w * k));
            int bh = Math.max(1, (int) Math.round(h * k));
            byte[] codes = new byte[bw * bh];
            int err = raster.open().GetRasterBand(1).ReadRaster(0, 0, w, h, bw, bh, gdalconstConstants.GDT_Byte, codes);
            if (err != gdalconstConstants.CE_None) {
                throw new RasterException(path, "cannot read (corrupt or truncated file?): " + gdal.GetLastErrorMsg());
            }
            return new ClassImage(grid, bw, bh, codes);
        }
    }
}
