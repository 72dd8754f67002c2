package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.CloudBuffer;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.Harmonise;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.RectangleDistrict;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cloud buffers across tile edges: a 64 x 64 Landsat-like scene (30 m, EPSG:32650), forest everywhere
 * (red 1000, NIR 9000), with two QA_PIXEL cloud pixels (bit 3): one at column 15, row 15, the corner of four 16 px
 * tiles, and one at column 42, row 40, outside the analysis grid (the district spans columns 0-40). A 90 m buffer is a
 * disk of radius 3 pixels: by hand, 7 + 2 x 5 + 2 x 5 + 2 x 1 = 29 pixels around the first cloud, all inside the grid;
 * around the second, column 40 (2 px away) for rows 38-42 and column 39 (3 px away) on row 40 only: 6 pixels. So 35 of
 * the grid's 41 x 64 pixels are unobserved, and the rest are forest, whatever the tile size.
 */
@Tag("unit")
class CloudBufferTest {
    @TempDir
    Path dir;

    static final GridSpec SCENE = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);

    private SceneSpec scene() {
        short[] red = new short[64 * 64];
        short[] nir = new short[64 * 64];
        short[] qa = new short[64 * 64];
        Arrays.fill(red, (short) 1000);
        Arrays.fill(nir, (short) 9000);
        Arrays.fill(qa, (short) 21824);                  // clear (bit 6), as in Collection 2
        qa[15 * 64 + 15] = (short) 22280;                // cloud (bit 3)
        qa[40 * 64 + 42] = (short) 22280;
        Path bands = dir.resolve("bands.tif");
        Path quality = dir.resolve("qa.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(bands.toString(), SCENE, PixelType.INT16, 2, -9999.0)) {
            w.write(1, SCENE.window(), red);
            w.write(2, SCENE.window(), nir);
        }
        try (GeoTiffWriter w = GeoTiffWriter.create(quality.toString(), SCENE, PixelType.UINT16, 1, null)) {
            w.write(1, SCENE.window(), qa);
        }
        Calibration cal = new Calibration(0.0001, 0);
        return new SceneSpec("s", 2022, "landsat-c2-l2", new BandRef(bands.toString(), 1),
                new BandRef(bands.toString(), 2), cal, cal, null,
                new QualityBand(new BandRef(quality.toString(), 1), QaPixelMask.defaults()));
    }

    private AnalysisPlan plan(int tileSize, Double bufferM) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 400000 + 41 * 30, 4500000);
        return PlanBuilder.open(new AnalysisRequest(new Manifest(List.of(scene())),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, 0.6,
                tileSize, ZoneMode.CENTRE, Compositor.max(), Resampling.NEAR, bufferM, Harmonise.AUTO)).build(null).plan();
    }

    private static CoverageSums run(AnalysisPlan plan) {
        try (TilePipeline p = new TilePipeline(plan)) {
            for (int t = 0; t < plan.tiling().count(); t++) {
                p.process(t);
            }
            return p.sums();
        }
    }

    @Test
    void ninetyMetreBufferMasksTheSameDiskWhateverTheTiles() throws Exception {
        for (int tile : new int[] {16, 20, 64}) {
            AnalysisPlan plan = plan(tile, 90.0);
            assertEquals(41 * 64, plan.grid().pixelCount());
            CoverageSums s = run(plan);
            long observedForest = 41 * 64 - 35;
            assertEquals(observedForest * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.FOREST), "forest, tiles of " + tile);
            assertEquals(35 * CoverageSums.PX_UNIT, s.px(0, 1, LandClass.UNOBSERVED), "unobserved, tiles of " + tile);
        }
    }

    @Test
    void withoutABufferOnlyTheCloudPixelInsideTheGridIsUnobserved() throws Exception {
        AnalysisPlan plan = plan(16, null);
        assertNull(plan.years().get(0).scenes().get(0).buffer(), "Landsat's default buffer is 0 m");
        assertEquals(CoverageSums.PX_UNIT, run(plan).px(0, 1, LandClass.UNOBSERVED));
    }

    @Test
    void diskHalfWidthsFollowTheMetres() {
        CloudBuffer b = CloudBuffer.of(90, 30, 30);
        assertEquals(3, b.radiusX());
        assertEquals(3, b.radiusY());
        // 10 m pixels across, 30 m down: 9 px across, 3 rows down
        CloudBuffer c = CloudBuffer.of(90, 10, 30);
        assertEquals(9, c.radiusX());
        assertEquals(3, c.radiusY());
        assertEquals(true, CloudBuffer.of(14, 30, 30).isEmpty());
    }
}
