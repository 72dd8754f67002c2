package org.forestcoverage.tile;

import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.AlignedRead;
import org.forestcoverage.io.gdal.OpenRasters;
import org.forestcoverage.io.gdal.WarpedRead;
import org.forestcoverage.kernel.SceneTile;
import org.forestcoverage.plan.BandAccess;
import org.forestcoverage.plan.BandPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.raster.BandSource;
import org.forestcoverage.raster.BandTile;
import org.forestcoverage.raster.NodataRule;
import org.forestcoverage.raster.Resampling;

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
        return new WarpedRead(files, files.get(band.ref().path()), band.ref().band(), grid, resampling, nodata,
                categorical);
    }

    /** Reads every band of the scene, and its water source, over {@code window} into the task's buffers. */
    SceneTile read(PixelWindow window, TileBuffers buffers) {
        BandTile redTile = buffers.tile(TileBuffers.Role.RED, scene.red());
        BandTile nirTile = buffers.tile(TileBuffers.Role.NIR, scene.nir());
        red.read(window, redTile);
        nir.read(window, nirTile);
        BandTile qualityTile = null;
        if (quality != null) {
            qualityTile = buffers.tile(TileBuffers.Role.QUALITY, scene.quality());
            quality.read(window, qualityTile);
        }
        return new SceneTile(scene.rule(), scene.mask(), redTile, nirTile, qualityTile, water.read(window, buffers));
    }
}
