package org.forestcoverage.testtiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.forestcoverage.analysis.AnalysisPlan;
import org.forestcoverage.analysis.TileProcessor;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.kernel.Compositor;
import org.forestcoverage.kernel.ForestClassifier;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sums.CoverageSums;
import org.forestcoverage.zones.CentreZoner;
import org.forestcoverage.zones.District;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators' truth against core's tile pipeline (pixel-centre zones, NDVI >= 0.6, max composite), run on the
 * written files: a disagreement means either the generator or core is wrong, and the message names the district.
 */
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

    @Test
    void demoMatchesCoreEveryYear() {
        DemoTruth t = DemoDataset.write(tmp);
        List<List<ExpectedCounts>> got = run(t.manifest(), t.districts(), DemoDataset.layout().extentGrid(), 512);
        for (int y = 0; y < t.years().size(); y++) {
            assertEquals(t.years().get(y).districts(), got.get(y), "year " + t.years().get(y).year());
        }
    }

    /** Core's per-district counts, one list per manifest year. */
    private static List<List<ExpectedCounts>> run(Path manifestFile, Path districtFile, GridSpec grid, int tileSize) {
        Manifest m = ManifestReader.read(manifestFile);
        Map<Integer, List<SceneSpec>> byYear = m.byYear();
        List<District> districts = DistrictReader.read(districtFile.toString(), "district_id", "name", grid.crsWkt(), null);
        double[] rowArea = new double[grid.height()];
        Arrays.fill(rowArea, grid.pixelWidth() * grid.pixelHeight());
        AnalysisPlan plan = new AnalysisPlan(grid, tileSize, m.years(), byYear, new ForestClassifier(0.6),
                Compositor.max(), new CentreZoner(grid, districts), districts.size(), rowArea, "near", null);
        CoverageSums sums;
        try (TileProcessor p = new TileProcessor(plan)) {
            for (int i = 0; i < plan.tiling().count(); i++) {
                p.process(i);
            }
            sums = p.sums();
        }
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
