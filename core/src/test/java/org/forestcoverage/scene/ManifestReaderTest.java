package org.forestcoverage.scene;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class ManifestReaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path p = dir.resolve("manifest.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void readsScenesPerYearWithPathsRelativeToTheManifest() throws Exception {
        Manifest m = ManifestReader.read(write("""
            {"scenes": [
              {"year": 2021, "id": "b", "red": {"file": "b.tif", "band": 1}, "nir": {"file": "b.tif", "band": 2}, "scale": 0.0001, "offset": 0},
              {"year": 2020, "id": "a", "red": {"file": "a.tif", "band": 3}, "nir": {"file": "a.tif", "band": 4}, "scale": 0.0001, "offset": 0, "nodata": -9999,
               "quality": {"file": "qa.tif", "maskedBits": 26, "waterBits": 128}}
            ]}"""));
        assertEquals(java.util.List.of(2020, 2021), m.years());
        SceneSpec a = m.byYear().get(2020).get(0);
        assertEquals(dir.resolve("a.tif").toString(), a.red().path());
        assertEquals(4, a.nir().band());
        assertEquals(-9999.0, a.nodata());
        assertEquals(MaskRule.MASKED, a.quality().rule().classify(8));
        assertEquals(MaskRule.WATER, a.quality().rule().classify(128));
    }

    @Test
    void missingFieldNamesTheFileTheEntryAndTheField() throws Exception {
        Path p = write("""
            {"scenes": [{"year": 2020, "red": {"file": "a.tif"}, "nir": {"file": "a.tif", "band": 2}, "scale": 1}]}""");
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(p));
        assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("scenes[0]") && e.getMessage().contains("\"offset\""), e.getMessage());
    }

    @Test
    void brokenJsonGivesTheLine() throws Exception {
        Path p = write("{\"scenes\": [\n{\"year\": 2020,,}]}");
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(p));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void gdalVirtualPathsAndUrlsAreKeptAsWritten() throws Exception {
        Manifest m = ManifestReader.read(write("""
            {"scenes": [{"year": 2020, "red": {"file": "/vsicurl/https://example.org/a.tif", "band": 1},
              "nir": {"file": "/vsis3/bucket/b.tif", "band": 1}, "scale": 0.0001, "offset": 0}]}"""));
        assertEquals("/vsicurl/https://example.org/a.tif", m.scenes().get(0).red().path());
        assertEquals("/vsis3/bucket/b.tif", m.scenes().get(0).nir().path());
    }
}
