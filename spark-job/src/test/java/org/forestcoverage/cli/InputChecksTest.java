package org.forestcoverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.forestcoverage.output.FolderSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, "silent wrong answers": input that used to run to exit 0 with a wrong or empty result is refused before
 * Spark's tile work, on one line naming the file and the problem, with nothing written; what is only odd is said on
 * stderr and the run goes on.
 */
class InputChecksTest {
    @TempDir
    Path dir;
    Path districts;

    @BeforeEach
    void inputs() throws Exception {
        CliRun.scene(dir.resolve("a.tif"), 400000, -9999.0);
        CliRun.scene(dir.resolve("far.tif"), 700000, -9999.0);                 // 300 km east of every district
        CliRun.scene(dir.resolve("shifted.tif"), 400480, -9999.0);             // 16 pixels east of a.tif
        districts = Files.writeString(dir.resolve("districts.geojson"), CliRun.districts());
    }

    private CliRun analyzeManifest(String scenes) throws Exception {
        Path m = Files.writeString(dir.resolve("scenes.json"), "{\"scenes\": [" + scenes + "]}");
        return CliRun.of("analyze", "--manifest", m.toString(), "--districts", districts.toString(), "--id-field", "id",
                "--out", dir.resolve("out").toString(), "--master", "local[1]");
    }

    private static String scene(int year, String id, String red, int redBand, String nir, int nirBand, String extra) {
        return "{\"year\": " + year + ", \"id\": \"" + id + "\", \"red\": {\"file\": \"" + red + "\", \"band\": " + redBand
                + "}, \"nir\": {\"file\": \"" + nir + "\", \"band\": " + nirBand + "}, \"scale\": 0.0001, \"offset\": 0" + extra + "}";
    }

    private void assertNothingWritten(Map<String, String> before) {
        assertEquals(before, FolderSnapshot.of(dir), "a refused run wrote or changed something");
    }

    @Test
    void anUnknownManifestKeyIsRefusedWithTheClosestKnownKey() throws Exception {
        Map<String, String> before = FolderSnapshot.of(dir);
        analyzeManifest(scene(2020, "a", "a.tif", 1, "a.tif", 2, ", \"noData\": 32767"))
                .refused("scenes.json", "unknown key \"noData\"; did you mean \"nodata\"?");
        before.put("scenes.json", FolderSnapshot.of(dir).get("scenes.json"));
        assertNothingWritten(before);
    }

    @Test
    void aNodataValueTheInt16BandCannotHoldIsRefused() throws Exception {
        for (String nd : List.of("32767.5", "99999")) {
            analyzeManifest(scene(2020, "a", "a.tif", 1, "a.tif", 2, ", \"nodata\": " + nd))
                    .refused("a.tif", "nodata " + nd + " (stated for scene a) cannot occur in band 1, whose type Int16");
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void redAndNirOnTheSameBandAreRefused() throws Exception {
        analyzeManifest(scene(2020, "a", "a.tif", 2, "./a.tif", 2, ""))
                .refused("a.tif", "reads red and NIR from the same band 2: NDVI would be 0 everywhere");
        CliRun.of("analyze", "--scene", dir.resolve("a.tif").toString(), "--year", "2020", "--red-band", "1",
                "--nir-band", "1", "--scale", "1", "--offset", "0", "--districts", districts.toString(), "--id-field", "id",
                "--out", dir.resolve("out").toString()).refused("a.tif", "the same band 1");
    }

    @Test
    void theOnlySceneOfAYearMissingEveryDistrictIsRefused() throws Exception {
        analyzeManifest(scene(2020, "a", "a.tif", 1, "a.tif", 2, "") + ", " + scene(2021, "far", "far.tif", 1, "far.tif", 2, ""))
                .refused("far.tif", "scene far covers no district");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void oneSceneOfSeveralMissingEveryDistrictIsAWarningNamingIt() throws Exception {
        CliRun r = analyzeManifest(scene(2020, "a", "a.tif", 1, "a.tif", 2, "") + ", "
                + scene(2020, "far", "far.tif", 1, "far.tif", 2, ""));
        assertEquals(0, r.rc(), r.error());
        String w = r.warnings().lines().filter(l -> l.contains("far")).findFirst().orElse("");
        assertTrue(w.startsWith("warning: scene far (2020, far.tif) covers") && w.contains("it adds nothing to 2020"), r.warnings());
        assertFalse(r.stdout().contains("warning"), r.stdout());
    }

    @Test
    void redAndNirOfDifferentExtentsGetANote() throws Exception {
        CliRun r = analyzeManifest(scene(2020, "pair", "a.tif", 1, "shifted.tif", 2, ""));
        assertEquals(0, r.rc(), r.error());
        List<String> notes = r.warnings().lines().filter(l -> l.startsWith("note: scene pair")).toList();
        assertEquals(1, notes.size(), r.warnings());
        assertTrue(notes.get(0).contains("red a.tif covers") && notes.get(0).contains("NIR shifted.tif covers"), notes.get(0));
    }

    @Test
    void yearsOutsideThePlausibleRangeAreRefusedWithTheRange() throws Exception {
        for (String year : List.of("1850", "3000")) {
            analyzeManifest(scene(Integer.parseInt(year), "a", "a.tif", 1, "a.tif", 2, ""))
                    .refused("scenes.json", "year " + year + " is outside the years");
            CliRun.of("analyze", "--scene", dir.resolve("a.tif").toString(), "--year", year, "--red-band", "1",
                    "--nir-band", "2", "--scale", "1", "--offset", "0", "--districts", districts.toString(), "--id-field",
                    "id", "--out", dir.resolve("out").toString()).refused("a.tif", "(1972..");
        }
    }

    @Test
    void aSceneWithoutScaleAndOffsetIsRefusedAsInAManifest() {
        List<String> base = List.of("analyze", "--scene", dir.resolve("a.tif").toString(), "--year", "2020", "--red-band",
                "1", "--nir-band", "2", "--districts", districts.toString(), "--id-field", "id", "--out",
                dir.resolve("out").toString());
        CliRun.of(base.toArray(new String[0])).refused("a.tif", "state its radiometry with --scale and --offset");
        List<String> scaleOnly = new ArrayList<>(base);
        scaleOnly.addAll(List.of("--scale", "0.0001"));
        CliRun.of(scaleOnly.toArray(new String[0])).refused("a.tif", "give --scale and --offset together");
        List<String> preset = new ArrayList<>(base);
        preset.addAll(List.of("--sensor", "landsat-c2-l2"));
        // a preset states the scaling itself, and refuses a file it cannot recognise, naming why
        CliRun.of(preset.toArray(new String[0])).refused("a.tif", "landsat-c2-l2");
    }

    @Test
    void anEmptySceneListNamesTheManifest() throws Exception {
        analyzeManifest("").refused("scenes.json", "\"scenes\" is empty");
    }
}
