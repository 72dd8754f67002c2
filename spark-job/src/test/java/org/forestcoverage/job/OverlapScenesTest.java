package org.forestcoverage.job;

import org.junit.jupiter.api.Tag;
import org.forestcoverage.spark.SharedSpark;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.GdalRaster;
import org.forestcoverage.io.gdal.RasterLayout;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.testtiles.OverlapScenes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 3's known answers from {@link OverlapScenes}: scenes in EPSG:32649 and EPSG:32650 warped onto an explicit
 * EPSG:32650 grid give the forest of one scene covering everything (up to the pixels next to block edges, whose
 * class resampling may change); a pixel cloudy in one scene and clear in the other is observed; a tile cloudy in
 * every scene is unobserved and its districts report coverage over the observed part with observed_pct. Expected
 * values come from the generator's ground truth, never from the job. One run with the maps, one with bilinear.
 */
@Tag("spark")
class OverlapScenesTest {
    static final int SINGLE = OverlapScenes.SINGLE_YEAR;
    static final int OVERLAP = OverlapScenes.OVERLAP_YEAR;
    static final int CLOUD = OverlapScenes.CLOUD_YEAR;
    static final List<String> DISTRICTS = List.of("N", "SW", "C", "SE");

    @TempDir
    static Path dir;
    static OverlapScenes scenes;
    static int[] zone;
    static CoverageCsvRows near;
    static CoverageCsvRows bilinear;
    static Path nearOut;

    @BeforeAll
    static void run() throws Exception {
        scenes = OverlapScenes.write(dir.resolve("input"));
        zone = scenes.layout().zones(new PixelWindow(0, 0, OverlapScenes.SIZE, OverlapScenes.SIZE));
        nearOut = dir.resolve("near");
        analyze(nearOut, "--maps");
        near = new CoverageCsvRows(nearOut.resolve("coverage.csv"));
        analyze(dir.resolve("bilinear"), "--resampling", "bilinear");
        bilinear = new CoverageCsvRows(dir.resolve("bilinear/coverage.csv"));
    }

    static void analyze(Path out, String... extra) {
        Path in = dir.resolve("input");
        List<String> args = new ArrayList<>(List.of("analyze", "--manifest", in.resolve("manifest.json").toString(),
                "--districts", in.resolve("districts.geojson").toString(), "--id-field", "district_id",
                "--name-field", "name", "--out", out.toString(), "--grid-crs", "EPSG:32650", "--pixel-size", "30",
                "--tile-size", "128", "--master", "local[2]"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        CommandLine cl = SharedSpark.cli();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute(args.toArray(new String[0])), err.toString());
    }

    /** Truth counts of one district ({@code null} = city) over the pixels {@code include} accepts. */
    record Truth(long forest, long nonForest, long uncertainForest, long uncertainNonForest, long total) {
        long minForest() {
            return forest - uncertainForest;
        }

        long maxForest() {
            return forest + uncertainNonForest;
        }
    }

    interface PixelFilter {
        boolean test(int col, int row);
    }

    static Truth truth(String district, PixelFilter include) {
        int k = district == null ? -2 : DISTRICTS.indexOf(district);
        long f = 0, nf = 0, uf = 0, unf = 0, total = 0;
        for (int r = 0; r < OverlapScenes.SIZE; r++) {
            for (int c = 0; c < OverlapScenes.SIZE; c++) {
                int z = zone[r * OverlapScenes.SIZE + c];
                if (z < 0 || (k >= 0 && z != k)) {
                    continue;
                }
                total++;
                if (!include.test(c, r)) {
                    continue;
                }
                boolean forest = OverlapScenes.truth(c, r) == LandClass.FOREST;
                boolean certain = OverlapScenes.certain(c, r);
                if (forest) {
                    f++;
                    uf += certain ? 0 : 1;
                } else {
                    nf++;
                    unf += certain ? 0 : 1;
                }
            }
        }
        return new Truth(f, nf, uf, unf, total);
    }

    static boolean inside(PixelWindow w, int c, int r) {
        return c >= w.col() && c < w.endCol() && r >= w.row() && r < w.endRow();
    }

    static String id(String district) {
        return district == null ? "ALL" : district;
    }

    // ---- (a) two UTM zones = one scene -------------------------------------------------------------------------

    @Test
    void oneAlignedSceneGivesTheGroundTruthExactly() {
        for (String d : new String[] {null, "N", "SW", "C", "SE"}) {
            Truth t = truth(d, (c, r) -> true);
            assertEquals(t.forest(), near.px(SINGLE, id(d), "forest_px"), id(d));
            assertEquals(t.total(), near.px(SINGLE, id(d), "observed_px"), id(d));
            assertEquals(0, near.px(SINGLE, id(d), "unobserved_px"), id(d));
        }
        assertEquals(360_000, near.px(SINGLE, "ALL", "total_px"));
    }

    @Test
    void twoScenesInTwoUtmZonesGiveTheForestOfOneSceneUpToBlockEdgePixels() {
        for (CoverageCsvRows rows : List.of(near, bilinear)) {
            for (String d : new String[] {null, "N", "SW", "C", "SE"}) {
                Truth t = truth(d, (c, r) -> true);
                long single = rows.px(SINGLE, id(d), "forest_px");
                long overlap = rows.px(OVERLAP, id(d), "forest_px");
                String msg = String.format(Locale.ROOT, "%s: one scene %d, two zones %d, allowed [%d, %d] "
                        + "(%d forest / %d non-forest pixels next to a block edge)", id(d), single, overlap,
                        t.minForest(), t.maxForest(), t.uncertainForest(), t.uncertainNonForest());
                assertTrue(overlap >= t.minForest() && overlap <= t.maxForest(), msg);
                assertTrue(Math.abs(overlap - single) <= t.uncertainForest() + t.uncertainNonForest(), msg);
                // a ground pixel seen by both scenes counts once
                assertEquals(t.total(), rows.px(OVERLAP, id(d), "observed_px"), msg);
                assertEquals(0, rows.px(OVERLAP, id(d), "unobserved_px"), msg);
            }
        }
        System.out.printf(Locale.ROOT, "OverlapScenes city forest px: one scene %d; two zones near %d, bilinear %d;"
                + " %d pixels next to a block edge%n", near.px(SINGLE, "ALL", "forest_px"),
                near.px(OVERLAP, "ALL", "forest_px"), bilinear.px(OVERLAP, "ALL", "forest_px"),
                truth(null, (c, r) -> true).uncertainForest() + truth(null, (c, r) -> true).uncertainNonForest());
    }

    @Test
    void warpedMapEqualsTheSingleSceneMapAwayFromBlockEdgesAndCountsOverlapTwice() {
        byte[] single = bytes(nearOut.resolve("forest_" + SINGLE + ".tif"));
        byte[] overlap = bytes(nearOut.resolve("forest_" + OVERLAP + ".tif"));
        short[] count = shorts(nearOut.resolve("count_" + OVERLAP + ".tif"));
        int n = OverlapScenes.SIZE;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = r * n + c;
                String at = "pixel (" + c + ", " + r + ")";
                assertEquals(OverlapScenes.truth(c, r), single[i], at);
                if (OverlapScenes.certain(c, r)) {
                    assertEquals(single[i], overlap[i], at);
                }
                if (c < OverlapScenes.EAST_COL) {
                    assertEquals(1, count[i], at + ": west scene only");
                } else if (c < OverlapScenes.WEST_MIN_END) {
                    assertEquals(2, count[i], at + ": both scenes");
                } else {
                    assertTrue(count[i] == 1 || count[i] == 2, at);
                }
            }
        }
    }

    // ---- (b) cloudy in one scene, clear in the other -----------------------------------------------------------

    @Test
    void pixelCloudyInOneSceneAndClearInTheOtherIsObserved() {
        byte[] cls = bytes(nearOut.resolve("forest_" + CLOUD + ".tif"));
        short[] count = shorts(nearOut.resolve("count_" + CLOUD + ".tif"));
        int checked = 0;
        for (PixelWindow cloud : List.of(OverlapScenes.WEST_CLOUD, OverlapScenes.EAST_CLOUD)) {
            // 2 pixels in from the cloud's edge: the west scene's cloud is warped (nearest), the east one exact
            for (int r = cloud.row() + 2; r < cloud.endRow() - 2; r++) {
                for (int c = cloud.col() + 2; c < cloud.endCol() - 2; c++) {
                    int i = r * OverlapScenes.SIZE + c;
                    assertEquals(1, count[i], "pixel (" + c + ", " + r + ") under " + cloud);
                    assertNotEquals(LandClass.UNOBSERVED, cls[i]);
                    if (OverlapScenes.certain(c, r)) {
                        assertEquals(OverlapScenes.truth(c, r), cls[i], "pixel (" + c + ", " + r + ")");
                    }
                    checked++;
                }
            }
        }
        assertEquals(2 * 56 * 96, checked);
        // only the tile cloudy in both scenes is unobserved: exactly 128 x 88 pixels, none of the one-scene clouds
        for (CoverageCsvRows rows : List.of(near, bilinear)) {
            assertEquals(OverlapScenes.CLOUDY_TILE.pixelCount(), rows.px(CLOUD, "ALL", "unobserved_px"));
            assertEquals(0, rows.px(CLOUD, "N", "unobserved_px"));
            assertEquals(0, rows.px(CLOUD, "SE", "unobserved_px"));
        }
    }

    // ---- (c) a tile cloudy in every scene ----------------------------------------------------------------------

    @Test
    void tileCloudyInEverySceneIsUnobservedAndItsDistrictsReportTheObservedFraction() {
        byte[] cls = bytes(nearOut.resolve("forest_" + CLOUD + ".tif"));
        short[] count = shorts(nearOut.resolve("count_" + CLOUD + ".tif"));
        float[] ndvi = floats(nearOut.resolve("ndvi_" + CLOUD + ".tif"));
        PixelWindow t = OverlapScenes.CLOUDY_TILE;
        for (int r = 0; r < OverlapScenes.SIZE; r++) {
            for (int c = 0; c < OverlapScenes.SIZE; c++) {
                int i = r * OverlapScenes.SIZE + c;
                boolean in = inside(t, c, r);
                assertEquals(in, cls[i] == LandClass.UNOBSERVED, "pixel (" + c + ", " + r + ")");
                assertEquals(in, count[i] == 0, "pixel (" + c + ", " + r + ")");
                assertEquals(in, Float.isNaN(ndvi[i]), "pixel (" + c + ", " + r + ")");
            }
        }
        // district C lies inside the tile: nothing observed, coverage NaN (not 0 %), observed_pct 0
        assertEquals(64 * 88, near.px(CLOUD, "C", "unobserved_px"));
        assertEquals(0, near.px(CLOUD, "C", "observed_px"));
        assertEquals("NaN", near.get(CLOUD, "C", "coverage_pct"));
        assertEquals(0.0, near.number(CLOUD, "C", "observed_pct"));
        // district SW holds half the tile: coverage over its observed part, observed_pct says how much was seen
        Truth sw = truth("SW", (c, r) -> !inside(t, c, r));
        long unobserved = 64 * 88;
        assertEquals(unobserved, near.px(CLOUD, "SW", "unobserved_px"));
        assertEquals(sw.total() - unobserved, near.px(CLOUD, "SW", "observed_px"));
        assertEquals(String.format(Locale.ROOT, "%.4f", 100.0 * (sw.total() - unobserved) / sw.total()),
                near.get(CLOUD, "SW", "observed_pct"));
        long forest = near.px(CLOUD, "SW", "forest_px");
        assertTrue(forest >= sw.minForest() && forest <= sw.maxForest(), forest + " " + sw);
        double observedLand = sw.total() - unobserved;
        double coverage = near.number(CLOUD, "SW", "coverage_pct");
        assertEquals(100.0 * forest / observedLand, coverage, 1e-4);
        assertTrue(coverage >= 100.0 * sw.minForest() / observedLand - 1e-9
                && coverage <= 100.0 * sw.maxForest() / observedLand + 1e-9, coverage + " " + sw);
        // the unobserved half tile is not counted as non-forest
        assertTrue(Math.abs(coverage - 100.0 * forest / sw.total()) > 1, coverage + " vs " + 100.0 * forest / sw.total());
        System.out.printf(Locale.ROOT, "OverlapScenes 2022 SW: coverage %.4f %% over observed land, observed %s %%; "
                + "C: coverage %s, observed %s %%%n", coverage, near.get(CLOUD, "SW", "observed_pct"),
                near.get(CLOUD, "C", "coverage_pct"), near.get(CLOUD, "C", "observed_pct"));
    }

    // ---- maps --------------------------------------------------------------------------------------------------

    @Test
    void mapsAreCloudOptimizedOnTheGridAndTheirClassCountsEqualCoverageCsv() throws Exception {
        GridSpec grid = OverlapScenes.grid();
        for (int year : List.of(SINGLE, OVERLAP, CLOUD)) {
            for (String kind : List.of("forest", "ndvi", "count")) {
                Path f = nearOut.resolve(kind + "_" + year + ".tif");
                try (GdalRaster r = GdalRaster.open(f.toString())) {
                    assertEquals(grid.width(), r.grid().width(), f.toString());
                    assertEquals(grid.height(), r.grid().height(), f.toString());
                    assertArrayEquals(grid.geoTransform(), r.grid().geoTransform(), 1e-9, f.toString());
                    assertTrue(Crs.same(grid.crsWkt(), r.grid().crsWkt()), f.toString());
                    RasterLayout l = RasterLayout.of(r);
                    assertTrue(l.isCog(), f + ": " + l);
                    assertEquals("DEFLATE", l.compression(), f + ": " + l);
                    assertTrue(l.overviewCount() > 0, f + ": " + l);      // 600 px > one 512 px block
                    assertEquals(512, l.blockWidth(), f + ": " + l);
                    assertEquals(kind.equals("ndvi") ? org.forestcoverage.raster.PixelType.FLOAT32
                            : kind.equals("forest") ? org.forestcoverage.raster.PixelType.BYTE
                            : org.forestcoverage.raster.PixelType.UINT16, r.band(1).type(), f.toString());
                }
            }
            long[] classes = new long[LandClass.COUNT];
            for (byte b : bytes(nearOut.resolve("forest_" + year + ".tif"))) {
                classes[b]++;
            }
            long forest = near.px(year, "ALL", "forest_px");
            long water = near.px(year, "ALL", "water_px");
            assertEquals(forest, classes[LandClass.FOREST], "forest " + year);
            assertEquals(near.px(year, "ALL", "observed_px") - forest - water, classes[LandClass.NON_FOREST],
                    "non-forest " + year);
            assertEquals(water, classes[LandClass.WATER], "water " + year);
            assertEquals(near.px(year, "ALL", "unobserved_px"), classes[LandClass.UNOBSERVED], "unobserved " + year);
        }
        // NDVI of the aligned single scene: forest 3200/4000 = 0.8, non-forest 600/4200 = 1/7 (float32)
        float[] ndvi = floats(nearOut.resolve("ndvi_" + SINGLE + ".tif"));
        assertEquals(0.8f, ndvi[50 * OverlapScenes.SIZE + 50], 1e-6f);        // block (0, 0): forest
        assertEquals(LandClass.FOREST, OverlapScenes.truth(50, 50));
        assertEquals((float) (1.0 / 7), ndvi[50 * OverlapScenes.SIZE + 150], 1e-6f);   // block (1, 0): 3 mod 7 = 3
        assertEquals(LandClass.NON_FOREST, OverlapScenes.truth(150, 50));
        try (var s = Files.list(nearOut)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("tiles")), "tile folder left behind");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    static byte[] bytes(Path f) {
        short[] s = shorts(f);
        byte[] b = new byte[s.length];
        for (int i = 0; i < s.length; i++) {
            b[i] = (byte) s[i];
        }
        return b;
    }

    static short[] shorts(Path f) {
        try (GdalRaster r = GdalRaster.open(f.toString())) {
            short[] v = new short[Math.toIntExact(r.grid().pixelCount())];
            r.read(1, r.grid().window(), v);
            return v;
        }
    }

    static float[] floats(Path f) {
        try (GdalRaster r = GdalRaster.open(f.toString())) {
            double[] stored = new double[Math.toIntExact(r.grid().pixelCount())];
            r.read(1, r.grid().window(), stored);
            float[] v = new float[stored.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) stored[i];
            }
            return v;
        }
    }
}
