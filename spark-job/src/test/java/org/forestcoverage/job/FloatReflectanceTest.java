package org.forestcoverage.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.spark.SharedSpark;
import org.forestcoverage.testtiles.ExpectedCounts;
import org.forestcoverage.testtiles.KnownAnswer;
import org.forestcoverage.testtiles.KnownAnswerScene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 (Float32 reflectance, refused after Spark had started before): {@code analyze} on the known-answer scene
 * stored as Float32 (the Int16 values as floats, nodata -9999, every other nodata pixel NaN) gives the generator's
 * per-district counts with pixel-centre zones: NaN and the stated nodata are unobserved, the scale applies as for
 * integer bands, and the ties NIR = 4 x red stay forest.
 */
@Tag("spark")
class FloatReflectanceTest {
    @TempDir
    Path dir;

    @Test
    void float32SceneGivesTheKnownAnswer() throws Exception {
        KnownAnswer kf = KnownAnswerScene.write(dir.resolve("in"), PixelType.FLOAT32, 3);
        Path out = dir.resolve("out");
        assertEquals(0, SharedSpark.cli().execute("analyze", "--manifest", kf.manifest().toString(), "--districts",
                kf.districts().toString(), "--id-field", "district_id", "--out", out.toString(), "--zones", "centre",
                "--tile-size", "256", "--master", "local[2]"));
        CoverageCsvRows rows = new CoverageCsvRows(out.resolve("coverage.csv"));
        for (ExpectedCounts e : kf.perDistrict()) {
            int y = KnownAnswerScene.YEAR;
            assertEquals(e.forestPx(), rows.px(y, e.districtId(), "forest_px"), e.districtId() + " forest");
            assertEquals(e.observedPx(), rows.px(y, e.districtId(), "observed_px"), e.districtId() + " observed");
            assertEquals(e.unobservedPx(), rows.px(y, e.districtId(), "unobserved_px"), e.districtId() + " unobserved");
        }
        assertEquals(kf.city().forestPx(), rows.px(KnownAnswerScene.YEAR, ExpectedCounts.CITY, "forest_px"));
    }
}
