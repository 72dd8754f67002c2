package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.scene.BandRef;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.gdal;

/**
 * The raster files one task reads, each opened once and all closed together, with the single-band views that warping
 * a band of a multi-band file needs. If opening a file fails, the ones opened before it stay here and are closed by
 * {@link #close()}: a task that fails half-way through its set-up leaves no dataset open.
 *
 * <pre>{@code
 * try (OpenRasters files = new OpenRasters()) {
 *     GdalRaster r = files.get("scene.tif");   // opened on first use, then reused
 * }
 * }</pre>
 *
 * Not thread-safe: one per task (GDAL datasets must not be shared between threads, DESIGN.md §5).
 */
public final class OpenRasters implements AutoCloseable {
    private final Map<String, GdalRaster> open = new LinkedHashMap<>();
    private final Map<BandRef, Dataset> bandViews = new LinkedHashMap<>();

    /** The open raster of {@code path}, opened on first use. */
    public GdalRaster get(String path) {
        GdalRaster r = open.get(path);
        if (r == null) {
            r = GdalRaster.open(path);
            open.put(path, r);
        }
        return r;
    }

    /**
     * The source of a warp of band {@code band} of {@code r}: the raster itself when it has one band, else an in-memory
     * VRT of that band alone (gdalwarp's {@code -b} arrived in GDAL 3.7; 3.6 would warp every band).
     */
    Dataset bandView(GdalRaster r, int band) {
        if (r.bandCount() == 1) {
            return r.open();
        }
        Dataset v = bandViews.get(new BandRef(r.path(), band));
        if (v == null) {
            v = gdal.Translate("", r.open(), new TranslateOptions(new Vector<>(List.of("-of", "VRT", "-b",
                    Integer.toString(band)))));
            if (v == null) {
                throw new RasterException(r.path(), "cannot select band " + band + " for warping: " + gdal.GetLastErrorMsg());
            }
            bandViews.put(new BandRef(r.path(), band), v);
        }
        return v;
    }

    /** Closes every view and file; the first failure is rethrown after all were tried. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Dataset v : bandViews.values()) {
            v.delete();
        }
        bandViews.clear();
        for (GdalRaster r : open.values()) {
            try {
                r.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        open.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
