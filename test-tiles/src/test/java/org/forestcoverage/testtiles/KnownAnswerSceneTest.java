package org.forestcoverage.testtiles;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.forestcoverage.grid.PixelWindow;
import org.forestcoverage.io.gdal.Crs;
import org.forestcoverage.io.gdal.DistrictReader;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.scene.Manifest;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.zones.District;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class KnownAnswerSceneTest {

    @TempDir
    Path tmp;

    @Test
    void int16SceneReadsBackWithItsGridNodataAndCanonicalPixels() {
        // setup
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        // process
        SceneReadBack s = SceneReadBack.read(ka.scene());
        // test
        assertArrayEquals(new double[] {450000.0, 30.0, 0, 4420020.0, 0, -30.0}, s.grid().geoTransform());
        assertEquals(640, s.grid().width());
        assertEquals(512, s.grid().height());
        assertEquals("EPSG:32650", Crs.label(s.grid().crsWkt()));
        assertEquals(PixelType.INT16, s.redInfo().type());
        assertEquals(-9999.0, s.nirInfo().nodata());
        assertCanonicalRow(s, 1, -9999);
        // the brief's overflow example: NIR 30000, RED 7000 at column 8 of row 0
        assertEquals(7000, s.red()[PixelCase.SUM_OVERFLOW_FOREST.ordinal()]);
        assertEquals(30000, s.nir()[PixelCase.SUM_OVERFLOW_FOREST.ordinal()]);
    }

    @Test
    void uint16SceneHoldsValuesAbove32767() {
        KnownAnswer ku = KnownAnswerScene.write(tmp, PixelType.UINT16, 7);
        SceneReadBack s = SceneReadBack.read(ku.scene());
        assertEquals(PixelType.UINT16, s.redInfo().type());
        assertEquals(65535.0, s.redInfo().nodata());
        assertCanonicalRow(s, 2, 65535);
        assertEquals(64000, s.nir()[PixelCase.SUM_OVERFLOW_TIE.ordinal()]);
        assertEquals(recount(ku, s), ku.perDistrict());
    }

    private static void assertCanonicalRow(SceneReadBack s, int k, int nodata) {
        for (PixelCase c : PixelCase.values()) {
            int i = c.ordinal();
            assertArrayEquals(c.canonical(k, nodata), new int[] {s.red()[i], s.nir()[i]}, c.name());
            assertEquals(c.expected(), s.classAt(i, nodata), c.name());
        }
    }

    @Test
    void expectedCountsEqualARecountOfTheFileReadBack() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        SceneReadBack s = SceneReadBack.read(ka.scene());
        assertEquals(recount(ka, s), ka.perDistrict());
    }

    /** Counts per district from the file read back, by testing every district pixel's centre directly. */
    private static List<ExpectedCounts> recount(KnownAnswer ka, SceneReadBack s) {
        DistrictLayout layout = KnownAnswerScene.layout();
        return layout.districts().stream().map(d -> {
            long[] n = new long[3];
            PixelWindow b = d.bounds();
            for (int r = b.row(); r < b.endRow(); r++) {
                for (int c = b.col(); c < b.endCol(); c++) {
                    if (!d.contains(c, r)) {
                        continue;
                    }
                    boolean in = c < s.grid().width() && r < s.grid().height();
                    ExpectedClass cls = in ? s.classAt(r * s.grid().width() + c, ka.nodata()) : ExpectedClass.UNOBSERVED;
                    n[cls.ordinal()]++;
                }
            }
            long forest = n[ExpectedClass.FOREST.ordinal()];
            long observed = forest + n[ExpectedClass.NON_FOREST.ordinal()];
            long unobserved = n[ExpectedClass.UNOBSERVED.ordinal()];
            return new ExpectedCounts(d.id(), forest, observed, unobserved, observed + unobserved);
        }).collect(Collectors.toList());
    }

    @Test
    void edgeCasesArePresentInTheFile() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        SceneReadBack s = SceneReadBack.read(ka.scene());
        long ties = 0;
        long sumOverflow = 0;
        long productOverflowNonForest = 0;
        long zeroZero = 0;
        long oneBandNodata = 0;
        for (int i = 0; i < s.red().length; i++) {
            int r = s.red()[i];
            int n = s.nir()[i];
            boolean redNd = r == -9999;
            boolean nirNd = n == -9999;
            if (redNd != nirNd) {
                oneBandNodata++;
            } else if (!redNd) {
                ties += r > 0 && n == 4 * r ? 1 : 0;
                sumOverflow += r + n > Short.MAX_VALUE ? 1 : 0;
                productOverflowNonForest += 4 * r > Short.MAX_VALUE && n < 4 * r ? 1 : 0;
                zeroZero += r == 0 && n == 0 ? 1 : 0;
            }
        }
        assertEquals(ka.caseCounts().get(PixelCase.TIE) + ka.caseCounts().get(PixelCase.SUM_OVERFLOW_TIE), ties);
        assertEquals(ka.caseCounts().get(PixelCase.ZERO_ZERO), zeroZero);
        assertEquals(ka.caseCounts().get(PixelCase.NODATA_RED) + ka.caseCounts().get(PixelCase.NODATA_NIR), oneBandNodata);
        assertEquals(ka.caseCounts().get(PixelCase.PRODUCT_OVERFLOW_NON_FOREST), productOverflowNonForest);
        assertTrue(sumOverflow >= ka.caseCounts().get(PixelCase.SUM_OVERFLOW_FOREST), "sum overflow " + sumOverflow);
        for (PixelCase c : PixelCase.values()) {
            assertTrue(ka.caseCounts().get(c) > 1000, c + ": " + ka.caseCounts().get(c));
        }
        assertEquals(s.red().length, ka.caseCounts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void countsAreConsistent() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        DistrictLayout layout = KnownAnswerScene.layout();
        long sumTotal = 0;
        long sumForest = 0;
        long sumObserved = 0;
        for (int d = 0; d < layout.districts().size(); d++) {
            ExpectedCounts c = ka.perDistrict().get(d);
            assertEquals(layout.districts().get(d).pixelArea(), c.totalPx(), c.districtId());
            sumTotal += c.totalPx();
            sumForest += c.forestPx();
            sumObserved += c.observedPx();
        }
        assertEquals(new ExpectedCounts(ExpectedCounts.CITY, sumForest, sumObserved, sumTotal - sumObserved, sumTotal),
                ka.city());
        assertTrue(sumTotal <= ka.districtGrid().pixelCount());
        assertTrue(ka.city().observedPx() < ka.wholeScene().observedPx(), "scene pixels outside districts exist");
        assertEquals(640L * 512, ka.wholeScene().totalPx());
        // D5 lies wholly outside the scene, D4's columns 640..719 do
        assertEquals(new ExpectedCounts("D5", 0, 0, 80 * 80, 80 * 80), ka.district("D5"));
        ExpectedCounts d4 = ka.district("D4");
        assertEquals(160 * 120, d4.totalPx());
        assertTrue(d4.unobservedPx() > 80 * 120 && d4.observedPx() > 0, d4.toString());
        assertEquals(740, ka.districtGrid().width());
        assertEquals(ka.sceneGrid().originX(), ka.districtGrid().originX());
        // coverage near the case mix: forest cases are 53.0 % of all pixels, observed ones 92.5 %
        assertEquals(53.0 / 92.5 * 100, ka.city().coveragePct(), 1.0);
    }

    @Test
    void noDistrictTileHoldsNoDistrictButTheOthersDo() {
        DistrictLayout layout = KnownAnswerScene.layout();
        int[] empty = layout.zones(KnownAnswerScene.NO_DISTRICT_TILE);
        assertTrue(java.util.Arrays.stream(empty).allMatch(z -> z == -1));
        int[] west = layout.zones(new PixelWindow(0, 256, 256, 256));
        assertTrue(java.util.Arrays.stream(west).allMatch(z -> z == 2), "D3 fills the tile west of it");
    }

    @Test
    void ogrReadsTheDistrictsWithTheirIdsAndAreas() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        List<District> ds = DistrictReader.read(ka.districts().toString(), "district_id", "name",
                ka.sceneGrid().crsWkt(), null);
        DistrictLayout layout = KnownAnswerScene.layout();
        assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6"), ds.stream().map(District::id).toList());
        for (int i = 0; i < ds.size(); i++) {
            assertEquals(layout.districts().get(i).pixelArea() * 900.0, ds.get(i).geometry().getArea(), 1e-6);
            assertEquals(layout.districts().get(i).name(), ds.get(i).name());
        }
    }

    @Test
    void manifestIsReadByTheCoreReader() {
        KnownAnswer ka = KnownAnswerScene.write(tmp);
        Manifest m = ManifestReader.read(ka.manifest());
        assertEquals(1, m.scenes().size());
        SceneSpec s = m.scenes().get(0);
        assertEquals(KnownAnswerScene.YEAR, s.year());
        assertEquals(ka.scene().toAbsolutePath().toString(), s.red().path());
        assertEquals(2, s.nir().band());
        assertEquals(0.0001, s.redCalibration().scale());
        assertEquals(0.0, s.redCalibration().offset());
        assertEquals(-9999.0, s.nodata());
    }

    @Test
    void twoRunsWriteByteIdenticalFiles() throws IOException {
        KnownAnswer a = KnownAnswerScene.write(tmp.resolve("a"));
        KnownAnswer b = KnownAnswerScene.write(tmp.resolve("b"));
        for (String f : List.of("scene.tif", "districts.geojson", "manifest.json")) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f)), f);
        }
        assertEquals(a.perDistrict(), b.perDistrict());
        KnownAnswer other = KnownAnswerScene.write(tmp.resolve("c"), PixelType.INT16, 1);
        assertTrue(Files.mismatch(tmp.resolve("a/scene.tif"), tmp.resolve("c/scene.tif")) >= 0, "seed matters");
        assertTrue(!a.perDistrict().equals(other.perDistrict()));
    }
}
