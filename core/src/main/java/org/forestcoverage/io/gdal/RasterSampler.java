package org.forestcoverage.io.gdal;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.grid.Tiling;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.RasterException;
import org.gdal.osr.CoordinateTransformation;

/**
 * Band 1 of one raster, for point sampling and whole-raster scans (QA plots, sample designs, threshold calibration),
 * plus point transformation between CRSs with GDAL OSR.
 *
 * <pre>{@code
 * double[][] xy = RasterSampler.transform("EPSG:4326", sampler.grid().crsWkt(), lons, lats);
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
    private final float[] one = new float[1];

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
     * Transforms points from {@code fromCrs} to {@code toCrs} (any definition GDAL accepts: EPSG code, WKT, URN);
     * returns {@code {xs, ys}}. A point GDAL cannot transform, or that comes out non-finite, is NaN in both arrays.
     * Identical CRSs copy the points unchanged.
     *
     * @throws IllegalArgumentException when either CRS is unknown to GDAL (the message names it)
     */
    public static double[][] transform(String fromCrs, String toCrs, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x values but " + ys.length + " y values");
        }
        Crs.parse(fromCrs);
        Crs.parse(toCrs);
        double[] ox = xs.clone();
        double[] oy = ys.clone();
        if (Crs.same(fromCrs, toCrs)) {
            return new double[][] {ox, oy};
        }
        CoordinateTransformation ct = Crs.transformation(fromCrs, toCrs);
        if (ct == null) {
            throw new IllegalArgumentException("no transformation from '" + Crs.abbreviate(fromCrs) + "' to '"
                    + Crs.abbreviate(toCrs) + "'");
        }
        try {
            double[] p = new double[3];
            for (int i = 0; i < xs.length; i++) {
                try {
                    ct.TransformPoint(p, xs[i], ys[i], 0);
                    ox[i] = p[0];
                    oy[i] = p[1];
                } catch (RuntimeException e) {
                    ox[i] = Double.NaN;
                    oy[i] = Double.NaN;
                }
                if (!Double.isFinite(ox[i]) || !Double.isFinite(oy[i])) {
                    ox[i] = Double.NaN;
                    oy[i] = Double.NaN;
                }
            }
        } finally {
            ct.delete();
        }
        return new double[][] {ox, oy};
    }

    /**
     * Band 1 at pixel (col, row) as a double: NaN when the value is NaN or equals the band's nodata value.
     *
     * @throws RasterException when the pixel is outside the raster or cannot be read
     */
    public double value(int col, int row) {
        raster.read(1, new PixelWindow(col, row, 1, 1), one);
        double v = one[0];
        Double nodata = raster.band(1).nodata();
        return Float.isNaN(one[0]) || nodata != null && v == (double) (float) nodata.doubleValue() ? Double.NaN : v;
    }

    /**
     * Reads band 1 (an integer band) tile by tile, tiles row-major from the top-left and {@code tileSize} pixels
     * square, and hands each to {@code visitor}. The order is the same on every call, so two scans see the pixels in
     * the same order (what {@code SampleDesign} ranks need). The buffer is reused between tiles.
     */
    public void scan(int tileSize, TileVisitor visitor) {
        if (raster.band(1).type().isFloating()) {
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
        void visit(PixelWindow window, float[] values);
    }

    /**
     * Reads band 1 as Float32 tile by tile in the order of {@link #scan}, nodata (and NaN) as NaN: for continuous
     * rasters such as an NDVI composite. The buffer is reused between tiles.
     */
    public void scanValues(int tileSize, ValueVisitor visitor) {
        Tiling tiling = new Tiling(grid(), tileSize);
        float[] buffer = new float[tileSize * tileSize];
        Double nodata = raster.band(1).nodata();
        float fill = nodata == null ? Float.NaN : (float) nodata.doubleValue();
        for (int i = 0; i < tiling.count(); i++) {
            PixelWindow w = tiling.tile(i);
            raster.read(1, w, buffer);
            if (!Float.isNaN(fill)) {
                int n = w.width() * w.height();
                for (int k = 0; k < n; k++) {
                    if (buffer[k] == fill) {
                        buffer[k] = Float.NaN;
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
