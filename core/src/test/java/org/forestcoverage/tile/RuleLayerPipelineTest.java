package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forestcoverage.definition.DefinitionChoice;
import org.forestcoverage.definition.Definitions;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.definition.RuleLayer;
import org.forestcoverage.definition.RuleLayerFile;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.PlannedAnalysis;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.sums.CoverageTable;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a rule layer (China's designated shrubland) on a 64 x 64 grid of 30 m pixels, one district over all of it,
 * pixel-centre zones, the {@code china} definition with a 0.1 ha unit (one pixel, 0.09 ha, is removed; two are kept).
 * <ul>
 *   <li>2020: forest (NDVI 0.8) in columns 0-31, a lone forest pixel at (48, 10) (the left edge of a 16 px tile:
 *       removed on the driver with 16 px tiles), a two-pixel patch (47, 40)-(48, 40) across a tile edge (kept); water
 *       (a water raster) in rows 56-63, columns 48-63.</li>
 *   <li>2021: forest in columns 0-23; rows 0-15 under cloud (filled from 2020: forest in columns 0-31, and the lone
 *       pixel, removed again).</li>
 * </ul>
 * The layer (Byte, nodata 255): A rows 0-7, columns 24-39 (64 px over forest, 64 over non-forest, across the tile edge
 * at column 32); B rows 8-11, columns 46-49 (16 px around the lone pixel); C row 40, columns 46-49 (2 px of the kept
 * patch, 2 non-forest); D rows 56-63, columns 52-59 (64 px of water); E rows 20-21, columns 40-47 holding the nodata
 * value 255 (not in the layer). Hand-computed, in pixels of 900 m2, land = 4096 - 128 water = 3968:
 * <ul>
 *   <li>2020: counted 64 (A) + 16 (B: the removed pixel counts) + 2 (C) = 82; forest 32 x 64 + 2 = 2050; coverage
 *       (2050 + 82) / 3968, the same observed-only.</li>
 *   <li>2021: counted 64 (A, filled) + 16 (B, filled) + 4 (C, observed non-forest) = 84, of which 4 observed; forest
 *       24 x 48 + 32 x 16 = 1664; coverage (1664 + 84) / 3968; observed-only (1152 + 4) / (3968 - 1024).</li>
 * </ul>
 * The same for tiles of 16, 32 and 64 pixels, and with the layer in EPSG:4326 (the aligned layer warped by gdalwarp
 * to 2e-5 degree pixels: every grid pixel centre lies 13 m or more inside or outside the layer's edges there).
 */
@Tag("unit")
class RuleLayerPipelineTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = FillAndUnitPipelineTest.GRID;
    static final RuleLayer SHRUBLAND = Definitions.profile("china").ruleLayers().get(0);

    private Path scene(int year, int forestColumns, int cloudTo, int[][] extraForest) {
        return FillAndUnitPipelineTest.scene(dir, year, forestColumns, 0, cloudTo, extraForest);
    }

    /** A Byte raster on the grid: {@code value} in each rectangle {col0, col1, row0, row1} (inclusive), 0 elsewhere. */
    private Path raster(String name, Double nodata, int[][] rects, int[] values) {
        byte[] v = new byte[64 * 64];
        for (int k = 0; k < rects.length; k++) {
            int[] q = rects[k];
            for (int r = q[2]; r <= q[3]; r++) {
                for (int c = q[0]; c <= q[1]; c++) {
                    v[r * 64 + c] = (byte) values[k];
                }
            }
        }
        Path f = dir.resolve(name);
        try (GeoTiffWriter w = GeoTiffWriter.create(f.toString(), GRID, PixelType.BYTE, 1, nodata)) {
            w.write(1, GRID.window(), v);
        }
        return f;
    }

    private Path layer() {
        return raster("shrubland.tif", 255.0, new int[][] {{24, 39, 0, 7}, {46, 49, 8, 11}, {46, 49, 40, 40},
                {52, 59, 56, 63}, {40, 47, 20, 21}}, new int[] {1, 3, 1, 1, 255});
    }

    private SceneSpec spec(int year, Path file, Path water) {
        Calibration cal = new Calibration(0.0001, 0);
        SceneSpec s = new SceneSpec("s" + year, year, "generic", new BandRef(file.toString(), 1),
                new BandRef(file.toString(), 2), cal, cal, null, null);
        return s.with(null, new WaterSource.Layer(water.toString(), WaterSource.LayerKind.RASTER, 1, List.of()),
                s.provenance());
    }

    private AnalysisRequest request(int tileSize, List<RuleLayerFile> rules) throws Exception {
        Path water = raster("water.tif", null, new int[][] {{48, 63, 56, 63}}, new int[] {1});
        List<SceneSpec> scenes = List.of(spec(2020, scene(2020, 32, 0, new int[][] {{48, 10}, {47, 40}, {48, 40}}), water),
                spec(2021, scene(2021, 24, 16, new int[0][]), water));
        ForestDefinition d = Definitions.profile("china").withMmu(new MinimumMappingUnit(new BigDecimal("0.1"), false, 8));
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401920, 4500000);
        return new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, d,
                tileSize, ZoneMode.CENTRE, Compositor.max(), Resampling.NEAR, null, null, null, rules);
    }

    private List<CoverageRow> run(int tileSize, Path layer) throws Exception {
        PlannedAnalysis planned = PlanBuilder.open(request(tileSize, List.of(new RuleLayerFile(SHRUBLAND, layer))))
                .build(null);
        TileSums all;
        try (TilePipeline p = new TilePipeline(planned.plan())) {
            for (int t = 0; t < planned.plan().tiling().count(); t++) {
                p.process(t);
            }
            all = p.result();
        }
        List<CoverageRow> rows = new ArrayList<>(CoverageTable.rows(all.finish(planned.plan()).sums(),
                planned.plan().yearValues(), planned.districts(), List.of(SHRUBLAND.column())));
        rows.removeIf(r -> !r.districtId().equals(CoverageRow.CITY));
        return rows;
    }

    private static void assertKnownAnswer(List<CoverageRow> rows, String at) {
        assertEquals(2, rows.size(), at);
        // year, forest px, counted by rule px, of which observed px, coverage, observed-only coverage
        double[][] expected = {
            {2020, 2050, 82, 82, (2050 + 82) / 3968.0 * 100, (2050 + 82) / 3968.0 * 100},
            {2021, 1664, 84, 4, (1664 + 84) / 3968.0 * 100, (1152 + 4) / 2944.0 * 100}};
        for (int y = 0; y < 2; y++) {
            CoverageRow c = rows.get(y);
            String where = at + ", year " + c.year();
            assertEquals((int) expected[y][0], c.year(), where);
            assertEquals(expected[y][1], c.forestPx().doubleValue(), where + ": forest px");
            assertEquals(3968 * 900.0, c.landM2().doubleValue(), where + ": land");
            assertEquals(1, c.rules().size(), where);
            assertEquals("designated_shrubland_m2", c.rules().get(0).column(), where);
            assertEquals(expected[y][2] * 900, c.rules().get(0).areaM2().doubleValue(), where + ": rule layer area");
            assertEquals(expected[y][3] * 900, c.rules().get(0).observedM2().doubleValue(), where + ": observed part");
            assertEquals(expected[y][4], c.coveragePct(), 1e-9, where + ": coverage");
            assertEquals(expected[y][5], c.coverageObservedPct(), 1e-9, where + ": observed-only coverage");
        }
    }

    @Test
    void layerCountsOnNonForestLandAfterTheUnitForAnyTiling() throws Exception {
        Path layer = layer();
        for (int tileSize : new int[] {16, 32, 64}) {
            assertKnownAnswer(run(tileSize, layer), "tiles of " + tileSize);
        }
    }

    @Test
    void layerInAnotherCrsGivesTheSameAnswer() throws Exception {
        Path layer = layer();
        Path lonLat = dir.resolve("shrubland-4326.tif");
        Process p = new ProcessBuilder("gdalwarp", "-q", "-t_srs", "EPSG:4326", "-tr", "0.00002", "0.00002", "-r",
                "near", layer.toString(), lonLat.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        for (int tileSize : new int[] {16, 64}) {
            assertKnownAnswer(run(tileSize, lonLat), "EPSG:4326 layer, tiles of " + tileSize);
        }
    }

    @Test
    void badLayersAreRefusedNamingTheFile() throws Exception {
        Path missing = dir.resolve("nowhere.tif");
        RasterException e = assertThrows(RasterException.class, () -> PlanBuilder.open(request(64,
                List.of(new RuleLayerFile(SHRUBLAND, missing)))));
        assertEquals(missing + ": file not found (rule layer special_shrubland, --rule-layer)", e.getMessage());

        Path text = Files.writeString(dir.resolve("notes.tif"), "not a raster\n");
        e = assertThrows(RasterException.class, () -> PlanBuilder.open(request(64,
                List.of(new RuleLayerFile(SHRUBLAND, text)))));
        assertTrue(e.getMessage().startsWith(text + ": not a readable raster"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(rule layer special_shrubland, --rule-layer)"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());

        // the same layer 100 km east: no overlap with the district
        GridSpec far = new GridSpec(GRID.crsWkt(), 500000, 4500000, 30, 30, 64, 64);
        Path away = dir.resolve("far.tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(away.toString(), far, PixelType.BYTE, 1, null)) {
            w.write(1, far.window(), new byte[64 * 64]);
        }
        PlanBuilder b = PlanBuilder.open(request(64, List.of(new RuleLayerFile(SHRUBLAND, away))));
        e = assertThrows(RasterException.class, () -> b.build(null));
        assertTrue(e.getMessage().startsWith(away + ": rule layer special_shrubland does not overlap the districts"),
                e.getMessage());

        IllegalArgumentException u = assertThrows(IllegalArgumentException.class,
                () -> new DefinitionChoice("china", List.of(), null, null, null, null, Map.of("shrubs", away))
                        .ruleLayerFiles(Definitions.profile("china")));
        assertEquals("--rule-layer shrubs=" + away + ": the definition 'china' has no rule layer 'shrubs' (it declares"
                + " special_shrubland)", u.getMessage());
        u = assertThrows(IllegalArgumentException.class,
                () -> new DefinitionChoice("fao", List.of(), null, null, null, null, Map.of("special_shrubland", away))
                        .ruleLayerFiles(Definitions.profile("fao")));
        assertTrue(u.getMessage().endsWith("the definition 'fao' has no rule layer 'special_shrubland' (it declares"
                + " none)"), u.getMessage());
    }

    @Test
    void chinaWithoutTheLayerNotesItOnce() throws Exception {
        PlannedAnalysis planned = PlanBuilder.open(request(64, List.of())).build(null);
        List<String> notes = planned.warnings().stream().filter(w -> w.contains("special_shrubland")).toList();
        assertEquals(1, notes.size(), planned.warnings().toString());
        assertTrue(notes.get(0).startsWith("note: definition 'china' counts rule layer special_shrubland as forest, but"
                + " no --rule-layer special_shrubland=FILE was given: coverage.csv has no designated_shrubland_m2"
                + " column"), notes.get(0));
        assertTrue(planned.plan().rules().isEmpty());
    }
}
