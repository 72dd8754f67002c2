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
        return new WarpedRead(files, files.get(band.ref().path()), band.ref().band(), grid, resampling, nodata,
                categorical);
    }

    ScenePlan plan() {
        return scene;
    }

    /** Reads every band of the scene over {@code window} into the given tiles ({@code qualityTile} may be null). */
    SceneTile read(PixelWindow window, BandTile redTile, BandTile nirTile, BandTile qualityTile) {
        red.read(window, redTile);
        nir.read(window, nirTile);
        if (quality != null) {
            quality.read(window, qualityTile);
        }
        return new SceneTile(scene.rule(), scene.mask(), redTile, nirTile, quality == null ? null : qualityTile);
    }
}
