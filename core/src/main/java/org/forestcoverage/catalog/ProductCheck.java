package org.forestcoverage.catalog;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.provenance.FileChecksum;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.CentreZoner;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.Zoner;

/**
 * The checks a product passes before the catalogue records it, in order: every band file the metadata names exists;
 * each opens with a CRS and a north-up geotransform; red and NIR share one grid, and the quality band lies on it or on
 * a coarser grid in the same CRS covering it (Sentinel-2's 20 m SCL beside 10 m bands: each pixel takes the quality
 * pixel under its centre, as the analysis reads it); every block of every band
 * decodes (the whole band is read, so a truncated file fails here and not in the middle of an analysis); there is
 * valid data. Meanwhile it measures the footprint of the valid data and the share of the valid pixels the quality band
 * masks -- over the whole product, and over the valid pixels whose centre lies in the districts when they are given
 * (the pixel-centre rule of {@link CentreZoner}) -- and takes the SHA-256 of every file of the product. Each failure is a {@link CatalogException} whose message starts with
 * the file. Stateless.
 */
public final class ProductCheck {
    /** Rows read at once. */
    private static final int STRIP_ROWS = 256;

    private ProductCheck() {
    }

    /** Checks {@code product} and returns the entry to record; its cloud share is over the product only. */
    public static CatalogEntry check(Product product) {
        return check(product, null);
    }

    /**
     * Checks {@code product} and returns the entry to record, with its cloud share over {@code districts} too (when
     * not {@code null}).
     */
    public static CatalogEntry check(Product product, DistrictArea districts) {
        SceneSpec s = product.spec();
        for (BandRef b : s.bands()) {
            if (!Files.isRegularFile(Path.of(b.path()))) {
                throw new CatalogException(b.path() + ": file not found (named by " + product.metadata() + ")");
            }
        }
        Scan scan;
        try {
            scan = scan(s, districts);
        } catch (RasterException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        if (scan.validPx == 0) {
            throw new CatalogException(s.red().path() + ": no valid pixel (every pixel is fill or nodata)");
        }
        List<FileChecksum> sums = new ArrayList<>();
        for (Path f : product.files()) {
            try {
                sums.add(FileChecksum.of(f));
            } catch (UncheckedIOException e) {
                throw new CatalogException(e.getMessage(), e);
            }
        }
        double cloudPct = 100.0 * scan.maskedPx / scan.validPx;
        Double districtPct = scan.districtValidPx == 0 ? null : 100.0 * scan.districtMaskedPx / scan.districtValidPx;
        return new CatalogEntry(product.productId(), s.sensor(), product.acquired(), cloudPct, districtPct,
                districts == null ? null : districts.sha256(), scan.footprintWkt, product.metadata().toString(), sums,
                FileChecksum.combined(sums));
    }

    /** What reading every pixel found. */
    private record Scan(long validPx, long maskedPx, long districtValidPx, long districtMaskedPx, String footprintWkt) {
    }

    private static Scan scan(SceneSpec s, DistrictArea districts) {
        try (GdalRaster red = open(s.red()); GdalRaster nir = open(s.nir());
             GdalRaster quality = s.quality() == null ? null : open(s.quality().band())) {
            GridSpec grid = red.grid();
            sameGrid(grid, nir);
            QualityLookup lookup = quality == null ? null : new QualityLookup(grid, quality);
            NodataRule redNodata = nodata(red.band(s.red().band()), s.nodata());
            NodataRule nirNodata = nodata(nir.band(s.nir().band()), s.nodata());
            MaskRule rule = s.quality() == null ? null : s.quality().rule();
            ValidArea area = new ValidArea(grid);
            Zoner zoner = districts == null ? null : new CentreZoner(grid, List.of(new District(0, "districts", null,
                    GeometryCrs.transform(districts.lonLat(), "EPSG:4326", grid.crsWkt()))));
            long valid = 0;
            long masked = 0;
            long districtValid = 0;
            long districtMasked = 0;
            int w = grid.width();
            double[] r = new double[w * STRIP_ROWS];
            double[] n = new double[w * STRIP_ROWS];
            for (int row = 0; row < grid.height(); row += STRIP_ROWS) {
                PixelWindow strip = new PixelWindow(0, row, w, Math.min(STRIP_ROWS, grid.height() - row));
                red.read(s.red().band(), strip, r);
                nir.read(s.nir().band(), strip, n);
                if (lookup != null) {
                    lookup.read(s.quality().band().band(), strip);
                }
                short[] inside = zoner == null ? null : zoner.zones(strip).zonesPerPixel();
                for (int i = 0, count = (int) strip.pixelCount(); i < count; i++) {
                    if (redNodata.isNodata(r[i]) || nirNodata.isNodata(n[i])) {
                        continue;
                    }
                    valid++;
                    area.mark(i % w, row + i / w);
                    boolean cloud = rule != null && rule.classify(lookup.at(i % w, row + i / w)) == MaskRule.MASKED;
                    if (cloud) {
                        masked++;
                    }
                    if (inside != null && inside[i] != 0) {
                        districtValid++;
                        if (cloud) {
                            districtMasked++;
                        }
                    }
                }
            }
            return new Scan(valid, masked, districtValid, districtMasked, area.isEmpty() ? "" : area.lonLatWkt());
        }
    }

    /**
     * The quality value under each pixel centre of the red grid: the quality band's own pixels when it shares the grid,
     * else the pixel of its (coarser) grid that holds the centre. Reads the quality rows a strip needs, every block of
     * them, so a truncated quality file fails too. Not thread-safe.
     */
    private static final class QualityLookup {
        private final GdalRaster raster;
        private final int width;
        private final int[] colOf;
        private final int[] rowOf;
        private short[] buf = new short[0];
        private int firstRow;

        QualityLookup(GridSpec grid, GdalRaster quality) {
            GridSpec q = quality.grid();
            this.raster = quality;
            this.width = q.width();
            if (!grid.equals(q)) {
                double tolerance = 1e-6 * Math.max(q.pixelWidth(), q.pixelHeight());
                if (!org.forestcoverage.io.gdal.Crs.same(grid.crsWkt(), q.crsWkt()) || q.minX() > grid.minX() + tolerance
                        || q.maxX() < grid.maxX() - tolerance || q.minY() > grid.minY() + tolerance
                        || q.maxY() < grid.maxY() - tolerance) {
                    throw new RasterException(quality.path(), "does not cover the red band's grid in its CRS ("
                            + q.width() + " x " + q.height() + " px of " + q.pixelWidth() + " at " + q.originX() + ", "
                            + q.originY() + " against " + grid.width() + " x " + grid.height() + " px of "
                            + grid.pixelWidth() + " at " + grid.originX() + ", " + grid.originY() + ")");
                }
            }
            colOf = new int[grid.width()];
            for (int c = 0; c < colOf.length; c++) {
                colOf[c] = Math.min(q.width() - 1, (int) Math.floor(q.col(grid.x(c + 0.5))));
            }
            rowOf = new int[grid.height()];
            for (int r = 0; r < rowOf.length; r++) {
                rowOf[r] = Math.min(q.height() - 1, (int) Math.floor(q.row(grid.y(r + 0.5))));
            }
        }

        /** Reads the quality rows under the red rows of {@code strip}. */
        void read(int band, PixelWindow strip) {
            firstRow = rowOf[strip.row()];
            int rows = rowOf[strip.endRow() - 1] - firstRow + 1;
            if (buf.length < width * rows) {
                buf = new short[width * rows];
            }
            raster.read(band, new PixelWindow(0, firstRow, width, rows), buf);
        }

        /** The quality value (unsigned) under red pixel (col, row) of the strip last read. */
        int at(int col, int row) {
            return buf[(rowOf[row] - firstRow) * width + colOf[col]] & 0xFFFF;
        }
    }

    private static GdalRaster open(BandRef b) {
        GdalRaster r = GdalRaster.open(b.path());
        if (r.grid().crsWkt().isEmpty()) {
            r.close();
            throw new RasterException(b.path(), "has no CRS");
        }
        r.band(b.band());
        return r;
    }

    private static void sameGrid(GridSpec grid, GdalRaster other) {
        if (!grid.equals(other.grid())) {
            throw new RasterException(other.path(), "is not on the red band's grid (" + other.grid().width() + " x "
                    + other.grid().height() + " px at " + other.grid().originX() + ", " + other.grid().originY()
                    + " against " + grid.width() + " x " + grid.height() + " px at " + grid.originX() + ", "
                    + grid.originY() + ")");
        }
    }

    private static NodataRule nodata(BandInfo band, Double sceneNodata) {
        return new NodataRule(band.type(), sceneNodata != null ? sceneNodata : band.nodata());
    }
}
