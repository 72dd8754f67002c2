package org.forestcoverage.cli;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.testtiles.ExpectedClass;
import org.forestcoverage.testtiles.KnownAnswer;
import org.forestcoverage.testtiles.KnownAnswerScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's known answer end to end: the test-tiles known-answer scene is analysed with maps, synthetic plots
 * whose reference labels are known (the generator's integer truth, with every fifth label deliberately flipped)
 * are assessed by {@code qa}, and the confusion matrix must equal the one counted here from the construction.
 */
@Tag("spark")
class QaKnownAnswerTest {
    @TempDir
    Path dir;

    @Test
    void syntheticPlotsOnTheKnownAnswerSceneGiveTheExpectedConfusionMatrix() throws Exception {
        KnownAnswer ka = KnownAnswerScene.write(dir.resolve("scene"));
        int w = KnownAnswerScene.WIDTH;
        int h = KnownAnswerScene.HEIGHT;
        short[] red = new short[w * h];
        short[] nir = new short[w * h];
        try (GdalRaster r = GdalRaster.open(ka.scene().toString())) {
            r.read(1, r.grid().window(), red);
            r.read(2, r.grid().window(), nir);
        }
        // plots at pixel centres on a sparse lattice; rows of n: [map forest, map non-forest] x [ref forest, ref non-forest]
        long[][] expected = new long[2][2];
        long unobserved = 0;
        StringBuilder csv = new StringBuilder("id,x,y,label\n");
        int id = 0;
        for (int row = 5; row < h; row += 19) {
            for (int col = 3; col < w; col += 23) {
                ExpectedClass truth = ExpectedClass.of(red[row * w + col], nir[row * w + col], ka.nodata());
                boolean flip = id % 5 == 0;
                boolean refForest = truth == ExpectedClass.FOREST ^ flip;
                if (truth == ExpectedClass.UNOBSERVED) {
                    unobserved++;
                } else {
                    expected[truth == ExpectedClass.FOREST ? 0 : 1][refForest ? 0 : 1]++;
                }
                csv.append("P").append(id++).append(',')
                        .append(KnownAnswerScene.ORIGIN_X + (col + 0.5) * KnownAnswerScene.PIXEL_M).append(',')
                        .append(KnownAnswerScene.ORIGIN_Y - (row + 0.5) * KnownAnswerScene.PIXEL_M).append(',')
                        .append(refForest ? "forest" : "non-forest").append('\n');
            }
        }
        Path plots = dir.resolve("plots.csv");
        Files.writeString(plots, csv);
        assertTrue(expected[0][1] > 0 && expected[1][0] > 0 && unobserved > 0, "the case needs errors and gaps");

        Path run = dir.resolve("run");
        assertEquals(0, SharedSpark.cli().execute("analyze", "--manifest", ka.manifest().toString(),
                "--districts", ka.districts().toString(), "--id-field", "district_id", "--out", run.toString(),
                "--maps", "--master", "local[2]"));
        Path qa = dir.resolve("qa");
        assertEquals(0, SharedSpark.cli().execute("qa", "--plots", plots.toString(), "--plots-crs", "EPSG:32650",
                "--forest-map", run.resolve("forest_" + KnownAnswerScene.YEAR + ".tif").toString(), "--out", qa.toString()));

        List<String> lines = Files.readAllLines(qa.resolve("qa.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] all = lines.stream().filter(l -> l.split(",")[1].equals("ALL")).findFirst().orElseThrow().split(",", -1);
        long[][] got = {
            {Long.parseLong(all[header.indexOf("n_map_forest_ref_forest")]), Long.parseLong(all[header.indexOf("n_map_forest_ref_nonforest")])},
            {Long.parseLong(all[header.indexOf("n_map_nonforest_ref_forest")]), Long.parseLong(all[header.indexOf("n_map_nonforest_ref_nonforest")])}};
        assertEquals(Arrays.deepToString(expected), Arrays.deepToString(got));
        assertEquals(unobserved, Long.parseLong(all[header.indexOf("excluded_unobserved")]));
    }
}
