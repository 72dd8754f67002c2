package org.forestcoverage.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: per-band scaling, water options, STAC entries and .SAFE folders in a manifest. */
class ManifestProductsTest {
    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("manifest.json"), json);
    }

    private ManifestException refused(String json, String... parts) throws Exception {
        Path m = write(json);
        ManifestException e = assertThrows(ManifestException.class, () -> ManifestReader.read(m));
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
        }
        return e;
    }

    @Test
    void testPerBandScaleAndOffsetWinOverTheSceneWide() throws Exception {
        SceneSpec s = ManifestReader.read(write("""
            {"scenes": [{"year": 2021, "id": "g",
              "red": {"file": "r.tif", "scale": 0.0001, "offset": -0.1},
              "nir": {"file": "n.tif", "band": 2},
              "scale": 0.0002, "offset": 0}]}""")).scenes().get(0);
        assertEquals(new Calibration(0.0001, -0.1), s.redCalibration());
        assertEquals(new Calibration(0.0002, 0), s.nirCalibration());
        assertTrue(s.provenance().scaling().contains("stated in the manifest on \"red\": red DN x 1.0E-4 + -0.1"),
                s.provenance().scaling());
        // a generic scene scaled only on its bands needs no scene-wide scale
        SceneSpec only = ManifestReader.read(write("""
            {"scenes": [{"year": 2021, "id": "g",
              "red": {"file": "r.tif", "scale": 0.0001, "offset": 0}, "nir": {"file": "n.tif", "scale": 0.0002, "offset": 0}}]}
            """)).scenes().get(0);
        assertEquals(0.0002, only.nirCalibration().scale());
    }

    @Test
    void testBandScalingMistakesAreRefusedNamingTheBand() throws Exception {
        refused("""
            {"scenes": [{"year": 2021, "red": {"file": "r.tif", "scale": 0.0001}, "nir": {"file": "n.tif"},
              "scale": 1, "offset": 0}]}""", "scenes[0]", "\"offset\" in \"red\"");
        refused("""
            {"scenes": [{"year": 2021, "red": {"file": "r.tif", "scale": -1, "offset": 0}, "nir": {"file": "n.tif"},
              "scale": 1, "offset": 0}]}""", "'red'", "> 0");
        refused("""
            {"scenes": [{"year": 2021, "red": {"file": "r.tif", "scale": 1, "offset": 0}, "nir": {"file": "n.tif"}}]}""",
                "n.tif", "\"nir\": {\"file\": ..., \"scale\"");
        refused("""
            {"scenes": [{"year": 2022, "sensor": "sentinel-2-l2a", "baseline": "04.00",
              "red": {"file": "B04.jp2"}, "nir": {"file": "B08.jp2"}, "quality": {"file": "SCL.jp2", "scale": 1}}]}""",
                "unknown key \"scale\" in \"quality\"");
    }

    @Test
    void testWaterIndexWithItsBandsAndALayerForEverySceneWithoutOne() throws Exception {
        Manifest m = ManifestReader.read(write("""
            {"water": {"layer": "lakes.gpkg"},
             "scenes": [
              {"year": 2021, "id": "a", "red": {"file": "s.tif", "band": 3}, "nir": {"file": "s.tif", "band": 4},
               "green": {"file": "s.tif", "band": 2}, "swir": {"file": "s.tif", "band": 5, "scale": 0.0002, "offset": 0},
               "scale": 0.0001, "offset": 0, "water": {"index": "MNDWI", "threshold": 0.2}},
              {"year": 2021, "id": "b", "red": {"file": "t.tif", "band": 1}, "nir": {"file": "t.tif", "band": 2},
               "scale": 0.0001, "offset": 0}]}"""));
        WaterSource.Index w = (WaterSource.Index) m.scenes().get(0).water();
        assertEquals(WaterSource.IndexKind.MNDWI, w.kind());
        assertEquals(new BandRef(dir.resolve("s.tif").toString(), 2), w.green());
        assertEquals(5, w.other().band());
        assertEquals(new Calibration(0.0001, 0), w.greenCalibration());
        assertEquals(new Calibration(0.0002, 0), w.otherCalibration());
        assertEquals(0.2, w.threshold());
        assertEquals("MNDWI > 0.2 (green s.tif#2, swir s.tif#5)", m.scenes().get(0).provenance().water());
        WaterSource.Layer l = (WaterSource.Layer) m.scenes().get(1).water();
        assertEquals(dir.resolve("lakes.gpkg").toString(), l.path());
        assertEquals(WaterSource.LayerKind.VECTOR, l.kind());
        assertTrue(m.scenes().get(1).provenance().water().startsWith("water layer"),
                m.scenes().get(1).provenance().water());
    }

    @Test
    void testNdwiUsesTheNirBandAndARasterLayerItsValues() throws Exception {
        Manifest m = ManifestReader.read(write("""
            {"scenes": [
              {"year": 2021, "id": "a", "red": {"file": "s.tif", "band": 3}, "nir": {"file": "s.tif", "band": 4},
               "green": {"file": "s.tif", "band": 2}, "scale": 0.0001, "offset": 0, "water": {"index": "ndwi"}},
              {"year": 2021, "id": "b", "red": {"file": "t.tif", "band": 1}, "nir": {"file": "t.tif", "band": 2},
               "scale": 0.0001, "offset": 0, "water": {"layer": "jrc_occurrence.tif", "band": 1, "values": [1, 2]}}]}"""));
        WaterSource.Index w = (WaterSource.Index) m.scenes().get(0).water();
        assertEquals(m.scenes().get(0).nir(), w.other());
        WaterSource.Layer l = (WaterSource.Layer) m.scenes().get(1).water();
        assertEquals(WaterSource.LayerKind.RASTER, l.kind());
        assertEquals(List.of(1, 2), l.values());
    }

    @Test
    void testWaterMistakesAreRefused() throws Exception {
        String scene = "\"year\": 2021, \"red\": {\"file\": \"s.tif\"}, \"nir\": {\"file\": \"n.tif\"}, \"scale\": 1, "
                + "\"offset\": 0, ";
        refused("{\"scenes\": [{" + scene + "\"water\": {\"index\": \"mndwi\"}}]}", "green", "\"green\": {\"file\"");
        refused("{\"scenes\": [{" + scene + "\"water\": {\"index\": \"nbr\"}}]}", "unknown index 'nbr'", "mndwi");
        refused("{\"scenes\": [{" + scene + "\"water\": {\"index\": \"ndwi\", \"layer\": \"w.shp\"}}]}", "both");
        refused("{\"scenes\": [{" + scene + "\"water\": {\"layer\": \"w.dat\"}}]}", "\"kind\": \"vector\"");
        refused("{\"scenes\": [{" + scene + "\"water\": {\"layer\": \"w.shp\", \"treshold\": 1}}]}",
                "did you mean \"threshold\"");
        refused("{\"scenes\": [{" + scene + "\"water\": {\"layer\": \"w.shp\", \"values\": [1]}}]}", "raster layer");
        refused("{\"water\": {\"index\": 1, \"layer\": 2}, \"scenes\": [{" + scene + "\"id\": \"x\"}]}",
                "manifest.json: field 'water'");
    }

    @Test
    void testStacEntriesTakeOnlyWhatTheItemDoesNotStateAndReadLocalItems() throws Exception {
        refused("{\"scenes\": [{\"stac\": \"item.json\", \"red\": {\"file\": \"x.tif\"}}]}", "key \"red\" cannot be "
                + "combined with \"stac\"");
        refused("{\"scenes\": [{\"stac\": \"https://example.invalid/item.json\"}]}", "cannot read STAC item",
                "remote STAC items are read through GDAL");
        refused("{\"scenes\": [{\"stac\": \"missing.json\"}]}", "cannot read STAC item", "missing.json");
    }

    @Test
    void testSentinel2SafeFolderAsMetadata() throws Exception {
        Path safe = Files.createDirectories(dir.resolve("S2B_MSIL2A_20220801T030529_N0400_R075_T50TMK_20220801T061234"
                + ".SAFE"));
        Files.writeString(safe.resolve("MTD_MSIL2A.xml"), """
                <n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
                <n1:General_Info><Product_Info><PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
                <PROCESSING_BASELINE>04.00</PROCESSING_BASELINE><Product_Organisation><Granule_List><Granule>
                <IMAGE_FILE>GRANULE/L2A_T50TMK/IMG_DATA/R10m/T50TMK_20220801T030529_B04_10m</IMAGE_FILE>
                <IMAGE_FILE>GRANULE/L2A_T50TMK/IMG_DATA/R10m/T50TMK_20220801T030529_B08_10m</IMAGE_FILE>
                <IMAGE_FILE>GRANULE/L2A_T50TMK/IMG_DATA/R20m/T50TMK_20220801T030529_SCL_20m</IMAGE_FILE>
                </Granule></Granule_List></Product_Organisation></Product_Info>
                <Product_Image_Characteristics><QUANTIFICATION_VALUES_LIST>
                <BOA_QUANTIFICATION_VALUE>10000</BOA_QUANTIFICATION_VALUE></QUANTIFICATION_VALUES_LIST>
                </Product_Image_Characteristics></n1:General_Info></n1:Level-2A_User_Product>
                """ + "\0".repeat(1000));
        SceneSpec s = ManifestReader.read(write("""
            {"scenes": [{"year": 2022, "sensor": "sentinel-2-l2a", "metadata": "%s"}]}"""
                .formatted(safe.getFileName()))).scenes().get(0);
        assertEquals(safe.resolve("GRANULE/L2A_T50TMK/IMG_DATA/R10m/T50TMK_20220801T030529_B04_10m.jp2").toString(),
                s.red().path());
        assertEquals(new Calibration(1e-4, -0.1), s.redCalibration());
        assertTrue(s.provenance().scaling().contains("PROCESSING_BASELINE 04.00"), s.provenance().scaling());
        assertTrue(s.quality().band().path().endsWith("_SCL_20m.jp2"));
        Path l1c = Files.createDirectories(dir.resolve("S2B_MSIL1C_X.SAFE"));
        Files.writeString(l1c.resolve("MTD_MSIL1C.xml"), "<x/>");
        refused("{\"scenes\": [{\"year\": 2022, \"sensor\": \"sentinel-2-l2a\", \"metadata\": \"S2B_MSIL1C_X.SAFE\"}]}",
                "Level-1C", "Level-2A");
    }
}
