package org.forestcoverage.io.gdal;

import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;

/**
 * How a raster file is laid out, as {@code gdalinfo} reports it: driver, block size and overview count of band 1,
 * compression and the {@code LAYOUT} item GDAL sets for cloud-optimized GeoTIFFs ({@code COG}, or empty).
 *
 * <pre>{@code
 * try (GdalRaster r = GdalRaster.open("forest_2024.tif")) {
 *     RasterLayout l = RasterLayout.of(r);   // e.g. GTiff 512x512, 2 overviews, DEFLATE, COG
 * }
 * }</pre>
 */
public record RasterLayout(String driver, int blockWidth, int blockHeight, int overviewCount, String compression,
                           String layout) {

    /** The layout of an open raster. */
    public static RasterLayout of(GdalRaster raster) {
        Dataset ds = raster.open();
        Band b = ds.GetRasterBand(1);
        String comp = ds.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE");
        String layout = ds.GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE");
        return new RasterLayout(ds.GetDriver().getShortName(), b.GetBlockXSize(), b.GetBlockYSize(),
                b.GetOverviewCount(), comp == null ? "" : comp, layout == null ? "" : layout);
    }

    /** True when GDAL recognises the file as a cloud-optimized GeoTIFF. */
    public boolean isCog() {
        return "COG".equalsIgnoreCase(layout);
    }
}
