package org.forestcoverage.scene;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.forestcoverage.grid.Extent;
import org.forestcoverage.grid.GridSpec;
import org.forestcoverage.raster.BandInfo;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.raster.RasterException;
import org.junit.jupiter.api.Test;

/** Issue 10: header facts that used to give silent wrong answers are refused or said, naming the file. */
class SceneChecksTest {
    private static final Calibration CAL = new Calibration(1e-4, 0);

    private static SceneSpec scene(String id, int year, String red, int redBand, String nir, int nirBand, Double nodata) {
        return new SceneSpec(id, year, "generic", new BandRef(red, redBand), new BandRef(nir, nirBand), CAL, CAL, nodata, null);
    }

    private static BandInfo band(PixelType t, Double nodata) {
        return new BandInfo(1, t, nodata, 256, 256, "");
    }

    @Test
    void nodataAnInt16BandCannotHoldIsRefusedNamingTheFileAndTheRange() {
        for (double nd : new double[] {32767.5, 99999, -32769}) {
            SceneSpec s = scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, nd);
            RasterException e = assertThrows(RasterException.class, () -> SceneChecks.nodataFits(s, s.red(), band(PixelType.INT16, null)));
            assertTrue(e.getMessage().startsWith("/d/a.tif: nodata "), e.getMessage());
            assertTrue(e.getMessage().contains("whose type Int16 holds whole numbers -32768..32767"), e.getMessage());
            assertTrue(e.getMessage().contains("stated for scene a"), e.getMessage());
        }
        SceneSpec fromFile = scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, null);
        RasterException e = assertThrows(RasterException.class,
                () -> SceneChecks.nodataFits(fromFile, fromFile.red(), band(PixelType.UINT16, -1.0)));
        assertTrue(e.getMessage().contains("the file's own") && e.getMessage().contains("0..65535"), e.getMessage());
        assertThrows(RasterException.class, () -> SceneChecks.nodataFits(scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, 256.0),
                fromFile.red(), band(PixelType.BYTE, null)));
    }

    @Test
    void nodataValuesTheBandCanHoldAndFloatBandsPass() {
        for (double nd : new double[] {-32768, 32767, -9999, 0}) {
            SceneSpec s = scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, nd);
            assertDoesNotThrow(() -> SceneChecks.nodataFits(s, s.red(), band(PixelType.INT16, null)));
        }
        for (double nd : new double[] {99999, 32767.5, -3.4028234663852886e38, Double.NaN}) {
            SceneSpec s = scene("f", 2020, "/d/f.tif", 1, "/d/f.tif", 2, nd);
            assertDoesNotThrow(() -> SceneChecks.nodataFits(s, s.red(), band(PixelType.FLOAT32, null)));
        }
        SceneSpec none = scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, null);
        assertDoesNotThrow(() -> SceneChecks.nodataFits(none, none.red(), band(PixelType.INT16, null)));
    }

    @Test
    void redAndNirOnTheSameBandAreRefusedWhateverThePathSpelling() {
        RasterException e = assertThrows(RasterException.class,
                () -> SceneChecks.distinctBands(scene("a", 2020, "/d/a.tif", 1, "/d/./x/../a.tif", 1, null)));
        assertTrue(e.getMessage().startsWith("/d/a.tif: scene a (2020) reads red and NIR from the same band 1"), e.getMessage());
        assertDoesNotThrow(() -> SceneChecks.distinctBands(scene("a", 2020, "/d/a.tif", 1, "/d/a.tif", 2, null)));
        assertDoesNotThrow(() -> SceneChecks.distinctBands(scene("a", 2020, "/d/b04.tif", 1, "/d/b08.tif", 1, null)));
    }

    @Test
    void redAndNirOfDifferentExtentsGetANoteNotAFinerLattice() {
        SceneSpec s = scene("s2", 2022, "/d/B04.tif", 1, "/d/B8A.tif", 1, null);
        GridSpec red = new GridSpec("WKT", 400000, 4500000, 10, 10, 1000, 1000);
        GridSpec nir20 = new GridSpec("WKT", 400000, 4500000, 20, 20, 500, 500);          // same extent, 20 m
        GridSpec shifted = new GridSpec("WKT", 405000, 4500000, 10, 10, 1000, 1000);
        assertTrue(SceneChecks.extentNote(s, red, nir20).isEmpty());
        String note = SceneChecks.extentNote(s, red, shifted).orElseThrow();
        assertTrue(note.startsWith("note: scene s2 (2022): red B04.tif covers") && note.contains("NIR B8A.tif"), note);
        assertEquals(1, note.lines().count());
    }

    @Test
    void aYearWhoseOnlySceneMissesEveryDistrictIsRefusedOneOfSeveralIsAWarning() {
        List<Extent> districts = List.of(new Extent(0, 0, 10, 10), new Extent(10, 0, 20, 10));
        SceneSpec lone = scene("lone", 2020, "/d/lone.tif", 1, "/d/lone.tif", 2, null);
        SceneSpec good = scene("good", 2021, "/d/good.tif", 1, "/d/good.tif", 2, null);
        SceneSpec far = scene("far", 2021, "/d/far.tif", 1, "/d/far.tif", 2, null);
        Extent away = new Extent(100, 100, 200, 200);
        Extent over = new Extent(5, 5, 15, 8);
        RasterException e = assertThrows(RasterException.class, () -> SceneChecks.districtCoverage(List.of(lone, good),
                List.of(away, over), districts, "EPSG:32650"));
        assertTrue(e.getMessage().startsWith("/d/lone.tif: scene lone covers no district"), e.getMessage());
        assertTrue(e.getMessage().contains("n/a in 2020"), e.getMessage());

        List<String> warnings = SceneChecks.districtCoverage(List.of(good, far), List.of(over, away), districts, "EPSG:32650");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("warning: scene far (2021, far.tif) covers"), warnings.get(0));

        // touching the districts' edge is not covering them; an unknown footprint is given the benefit of the doubt
        Extent touching = new Extent(20, 0, 30, 10);
        assertThrows(RasterException.class, () -> SceneChecks.districtCoverage(List.of(lone), List.of(touching), districts, "c"));
        assertEquals(List.of(), SceneChecks.districtCoverage(List.of(lone), Arrays.asList((Extent) null), districts, "c"));
    }
}
