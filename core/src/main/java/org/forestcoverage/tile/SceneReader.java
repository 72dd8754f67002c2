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
 * The band sources of one scene in one task, and the read of all its bands onto a tile. Not thread-safe.
 */
final class SceneReader {
    private final ScenePlan scene;
    private final BandSource red;
    private final BandSource nir;
    private final BandSource quality;

    SceneReader(ScenePlan scene, OpenRasters files, GridSpec grid, Resampling resampling) {
        this.scene = scene;
        this.red = source(scene.red(), files, grid, resampling, scene.rule().red().nodata(), false);
        this.nir = source(scene.nir(), files, grid, resampling, scene.rule().nir().nodata(), false);
        this.quality = scene.quality() == null ? null : source(scene.quality(), files, grid, resampling,
                new NodataRule(scene.quality().info().type(), null), true);
    }

    /** An aligned read or a warp, as the plan decided; opens the band's file in {@code files}. */
    private static BandSource source(BandPlan band, OpenRasters files, GridSpec grid, Resampling resampling,
                                     NodataRule nodata, boolean categorical) {
        if (band.access() instanceof BandAccess.Aligned a) {
            return new AlignedRead(files.get(band.ref().path()), band.ref().band(), a.inGrid());
        }
        BandAccess.Warped w = (BandAccess.Warped) band.access();
        return new WarpedRead(files.get(band.ref().path()), band.ref().band(), files.locator(grid, w.source()),
                resampling, nodata, categorical);
    }

    ScenePlan plan() {
        return scene;
    }

    /**
     * Reads every band of the scene over {@code window} into the given tiles ({@code qualityTile} may be null). With a
     * cloud buffer the quality band is read over the widened window into {@code wide}, the buffer computed there
     * ({@code distance}, {@code near}: work buffers), and the tile's part copied into {@code qualityTile} with the
     * buffered pixels marked as not covered, so the kernel leaves them unobserved in this scene.
     */
    SceneTile read(PixelWindow window, BandTile redTile, BandTile nirTile, BandTile qualityTile, Scratch scratch) {
        red.read(window, redTile);
        nir.read(window, nirTile);
        if (quality != null) {
            if (scene.buffer() == null) {
                quality.read(window, qualityTile);
            } else {
                buffered(window, qualityTile, scratch);
            }
        }
        return new SceneTile(scene.rule(), scene.mask(), redTile, nirTile, quality == null ? null : qualityTile);
    }

    /** Work buffers of the cloud buffer, shared by the scenes of a task. */
    static final class Scratch {
        private BandTile wide;
        private int[] distance = new int[0];
        private byte[] near = new byte[0];

        BandTile wide(PixelType type, int capacity) {
            if (wide == null || wide.type() != type || wide.capacity() < capacity) {
                wide = BandTile.allocate(type, capacity);
            }
            return wide;
        }
    }

    private void buffered(PixelWindow window, BandTile into, Scratch scratch) {
        CloudBuffer b = scene.buffer();
        PixelWindow w = b.widen(window);
        int n = (int) w.pixelCount();
        BandTile wide = quality.read(w, scratch.wide(scene.quality().info().type(), n));
        if (wide.coverage() == TileCoverage.NONE) {
            into.filled(window, TileCoverage.NONE);
            return;
        }
        if (scratch.distance.length < n) {
            scratch.distance = new int[n];
        }
        int tn = (int) window.pixelCount();
        if (scratch.near.length < tn) {
            scratch.near = new byte[tn];
        }
        byte[] covered = wide.coverage() == TileCoverage.PARTIAL ? wide.maskBuffer() : null;
        b.buffered(scene.mask(), wide.shortBuffer(), covered, w, window, scratch.distance, scratch.near);
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
    }
}
