package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.RasterException;

/**
 * Band 1 of one raster, for point sampling and whole-raster scans (QA plots, sample designs, threshold calibration),
 * (point transformation between CRSs is {@link Crs#transform}).
 *
 * <pre>{@code
 * double[][] xy = Crs.transform("EPSG:4326", sampler.grid().crsWkt(), lons, lats);
 * try (RasterSampler s = RasterSampler.open("forest_2020.tif")) {
 *     double v = s.value(col, row);                            // NaN for nodata or NaN pixels
 *     s.scan(512, (window, values) -> { ... });                 // tiles row-major, pixels row-major inside
 * }
 * }</pre>
 *
 * <p>Points use the traditional GIS axis order (x = easting / longitude) whatever the CRS's official order. Pixel
 * (col, row) holds the point {@code (x, y)} when {@code col = floor(grid.col(x))}, {@code row = floor(grid.row(y))}
 * (left and top edges inclusive, as in {@link GridSpec}). Not thread-safe: one per thread.
 */
public final class RasterSampler implements AutoCloseable {

    /** Receives each tile of a {@link #scan}: its window and band 1's values (row-major, unsigned for Byte). */
    @FunctionalInterface
    public interface TileVisitor {
        void visit(PixelWindow window, short[] values);
    }

    private final GdalRaster raster;
    private final double[] one = new double[1];

    private RasterSampler(GdalRaster raster) {
        this.raster = raster;
    }

    /** Opens a raster; a missing or unreadable file gives a {@link RasterException} naming it. */
    public static RasterSampler open(String path) {
        return new RasterSampler(GdalRaster.open(path));
    }

    public String path() {
        return raster.path();
    }

    public GridSpec grid() {
        return raster.grid();
    }

    /** Band 1's description (type, nodata). */
    public BandInfo band() {
        return raster.band(1);
    }

    /**
     * Band 1 at pixel (col, row) as a double: NaN when the value is NaN or equals the band's nodata value.
     *
     * @throws RasterException when the pixel is outside the raster or cannot be read
     */
    public double value(int col, int row) {
        raster.read(1, new PixelWindow(col, row, 1, 1), one);
        BandInfo b = raster.band(1);
        return new NodataRule(b.type(), b.nodata()).isNodata(one[0]) ? Double.NaN : one[0];
    }

    /**
     * Reads band 1 (an integer band) tile by tile, tiles row-major from the top-left and {@code tileSize} pixels
     * square, and hands each to {@code visitor}. The order is the same on every call, so two scans see the pixels in
     * the same order (what {@code SampleDesign} ranks need). The buffer is reused between tiles.
     */
    public void scan(int tileSize, TileVisitor visitor) {
        if (!raster.band(1).type().inShortStorage()) {
            throw new RasterException(path(), "band 1 is " + raster.band(1).type() + ", not a class band (Byte)");
        }
        Tiling tiling = new Tiling(grid(), tileSize);
        short[] buffer = new short[tileSize * tileSize];
        for (int i = 0; i < tiling.count(); i++) {
            PixelWindow w = tiling.tile(i);
            raster.read(1, w, buffer);
            visitor.visit(w, buffer);
        }
    }

    /** Receives each tile of a {@link #scanValues}: its window and band 1's values, NaN where nodata or NaN. */
    @FunctionalInterface
    public interface ValueVisitor {
        void visit(PixelWindow window, double[] values);
    }

    /**
     * Reads band 1 (as Float64, exact for every real type) tile by tile in the order of {@link #scan}, nodata (and
     * NaN) as NaN: for continuous rasters such as an NDVI composite. The buffer is reused between tiles.
     */
    public void scanValues(int tileSize, ValueVisitor visitor) {
        Tiling tiling = new Tiling(grid(), tileSize);
        double[] buffer = new double[tileSize * tileSize];
        Double nodata = raster.band(1).nodata();
        double fill = nodata == null ? Double.NaN : nodata;
        for (int i = 0; i < tiling.count(); i++) {
            PixelWindow w = tiling.tile(i);
            raster.read(1, w, buffer);
            if (!Double.isNaN(fill)) {
                int n = w.width() * w.height();
                for (int k = 0; k < n; k++) {
                    if (buffer[k] == fill) {
                        buffer[k] = Double.NaN;
                    }
                }
            }
            visitor.visit(w, buffer);
        }
    }

    @Override
    public void close() {
        raster.close();
    }
}
