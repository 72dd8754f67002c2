package org.forestcoverage.tile;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.AlignedRead;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.io.gdal.WarpedRead;
import org.forestcoverage.kernel.CloudBuffer;
import org.forestcoverage.kernel.SceneTile;
import org.forestcoverage.plan.BandAccess;
import org.forestcoverage.plan.BandPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.raster.TileCoverage;

/**
 * The band sources of one scene in one task, and the read of all its bands, and of its water source, onto a tile.
 * Not thread-safe.
 */
final class SceneReader {
    private final ScenePlan scene;
    private final BandSource red;
    private final BandSource nir;
    private final BandSource quality;
    private final WaterReader water;

    SceneReader(ScenePlan scene, OpenRasters files, GridSpec grid, Resampling resampling) {
        this.scene = scene;
        this.red = source(scene.red(), files, grid, resampling, scene.rule().red().nodata(), false);
        this.nir = source(scene.nir(), files, grid, resampling, scene.rule().nir().nodata(), false);
        this.quality = scene.quality() == null ? null : source(scene.quality(), files, grid, resampling,
                new NodataRule(scene.quality().info().type(), null), true);
        this.water = new WaterReader(scene.water(), files, grid, resampling);
    }

    /** An aligned read or a warp, as the plan decided; opens the band's file in {@code files}. */
    static BandSource source(BandPlan band, OpenRasters files, GridSpec grid, Resampling resampling,
                                     NodataRule nodata, boolean categorical) {
        if (band.access() instanceof BandAccess.Aligned a) {
            return new AlignedRead(files.get(band.ref().path()), band.ref().band(), a.inGrid());
        }
        BandAccess.Warped w = (BandAccess.Warped) band.access();
        return new WarpedRead(files, files.get(band.ref().path()), band.ref().band(), files.locator(grid, w.source()),
                resampling, nodata, categorical);
    }

    ScenePlan plan() {
        return scene;
    }

    /**
     * Reads every band of the scene, and its water source, over {@code window} into the task's buffers. With a cloud
     * buffer the quality band is read over the widened window, the buffer computed there ({@code scratch}: work
     * buffers), and the tile's part copied into the quality tile with the buffered pixels marked as not covered, so
     * the kernel leaves them unobserved in this scene.
     */
    SceneTile read(PixelWindow window, TileBuffers buffers, Scratch scratch) {
        BandTile redTile = buffers.tile(TileBuffers.Role.RED, scene.red());
        BandTile nirTile = buffers.tile(TileBuffers.Role.NIR, scene.nir());
        red.read(window, redTile);
        nir.read(window, nirTile);
        BandTile qualityTile = null;
        BandTile distance = null;
        if (quality != null) {
            qualityTile = buffers.tile(TileBuffers.Role.QUALITY, scene.quality());
            if (scene.buffer() == null && scene.proximity() == null) {
                quality.read(window, qualityTile);
            } else {
                distance = widened(window, qualityTile, scratch);
            }
        }
        return new SceneTile(scene.rule(), scene.mask(), redTile, nirTile, qualityTile, water.read(window, buffers),
                scene.facts(), distance);
    }

    /** Work buffers of the cloud buffer and the cloud distances, shared by the scenes of a task. */
    static final class Scratch {
        private BandTile wide;
        private BandTile cloudDistance;
        private int[] distance = new int[0];
        private byte[] near = new byte[0];

        BandTile cloudDistance(int capacity) {
            if (cloudDistance == null || cloudDistance.capacity() < capacity) {
                cloudDistance = BandTile.allocate(PixelType.FLOAT64, capacity);
            }
            return cloudDistance;
        }

        BandTile wide(PixelType type, int capacity) {
            if (wide == null || wide.type() != type || wide.capacity() < capacity) {
                wide = BandTile.allocate(type, capacity);
            }
            return wide;
        }
    }

    /**
     * The quality band over the tile widened by the buffer's and the cloud distance's reach: the buffered pixels marked
     * as not covered in {@code into}; returns the tile of distances to cloud (or {@code null} without proximity).
     */
    private BandTile widened(PixelWindow window, BandTile into, Scratch scratch) {
        CloudBuffer b = scene.buffer();
        CloudBuffer p = scene.proximity();
        PixelWindow w = b == null ? p.widen(window) : p == null ? b.widen(window)
                : new PixelWindow(window.col() - Math.max(b.radiusX(), p.radiusX()),
                        window.row() - Math.max(b.radiusY(), p.radiusY()),
                        window.width() + 2 * Math.max(b.radiusX(), p.radiusX()),
                        window.height() + 2 * Math.max(b.radiusY(), p.radiusY()));
        int n = (int) w.pixelCount();
        int tn = (int) window.pixelCount();
        BandTile wide = quality.read(w, scratch.wide(scene.quality().info().type(), n));
        if (wide.coverage() == TileCoverage.NONE) {
            into.filled(window, TileCoverage.NONE);
            return null;
        }
        if (scratch.distance.length < n) {
            scratch.distance = new int[n];
        }
        if (scratch.near.length < tn) {
            scratch.near = new byte[tn];
        }
        byte[] covered = wide.coverage() == TileCoverage.PARTIAL ? wide.maskBuffer() : null;
        BandTile distance = null;
        if (p != null) {
            distance = scratch.cloudDistance(tn);
            p.nearestCloudM(scene.mask(), wide.shortBuffer(), covered, w, window, scratch.distance,
                    distance.doubleBuffer());
            distance.filled(window, TileCoverage.FULL);
        }
        if (b != null) {
            b.buffered(scene.mask(), wide.shortBuffer(), covered, w, window, scratch.distance, scratch.near);
        } else {
            java.util.Arrays.fill(scratch.near, 0, tn, (byte) 0);
        }
        short[] q = into.shortBuffer();
        byte[] mask = into.maskBuffer();
        int dc = window.col() - w.col();
        int dr = window.row() - w.row();
        int count = 0;
        for (int r = 0; r < window.height(); r++) {
            int from = (r + dr) * w.width() + dc;
            int to = r * window.width();
            System.arraycopy(wide.shortBuffer(), from, q, to, window.width());
            for (int c = 0; c < window.width(); c++) {
                int in = (covered == null || covered[from + c] != 0) && scratch.near[to + c] == 0 ? 1 : 0;
                mask[to + c] = (byte) in;
                count += in;
            }
        }
        into.filled(window, count == 0 ? TileCoverage.NONE : count == tn ? TileCoverage.FULL : TileCoverage.PARTIAL);
        return distance;
    }
}
