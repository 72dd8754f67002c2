package org.forestcoverage.tile;

import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.Harmonise;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.plan.Season;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.QaPixelMask;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.ZoneMode;

/**
 * Test helper: Landsat C2 L2-like OLI scenes (UInt16 SR_B4 and SR_B5 in one GeoTIFF, reflectance = DN x 2.75e-5 - 0.2,
 * fill 0, and a QA_PIXEL GeoTIFF: 21824 clear, 22280 cloud) on a {@link #GRID} of 48 x 8 pixels of 30 m in UTM 50 N,
 * one rectangular district over the grid, and the year 2022's plan and forest count through {@link TilePipeline}.
 */
final class OliScenes {
    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 48, 8);
    static final int PIXELS = 48 * 8;
    static final short CLEAR = 21824;
    static final short CLOUD = 22280;

    private OliScenes() {
    }

    /** Writes scene {@code id} (its bands {@code id.tif}, its quality {@code id_QA_PIXEL.tif}) into {@code dir}. */
    static SceneSpec write(Path dir, String id, short[] red, short[] nir, short[] qa) {
        Path bands = dir.resolve(id + ".tif");
        Path quality = dir.resolve(id + "_QA_PIXEL.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(bands.toString(), GRID, PixelType.UINT16, 2, 0.0)) {
            w.write(1, GRID.window(), red);
            w.write(2, GRID.window(), nir);
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(quality.toString(), GRID, PixelType.UINT16, 1, null)) {
            w.write(1, GRID.window(), qa);
        }
        Calibration c2 = new Calibration(2.75e-5, -0.2);
        return new SceneSpec(id, 2022, "landsat-c2-l2", new BandRef(bands.toString(), 1),
                new BandRef(bands.toString(), 2), c2, c2, null,
                new QualityBand(new BandRef(quality.toString(), 1), QaPixelMask.defaults()));
    }

    /** The plan of {@code scenes} (in this manifest order) over the grid's district; maps into {@code maps} or none. */
    static AnalysisPlan plan(Path dir, List<SceneSpec> scenes, Compositor compositor, int tileSize, Season season,
                             String maps) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400000, 4500000 - 8 * 30, 400000 + 48 * 30, 4500000);
        return PlanBuilder.open(new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, 0.6,
                tileSize, ZoneMode.CENTRE, compositor, Resampling.NEAR, null, Harmonise.AUTO, season)).build(maps).plan();
    }

    /** Forest pixels of the district in the plan's first year, every tile processed. */
    static long forest(AnalysisPlan plan) {
        try (TilePipeline p = new TilePipeline(plan)) {
            for (int t = 0; t < plan.tiling().count(); t++) {
                p.process(t);
            }
            return p.sums().px(0, 1, LandClass.FOREST) / CoverageSums.PX_UNIT;
        }
    }

    /** Band 1 of the single-tile map {@code maps/NAME_2022/tile_0.tif} over the grid. */
    static short[] map(Path maps, String name) {
        short[] v = new short[PIXELS];
        try (GdalRaster r = GdalRaster.open(maps.resolve(name + "_2022").resolve("tile_0.tif").toString())) {
            r.read(1, GRID.window(), v);
        }
        return v;
    }
}
