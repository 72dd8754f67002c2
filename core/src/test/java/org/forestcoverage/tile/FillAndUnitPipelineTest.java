package org.forestcoverage.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.definition.Definitions;
import org.forestcoverage.definition.Denominator;
import org.forestcoverage.definition.ForestDefinition;
import org.forestcoverage.definition.MinimumMappingUnit;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GeoTiffWriter;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.PlannedAnalysis;
import org.forestcoverage.plan.RectangleDistrict;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.sums.CoverageTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the land denominator (gap filling) and the minimum mapping unit in the tile pipeline, on a 64 x 64 grid of
 * 30 m pixels (one district over all of it, pixel-centre zones), three years:
 * <ul>
 *   <li>2020: forest (NDVI 0.8) in columns 0-31; also a lone forest pixel at (48, 10), on the left edge of a 16 px
 *       tile, and a two-pixel patch at (47, 40)-(48, 40), across a tile edge;</li>
 *   <li>2021: forest in columns 0-23, rows 0-15 under cloud (nodata);</li>
 *   <li>2023: forest in columns 0-39, rows 48-63 under cloud.</li>
 * </ul>
 * Unit 0.1 ha: one pixel (0.09 ha) is removed, two (0.18 ha) are kept. Hand-computed, in pixels:
 * 2020: forest 32 x 64 + 2 = 2050 (the lone pixel removed), nothing filled. 2021: rows 0-15 take 2020's classes
 * (1 year away; 2023 is 2): observed forest 24 x 48 = 1152, filled forest 32 x 16 = 512 (the lone pixel, filled,
 * removed again), filled land 64 x 16 = 1024; coverage 1664 / 4096 = 40.625 %, observed-only 1152 / 3072 = 37.5 %,
 * filled 25 %. 2023: rows 48-63 take 2021's classes (2 years away; 2020 is 3): forest 40 x 48 + 24 x 16 = 2304,
 * 56.25 %, observed-only 1920 / 3072 = 62.5 %. The same for tiles of 16 and 64 pixels.
 */
@Tag("unit")
class FillAndUnitPipelineTest {
    @TempDir
    Path dir;

    static final GridSpec GRID = new GridSpec(Crs.toWkt("EPSG:32650"), 400000, 4500000, 30, 30, 64, 64);

    private Path scene(int year, int forestColumns, int cloudFrom, int cloudTo, int[][] extraForest) {
        return scene(dir, year, forestColumns, cloudFrom, cloudTo, extraForest);
    }

    /**
     * A two-band Int16 scene on {@link #GRID} in {@code dir}: NDVI 0.8 in columns {@code 0 .. forestColumns - 1} and
     * at {@code extraForest} ({col, row}), 0 elsewhere, nodata in rows {@code cloudFrom .. cloudTo - 1}.
     */
    static Path scene(Path dir, int year, int forestColumns, int cloudFrom, int cloudTo, int[][] extraForest) {
        short[] red = new short[64 * 64];
        short[] nir = new short[64 * 64];
        Arrays.fill(red, (short) 1000);
        for (int i = 0; i < nir.length; i++) {
            nir[i] = (short) (i % 64 < forestColumns ? 9000 : 1000);
        }
        for (int[] p : extraForest) {
            nir[p[1] * 64 + p[0]] = 9000;
        }
        for (int r = cloudFrom; r < cloudTo; r++) {
            Arrays.fill(red, r * 64, r * 64 + 64, (short) -9999);
            Arrays.fill(nir, r * 64, r * 64 + 64, (short) -9999);
        }
        Path scene = dir.resolve("s" + year + ".tif");
        try (GeoTiffWriter w = GeoTiffWriter.create(scene.toString(), GRID, PixelType.INT16, 2, -9999.0)) {
            w.write(1, GRID.window(), red);
            w.write(2, GRID.window(), nir);
        }
        return scene;
    }

    private static SceneSpec spec(int year, Path file) {
        Calibration cal = new Calibration(0.0001, 0);
        return new SceneSpec("s" + year, year, "generic", new BandRef(file.toString(), 1),
                new BandRef(file.toString(), 2), cal, cal, null, null);
    }

    private List<CoverageRow> run(int tileSize) throws Exception {
        List<SceneSpec> scenes = List.of(spec(2020, scene(2020, 32, 0, 0, new int[][] {{48, 10}, {47, 40}, {48, 40}})),
                spec(2021, scene(2021, 24, 0, 16, new int[0][])), spec(2023, scene(2023, 40, 48, 64, new int[0][])));
        ForestDefinition d = Definitions.profile("ndvi").withMmu(new MinimumMappingUnit(new BigDecimal("0.1"), false, 8))
                .withDenominator(Denominator.LAND);
        Path districts = RectangleDistrict.write(dir, 400000, 4498080, 401920, 4500000);
        AnalysisRequest r = new AnalysisRequest(new Manifest(scenes),
                new AnalysisRequest.Districts(districts, "id", null, null, false, false), GridChoice.FROM_SCENES, d,
                tileSize, org.forestcoverage.zones.ZoneMode.CENTRE, Compositor.max(), Resampling.NEAR);
        PlannedAnalysis planned = PlanBuilder.open(r).build(null);
        TileSums all;
        try (TilePipeline p = new TilePipeline(planned.plan())) {
            for (int t = 0; t < planned.plan().tiling().count(); t++) {
                p.process(t);
            }
            all = p.result();
        }
        return CoverageTable.rows(all.finish(planned.plan()).sums(), planned.plan().yearValues(), planned.districts());
    }

    @Test
    void unobservedPixelsTakeTheNearestYearAndSmallPatchesGoAcrossTiles() throws Exception {
        for (int tileSize : new int[] {16, 64}) {
            List<CoverageRow> rows = new ArrayList<>(run(tileSize));
            rows.removeIf(r -> !r.districtId().equals(CoverageRow.CITY));
            assertEquals(3, rows.size());
            // year, forest px, filled forest m2, filled land m2, removed m2, coverage, observed-only, filled %
            double[][] expected = {
                {2020, 2050, 0, 0, 900, 2050 / 4096.0 * 100, 2050 / 4096.0 * 100, 0},
                {2021, 1664, 512 * 900, 1024 * 900, 900, 40.625, 37.5, 25},
                {2023, 2304, 384 * 900, 1024 * 900, 0, 56.25, 62.5, 25}};
            for (int y = 0; y < 3; y++) {
                CoverageRow c = rows.get(y);
                String at = "tiles of " + tileSize + ", year " + c.year();
                assertEquals((int) expected[y][0], c.year(), at);
                assertEquals(expected[y][1], c.forestPx().doubleValue(), at + ": forest px");
                assertEquals(expected[y][2], c.filledForestM2().doubleValue(), at + ": filled forest");
                assertEquals(expected[y][3], c.filledLandM2().doubleValue(), at + ": filled land");
                assertEquals(expected[y][4], c.removedM2().doubleValue(), at + ": removed by the unit");
                assertEquals(expected[y][5], c.coveragePct(), 1e-9, at + ": coverage");
                assertEquals(expected[y][6], c.coverageObservedPct(), 1e-9, at + ": observed-only coverage");
                assertEquals(expected[y][7], c.filledPct(), 1e-9, at + ": filled share");
                assertEquals(4096, c.totalPx().intValue(), at);
                assertEquals(y == 0 ? 4096 : 3072, c.observedPx().intValue(), at + ": observed this year");
            }
        }
    }
}
