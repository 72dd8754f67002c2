package org.forestcoverage.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: manifest mistakes that used to pass silently (an unknown key ignored, an impossible year) are refused
 * on one line naming the manifest, the entry and the fix.
 */
class ManifestChecksTest {
    @TempDir
    Path dir;

    private static final String BANDS = "\"red\": {\"file\": \"a.tif\", \"band\": 1}, \"nir\": {\"file\": \"a.tif\", \"band\": 2}";

    private String refused(String json) throws Exception {
        Path p = Files.writeString(dir.resolve("scenes.json"), json);
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(p));
        assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void unknownSceneKeyIsRefusedWithTheClosestKnownKey() throws Exception {
        String m = refused("{\"scenes\": [{\"year\": 2020, " + BANDS + ", \"scale\": 1e-4, \"offset\": 0, \"noData\": 32767}]}");
        assertTrue(m.contains("scenes[0]: unknown key \"noData\"; did you mean \"nodata\"?"), m);
    }

    @Test
    void unknownKeysAreRefusedAtEveryLevel() throws Exception {
        assertTrue(refused("{\"scene\": []}").contains("unknown key \"scene\"; did you mean \"scenes\"?"));
        String band = refused("{\"scenes\": [{\"year\": 2020, \"red\": {\"fiel\": \"a.tif\", \"file\": \"a.tif\"},"
                + " \"nir\": {\"file\": \"a.tif\", \"band\": 2}, \"scale\": 1, \"offset\": 0}]}");
        assertTrue(band.contains("unknown key \"fiel\" in \"red\"; did you mean \"file\"?"), band);
        String quality = refused("{\"scenes\": [{\"year\": 2020, " + BANDS + ", \"scale\": 1, \"offset\": 0,"
                + " \"quality\": {\"file\": \"q.tif\", \"maskBits\": 8}}]}");
        assertTrue(quality.contains("unknown key \"maskBits\" in \"quality\"; did you mean \"maskedBits\"?"), quality);
        String nothingClose = refused("{\"scenes\": [{\"year\": 2020, " + BANDS + ", \"scale\": 1, \"offset\": 0,"
                + " \"cloudCover\": 12}]}");
        assertTrue(nothingClose.contains("unknown key \"cloudCover\" (known keys: year, id, sensor"), nothingClose);
    }

    @Test
    void genericMaskKeysOnAPresetsQualityBandSayWhereTheyApply() throws Exception {
        String m = refused("{\"scenes\": [{\"year\": 2021, \"id\": \"LC08_L2SP_123032_20210815\", \"sensor\": \"landsat-c2-l2\","
                + " \"red\": {\"file\": \"LC08_SR_B4.TIF\"}, \"nir\": {\"file\": \"LC08_SR_B5.TIF\"},"
                + " \"quality\": {\"file\": \"QA_PIXEL.TIF\", \"maskedBits\": 8}}]}");
        assertTrue(m.contains("unknown key \"maskedBits\" in \"quality\"") && m.contains("apply to sensor generic"), m);
    }

    @Test
    void anEmptySceneListNamesTheManifest() throws Exception {
        assertTrue(refused("{\"scenes\": []}").contains("\"scenes\" is empty"));
    }

    @Test
    void yearsOutsideTheSensorsEraAreRefusedWithTheRange() throws Exception {
        int next = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
        for (int year : new int[] {1850, 3000}) {
            String m = refused("{\"scenes\": [{\"year\": " + year + ", " + BANDS + ", \"scale\": 1, \"offset\": 0}]}");
            assertTrue(m.contains("year " + year + " is outside") && m.contains("(1972.." + next + ")"), m);
        }
        String l9 = refused("{\"scenes\": [{\"year\": 2020, \"id\": \"LC09_L2SP_123032_20200815_20200826_02_T1\","
                + " \"sensor\": \"landsat-c2-l2\", \"red\": {\"file\": \"LC09_SR_B4.TIF\"}, \"nir\": {\"file\": \"LC09_SR_B5.TIF\"}}]}");
        assertTrue(l9.contains("Landsat 9 OLI") && l9.contains("(2021.." + next + ")"), l9);
        String s2 = refused("{\"scenes\": [{\"year\": 2012, \"id\": \"S2A_MSIL2A_20120801\", \"sensor\": \"sentinel-2-l2a\","
                + " \"red\": {\"file\": \"B04.jp2\"}, \"nir\": {\"file\": \"B08.jp2\"}, \"baseline\": \"04.00\"}]}");
        assertTrue(s2.contains("Sentinel-2A") && s2.contains("(2015.." + next + ")"), s2);
        String tm = refused("{\"scenes\": [{\"year\": 2020, \"id\": \"LT05_L2SP_123032_20200815_20200826_02_T1\","
                + " \"sensor\": \"landsat-c2-l2-tm\", \"red\": {\"file\": \"LT05_SR_B3.TIF\"}, \"nir\": {\"file\": \"LT05_SR_B4.TIF\"}}]}");
        assertTrue(tm.contains("Landsat 5 TM") && tm.contains("(1984..2013)"), tm);
    }

    @Test
    void theDemoManifestsDescriptionAndPlausibleYearsPass() throws Exception {
        Path p = Files.writeString(dir.resolve("scenes.json"), "{\"description\": \"test\", \"scenes\": [{\"year\": 1972, "
                + BANDS + ", \"scale\": 1, \"offset\": 0}]}");
        assertEquals(1972, ManifestReader.read(p).scenes().get(0).year());
    }

    @Test
    void closestKeyNeedsToBeNearEnough() {
        assertEquals("nodata", ManifestKeys.closest("no_data", ManifestKeys.SCENE).orElseThrow());
        assertEquals("year", ManifestKeys.closest("yaer", ManifestKeys.SCENE).orElseThrow());
        assertEquals("sunElevationCorrection", ManifestKeys.closest("sunElevationCorection", ManifestKeys.SCENE).orElseThrow());
        assertTrue(ManifestKeys.closest("cloudCover", ManifestKeys.SCENE).isEmpty());
        assertEquals(1, ManifestKeys.distance("ab", "ba"));
        assertEquals(3, ManifestKeys.distance("kitten", "sitting"));
    }
}
