package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.Harmonise;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.PlannedAnalysis;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, sensors harmonised: one surface seen by Landsat-8 OLI (2013) and by Landsat-7 ETM+ (2001). The surface is
 * a 16 x 16 grid of OLI surface reflectances: red 0.02 + 0.002 row (NIR at most 0.95), NDVI by column from 0.30 to 0.90, 10 of the 16
 * columns at or above 0.6 and none within 0.01 of it. The OLI scene stores DN = (reflectance + 0.2) / 2.75e-5; the
 * ETM+ scene stores the reflectance ETM+ would see by inverting Roy et al. (2016)'s published OLS transform (OLI =
 * 0.9047 ETM+ + 0.0061 red, 0.8462 ETM+ + 0.0412 NIR). Harmonised, both years give the surface's 160 forest pixels;
 * not harmonised, ETM+ gives less forest (its NDVI is lower for the same surface) and the run warns.
 */
@Tag("unit")
class HarmonisationTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 16, 16);
    static final double[] NDVI = {0.30, 0.45, 0.52, 0.56, 0.58, 0.59, 0.615, 0.62, 0.63, 0.65, 0.68, 0.70, 0.75, 0.80,
            0.85, 0.90};
    static final Calibration C2 = new Calibration(2.75e-5, -0.2);

    /** A scene of the surface as {@code sensor} sees it: identity for OLI, the inverse of Roy et al.'s OLS for ETM+. */
    private SceneSpec scene(String id, int year, String preset, boolean etm) {
        short[] red = new short[256];
        short[] nir = new short[256];
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 16; c++) {
                double redOli = 0.02 + 0.002 * r;
                double nirOli = redOli * (1 + NDVI[c]) / (1 - NDVI[c]);
                double redSeen = etm ? (redOli - 0.0061) / 0.9047 : redOli;
                double nirSeen = etm ? (nirOli - 0.0412) / 0.8462 : nirOli;
                red[r * 16 + c] = (short) Math.round((redSeen + 0.2) / 2.75e-5);
                nir[r * 16 + c] = (short) Math.round((nirSeen + 0.2) / 2.75e-5);
            }
        }
        Path f = dir.resolve(id + ".tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(f.toString(), GRID, PixelType.UINT16, 2, 0.0)) {
            w.write(1, GRID.window(), red);
            w.write(2, GRID.window(), nir);
        }
        return new SceneSpec(id, year, preset, new BandRef(f.toString(), 1), new BandRef(f.toString(), 2), C2, C2, null,
                null);
    }

    private PlannedAnalysis plan(Harmonise mode) throws Exception {
        List<SceneSpec> scenes = List.of(scene("LE07_L2SP_123032_20010801", 2001, "landsat-c2-l2-tm", true),
                scene("LC08_L2SP_123032_20130801", 2013, "landsat-c2-l2", false));
        Path districts = RectangleDistrict.write(dir, 400000, 4500000 - 16 * 30, 400000 + 16 * 30, 4500000);
        return PlanBuilder.open(new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, 0.6,
                16, ZoneMode.CENTRE, Compositor.max(), Resampling.NEAR, null, mode)).build(null);
    }

    private static long forest(PlannedAnalysis p, int year) {
        try (TilePipeline t = new TilePipeline(p.plan())) {
            t.process(0);
            return t.sums().px(year, 1, LandClass.FOREST) / CoverageSums.PX_UNIT;
        }
    }

    @Test
    void etmAndOliOfOneSurfaceAgreeOnceHarmonised() throws Exception {
        PlannedAnalysis p = plan(Harmonise.AUTO);
        ScenePlan etm = p.plan().years().get(0).scenes().get(0);
        ScenePlan oli = p.plan().years().get(1).scenes().get(0);
        // the published coefficients, folded into the ETM+ scene's calibrations: DN -> OLI-equivalent reflectance
        assertEquals(0.9047, etm.harmonised().redSlope());
        assertEquals(0.0061, etm.harmonised().redOffset());
        assertEquals(0.8462, etm.harmonised().nirSlope());
        assertEquals(0.0412, etm.harmonised().nirOffset());
        assertEquals(2.75e-5 * 0.9047, etm.rule().red().calibration().scale(), 1e-18);
        assertEquals(-0.2 * 0.9047 + 0.0061, etm.rule().red().calibration().offset(), 1e-15);
        assertEquals(2.75e-5 * 0.8462, etm.rule().nir().calibration().scale(), 1e-18);
        assertEquals(-0.2 * 0.8462 + 0.0412, etm.rule().nir().calibration().offset(), 1e-15);
        assertNull(oli.harmonised(), "OLI is the reference");
        assertTrue(p.warnings().stream().noneMatch(w -> w.contains("mix sensors")), p.warnings().toString());
        assertEquals(160, forest(p, 1), "OLI: 10 columns of 16 at NDVI >= 0.6");
        assertEquals(160, forest(p, 0), "ETM+ harmonised to OLI: the same surface, the same forest");
    }

    @Test
    void withoutHarmonisationEtmSeesLessForestAndTheRunWarns() throws Exception {
        PlannedAnalysis p = plan(Harmonise.OFF);
        assertNull(p.plan().years().get(0).scenes().get(0).harmonised());
        assertTrue(p.warnings().stream().anyMatch(w -> w.contains("mix sensors") && w.contains("ETM+/TM")
                && w.contains("OLI")), p.warnings().toString());
        assertEquals(160, forest(p, 1));
        long etm = forest(p, 0);
        assertTrue(etm < 160, "ETM+ NDVI of the same surface is lower: " + etm + " forest pixels");
    }
}
