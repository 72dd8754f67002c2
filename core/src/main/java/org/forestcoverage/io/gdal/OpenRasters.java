package org.forestcoverage.io.gdal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.warp.SourceLocator;

/**
 * The raster files one task reads, each opened once and all closed together, and one {@link SourceLocator} per
 * source grid that the warped bands on it share (a scene's red, NIR and quality bands are located once per tile),
 * with the PROJ transformation it uses; the locators' per-pixel arrays and the warped bands' source windows are one set
 * per task, whatever the number of scenes. If opening a file fails, the ones opened before it stay here and are closed by
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
    private final Map<GridSpec, SourceLocator> locators = new LinkedHashMap<>();
    private final List<ProjTransform> transforms = new ArrayList<>();
    private final SourceLocator.Buffers locatorBuffers = new SourceLocator.Buffers();
    private short[] sourceShorts = new short[0];
    private double[] sourceDoubles = new double[0];

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
     * The locator of pixels of {@code grid} in rasters on {@code source}'s grid, made on first use: exact PROJ
     * transforms when the CRSs differ, plain offsets when they are the same.
     */
    public SourceLocator locator(GridSpec grid, GridSpec source) {
        SourceLocator l = locators.get(source);
        if (l == null) {
            ProjTransform t = null;
            if (!Crs.same(grid.crsWkt(), source.crsWkt())) {
                t = ProjTransform.between(grid.crsWkt(), source.crsWkt());
                transforms.add(t);
            }
            l = new SourceLocator(grid, source, t, locatorBuffers);
            locators.put(source, l);
        }
        return l;
    }

    /**
     * The task's buffer for a warped band's source window, at least {@code n} values: shared by every warped band of
     * the task (they read one after the other), so it holds one window whatever the number of scenes.
     */
    short[] sourceShorts(int n) {
        if (sourceShorts.length < n) {
            sourceShorts = new short[n];
        }
        return sourceShorts;
    }

    /** As {@link #sourceShorts}, for bands in double storage. */
    double[] sourceDoubles(int n) {
        if (sourceDoubles.length < n) {
            sourceDoubles = new double[n];
        }
        return sourceDoubles;
    }

    /** Closes every view, transformation and file; the first failure is rethrown after all were tried. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ProjTransform t : transforms) {
            t.close();
        }
        transforms.clear();
        locators.clear();
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
