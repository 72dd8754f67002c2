package org.forestcoverage.plan;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.QualityBand;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan built once on the driver: every header read once and checked up front, bands aligned or warped, decoders
 * and mask tables resolved, and the result serialisable (it is broadcast to executors).
 */
@Tag("unit")
class PlanBuilderTest {
    @TempDir
    Path dir;

    static final GridSpec UTM50 = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 40, 40);

    private Path raster(String name, GridSpec g, PixelType type, int bands) {
        Path p = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(p.toString(), g, type, bands, type.isFloating() ? Double.NaN : 0.0)) {
            for (int b = 1; b <= bands; b++) {
                w.write(b, g.window(), new double[(int) g.pixelCount()]);
            }
        }
        return p;
    }

    private AnalysisRequest request(List<SceneSpec> scenes) throws Exception {
        Path districts = RectangleDistrict.write(dir, 400300, 4499100, 400900, 4499700);
        return new AnalysisRequest(new Manifest(scenes), new AnalysisRequest.Districts(districts, "id", null, null, false,
                false), GridChoice.FIRST_SCENE, 0.6, 16, ZoneMode.FRACTIONAL, Compositor.max(), Resampling.NEAR);
    }

    private static SceneSpec scene(String id, Path file, QualityBand quality) {
        Calibration c = new Calibration(1e-4, 0);
        return new SceneSpec(id, 2020, "generic", new BandRef(file.toString(), 1), new BandRef(file.toString(), 2), c, c,
                null, quality);
    }

    @Test
    void alignedAndWarpedBandsAndTheGridOverTheDistricts() throws Exception {
        // setup: the first scene on UTM 50N, a second in UTM 49N
        Path utm50 = raster("utm50.tif", UTM50, PixelType.INT16, 2);
        GridSpec utm49grid = new GridSpec(Crs.toWkt("EPSG:32649"), 910000, 4510000, 30, 30, 40, 40);
        Path utm49 = raster("utm49.tif", utm49grid, PixelType.UINT16, 2);

        // process
        PlannedAnalysis p = PlanBuilder.open(request(List.of(scene("a", utm50, null), scene("b", utm49, null))))
                .build(null);

        // test: the district's 600 m x 600 m box on the first scene's lattice, columns 10..30, rows 10..30
        GridSpec g = p.plan().grid();
        assertEquals(400300, g.originX());
        assertEquals(4499700, g.originY());
        assertEquals(20, g.width());
        assertEquals(20, g.height());
        List<ScenePlan> scenes = p.plan().years().get(0).scenes();
        assertEquals(new BandAccess.Aligned(new PixelWindow(-10, -10, 40, 40)), scenes.get(0).red().access());
        assertInstanceOf(BandAccess.Warped.class, scenes.get(1).nir().access());
        assertEquals(PixelType.UINT16, scenes.get(1).rule().red().type());
        assertEquals(0.0, scenes.get(1).rule().red().nodata().nodata());
        assertEquals("EPSG:32650", p.crsLabel());
        assertEquals(900, p.plan().area().rowAreaM2(3), 0);
    }

    @Test
    void thePlanSurvivesJavaSerialisation() throws Exception {
        Path file = raster("s.tif", UTM50, PixelType.INT16, 3);
        QualityBand q = new QualityBand(new BandRef(file.toString(), 3), new MaskRule.Bits(0b11000, 0b10000000));
        AnalysisPlan plan = PlanBuilder.open(request(List.of(scene("a", file, q)))).build(null).plan();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        AnalysisPlan back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (AnalysisPlan) in.readObject();
        }
        assertEquals(plan.grid(), back.grid());
        assertEquals(plan.years().get(0).scenes().get(0).red(), back.years().get(0).scenes().get(0).red());
        assertEquals(plan.years().get(0).scenes().get(0).mask(), back.years().get(0).scenes().get(0).mask());
        assertEquals(plan.classifier(), back.classifier());
        assertEquals(plan.zoner().zones(plan.tiling().tile(0)), back.zoner().zones(back.tiling().tile(0)));
        assertEquals(MaskRule.MASKED, back.years().get(0).scenes().get(0).mask().code(0b1000));
    }

    @Test
    void floatReflectanceIsAcceptedAndAFloatQualityBandIsRefusedNamingIt() throws Exception {
        Path floats = raster("f.tif", UTM50, PixelType.FLOAT32, 3);
        PlannedAnalysis p = PlanBuilder.open(request(List.of(scene("f", floats, null)))).build(null);
        assertEquals(PixelType.FLOAT32, p.plan().years().get(0).scenes().get(0).rule().nir().type());
        assertTrue(p.plan().years().get(0).scenes().get(0).rule().scaleFree());
        assertNull(p.plan().mapsDir());

        QualityBand q = new QualityBand(new BandRef(floats.toString(), 3), new MaskRule.Bits(1, 0));
        RasterException e = assertThrows(RasterException.class,
                () -> PlanBuilder.open(request(List.of(scene("f", floats, q)))));
        assertTrue(e.getMessage().contains("f.tif") && e.getMessage().contains("quality band 3 is FLOAT32"),
                e.getMessage());
    }

    @Test
    void aMissingBandIsRefusedBeforeAnythingElseAndEveryFileIsClosed() throws Exception {
        Path one = raster("one.tif", UTM50, PixelType.INT16, 1);
        int before = GdalRaster.openCount();
        RasterException e = assertThrows(RasterException.class,
                () -> PlanBuilder.open(request(List.of(scene("a", one, null)))));
        assertTrue(e.getMessage().contains("one.tif") && e.getMessage().contains("has no band 2"), e.getMessage());
        assertEquals(before, GdalRaster.openCount());
    }
}
