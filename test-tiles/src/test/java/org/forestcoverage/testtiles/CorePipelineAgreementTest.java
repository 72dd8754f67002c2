package org.forestcoverage.testtiles;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.AnalysisRequest;
import org.forestcoverage.plan.GridChoice;
import org.forestcoverage.plan.PlanBuilder;
import org.forestcoverage.plan.PlannedAnalysis;
import org.forestcoverage.raster.Resampling;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.tile.TilePipeline;
import org.forestcoverage.zones.District;
import org.forestcoverage.zones.ZoneMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators' truth against core's tile pipeline (pixel-centre zones, NDVI >= 0.6, max composite), run on the
 * written files: a disagreement means either the generator or core is wrong, and the message names the district.
 */
@Tag("unit")
class CorePipelineAgreementTest {

    @TempDir
    Path tmp;

    @Test
    void knownAnswerSceneMatchesCoreAtSeveralTileSizes() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        for (int tileSize : new int[] {256, 100, 512}) {
            List<ExpectedCounts> got = run(ka.manifest(), ka.districts(), ka.districtGrid(), tileSize).get(0);
            assertEquals(ka.perDistrict(), got, "tile size " + tileSize);
        }
    }

    @Test
    void uint16KnownAnswerSceneMatchesCore() {
        KnownAnswer ku = KnownAnswerScene.write(tmp, org.forestcoverage.raster.PixelType.UINT16, 3);
        assertEquals(ku.perDistrict(), run(ku.manifest(), ku.districts(), ku.districtGrid(), 256).get(0));
    }

    /** Issue 10/11: Float32 reflectance with NaN and a stated nodata, end to end through core's pipeline. */
    @Test
    void float32KnownAnswerSceneMatchesCore() {
        KnownAnswer kf = KnownAnswerScene.write(tmp, org.forestcoverage.raster.PixelType.FLOAT32, 5);
        assertEquals(kf.perDistrict(), run(kf.manifest(), kf.districts(), kf.districtGrid(), 256).get(0));
    }

    @Test
    void demoMatchesCoreEveryYear() {
        DemoTruth t = DemoDataset.write(tmp);
        List<List<ExpectedCounts>> got = run(t.manifest(), t.districts(), DemoDataset.layout().extentGrid(), 512);
        for (int y = 0; y < t.years().size(); y++) {
            assertEquals(t.years().get(y).districts(), got.get(y), "year " + t.years().get(y).year());
        }
    }

    /** Core's per-district counts, one list per manifest year, from the plan core builds for these files. */
    private static List<List<ExpectedCounts>> run(Path manifestFile, Path districtFile, GridSpec grid, int tileSize) {
        Manifest m = ManifestReader.read(manifestFile);
        AnalysisRequest request = new AnalysisRequest(m, new AnalysisRequest.Districts(districtFile, "district_id", "name",
                null, false, false), GridChoice.FIRST_SCENE, 0.6, tileSize, ZoneMode.CENTRE, Compositor.max(),
                Resampling.NEAR);
        PlannedAnalysis planned = PlanBuilder.open(request).build(null);
        AnalysisPlan plan = planned.plan();
        assertEquals(grid, plan.grid(), "the analysis grid: the first scene's lattice over the districts");
        CoverageSums sums;
        try (TilePipeline p = new TilePipeline(plan)) {
            for (int i = 0; i < plan.tiling().count(); i++) {
                p.process(i);
            }
            sums = p.sums();
        }
        List<District> districts = planned.districts();
        List<List<ExpectedCounts>> out = new ArrayList<>();
        for (int y = 0; y < m.years().size(); y++) {
            List<ExpectedCounts> rows = new ArrayList<>();
            for (District d : districts) {
                int z = d.index() + 1;
                long forest = px(sums, y, z, LandClass.FOREST);
                long observed = forest + px(sums, y, z, LandClass.NON_FOREST) + px(sums, y, z, LandClass.WATER);
                long unobserved = px(sums, y, z, LandClass.UNOBSERVED);
                rows.add(new ExpectedCounts(d.id(), forest, observed, unobserved, observed + unobserved));
            }
            out.add(rows);
        }
        return out;
    }

    private static long px(CoverageSums s, int year, int zone, byte landClass) {
        long v = s.px(year, zone, landClass);
        assertEquals(0, v % CoverageSums.PX_UNIT, "pixel-centre zones give whole pixels");
        return v / CoverageSums.PX_UNIT;
    }
}
