package org.forestcoverage.stac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.scene.WaterSource;
import org.forestcoverage.sensor.SceneRequest;
import org.forestcoverage.sensor.SensorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: STAC items of Landsat C2 L2 and Sentinel-2 L2A as scenes. Items are written here in the shapes Planetary
 * Computer (Landsat) and Earth Search (Sentinel-2) serve; the expected scalings come from the product definitions
 * (Landsat C2 L2: 2.75e-5, -0.2; Sentinel-2 from baseline 04.00: (DN - 1000) / 10000).
 */
class StacScenesTest {
    private static final String LC08 = "LC08_L2SP_123032_20220801_20220806_02_T1";

    @TempDir
    Path tmp;

    private static void assertContains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "message lacks '" + p + "': " + message);
        }
    }

    private Path landsatItem(double offset, boolean withMtl) throws IOException {
        Path product = Files.createDirectories(tmp.resolve("product"));
        if (withMtl) {
            Files.writeString(product.resolve(LC08 + "_MTL.txt"), """
                    GROUP = LANDSAT_METADATA_FILE
                      GROUP = PRODUCT_CONTENTS
                        LANDSAT_PRODUCT_ID = "%1$s"
                        PROCESSING_LEVEL = "L2SP"
                        FILE_NAME_BAND_4 = "%1$s_SR_B4.TIF"
                        FILE_NAME_BAND_5 = "%1$s_SR_B5.TIF"
                      END_GROUP = PRODUCT_CONTENTS
                      GROUP = IMAGE_ATTRIBUTES
                        SPACECRAFT_ID = "LANDSAT_8"
                      END_GROUP = IMAGE_ATTRIBUTES
                      GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS
                        REFLECTANCE_MULT_BAND_4 = 2.75E-05
                        REFLECTANCE_MULT_BAND_5 = 2.75E-05
                        REFLECTANCE_ADD_BAND_4 = -0.200000
                        REFLECTANCE_ADD_BAND_5 = -0.200000
                      END_GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS
                    END_GROUP = LANDSAT_METADATA_FILE
                    END
                    """.formatted(LC08));
        }
        String band = """
                {"href": "../product/%s_%s.TIF", "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                 "roles": ["data"], "eo:bands": [{"name": "%s", "common_name": "%s"}],
                 "raster:bands": [{"scale": 2.75e-05, "nodata": 0, "offset": %s, "data_type": "uint16"}]}""";
        String json = """
                {"type": "Feature", "stac_version": "1.0.0", "id": "LC08_L2SP_123032_20220801_02_T1",
                 "collection": "landsat-c2-l2", "geometry": null,
                 "properties": {"datetime": "2022-08-01T02:53:10.123456Z", "platform": "landsat-8",
                   "instruments": ["oli", "tirs"], "landsat:correction": "L2SP"},
                 "assets": {
                   "red": %s,
                   "nir08": %s,
                   "qa_pixel": {"href": "../product/%s_QA_PIXEL.TIF", "roles": ["cloud"]},
                   "mtl.txt": {"href": "../product/%s_MTL.txt", "type": "text/plain", "roles": ["metadata"]}},
                 "links": []}
                """.formatted(band.formatted(LC08, "SR_B4", "OLI_B4", "red", offset),
                band.formatted(LC08, "SR_B5", "OLI_B5", "nir08", offset), LC08, LC08);
        Path items = Files.createDirectories(tmp.resolve("items"));
        return Files.writeString(items.resolve("landsat.json"), json);
    }

    private static SceneSpec spec(Path item, StacScenes.Entry entry) throws IOException {
        StacItem parsed = StacItem.parse(Files.readString(item), item.toString());
        return StacScenes.spec(parsed, entry);
    }

    private static SceneSpec spec(Path item) throws IOException {
        StacItem parsed = StacItem.parse(Files.readString(item), item.toString());
        return StacScenes.spec(parsed, StacScenes.Entry.of(parsed));
    }

    @Test
    void testLandsatItemGivesTheC2L2SceneCheckedAgainstItsMtl() throws IOException {
        SceneSpec s = spec(landsatItem(-0.2, true));
        assertEquals("landsat-c2-l2", s.sensor());
        assertEquals(2022, s.year());
        assertEquals("LC08_L2SP_123032_20220801_02_T1", s.id());
        assertEquals(new BandRef(tmp.resolve("product/" + LC08 + "_SR_B4.TIF").toString(), 1), s.red());
        assertEquals(new BandRef(tmp.resolve("product/" + LC08 + "_SR_B5.TIF").toString(), 1), s.nir());
        assertEquals(tmp.resolve("product/" + LC08 + "_QA_PIXEL.TIF").toString(), s.quality().band().path());
        assertEquals(2.75e-5, s.redCalibration().scale(), 1e-18);
        assertEquals(-0.2, s.nirCalibration().offset(), 1e-15);
        assertContains(s.provenance().scaling(), "LEVEL2_SURFACE_REFLECTANCE_PARAMETERS",
                "agrees with the STAC item's raster:bands of red, nir");
    }

    /** Issue 13: the item's MTL states no DATE_ACQUIRED, so the date is the item's datetime (UTC). */
    @Test
    void testAcquisitionDateIsTheItemsDatetimeWhenTheMetadataStatesNone() throws IOException {
        Path item = landsatItem(-0.2, true);
        assertEquals(java.time.LocalDate.of(2022, 8, 1), spec(item).acquired());
        Files.writeString(item, Files.readString(item).replace("2022-08-01T02:53:10.123456Z",
                "2022-08-01T02:53:10+08:00"));
        assertEquals(java.time.LocalDate.of(2022, 7, 31), spec(item).acquired(), "UTC+8 at 02:53 is 31 July in UTC");
    }

    @Test
    void testLandsatItemWhoseOffsetDisagreesWithItsMtlIsRefusedNamingBothValues() throws IOException {
        Path item = landsatItem(-0.1, true);
        StacException e = assertThrows(StacException.class, () -> spec(item));
        assertContains(e.getMessage(), "asset \"red\"", "raster:bands offset -0.1", "gives offset -0.2",
                item.toString());
    }

    @Test
    void testLandsatItemWithoutItsMtlChecksAgainstTheFileNameConstants() throws IOException {
        SceneSpec s = spec(landsatItem(-0.2, false));
        assertContains(s.provenance().scaling(), "Collection 2 Level-2 constants", "agrees with",
                "product metadata not read");
        assertThrows(StacException.class, () -> spec(landsatItem(0, false)));
    }

    private Path mtd(Path safe, String baseline, int offset) throws IOException {
        Files.createDirectories(safe);
        StringBuilder offsets = new StringBuilder();
        for (int i = 0; i <= 12; i++) {
            offsets.append("<BOA_ADD_OFFSET band_id=\"").append(i).append("\">").append(offset)
                    .append("</BOA_ADD_OFFSET>");
        }
        return Files.writeString(safe.resolve("MTD_MSIL2A.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
                  <n1:General_Info><Product_Info><PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
                    <PROCESSING_BASELINE>%s</PROCESSING_BASELINE></Product_Info>
                    <Product_Image_Characteristics><QUANTIFICATION_VALUES_LIST>
                      <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE></QUANTIFICATION_VALUES_LIST>
                      <BOA_ADD_OFFSET_VALUES_LIST>%s</BOA_ADD_OFFSET_VALUES_LIST></Product_Image_Characteristics>
                  </n1:General_Info></n1:Level-2A_User_Product>
                """.formatted(baseline, offsets));
    }

    /** An Earth-Search-shaped item; {@code metadataHref} may be remote. */
    private Path s2Item(String metadataHref, String offset, Boolean applied, String baseline) throws IOException {
        String band = """
                {"href": "./B/%s.jp2", "type": "image/jp2", "roles": ["data", "reflectance"],
                 "eo:bands": [{"name": "%s", "common_name": "%s"}],
                 "raster:bands": [{"nodata": 0, "data_type": "uint16", "scale": 0.0001%s}]}""";
        String off = offset == null ? "" : ", \"offset\": " + offset;
        String json = """
                {"type": "Feature", "stac_version": "1.0.0", "id": "S2B_50TMK_20220801_0_L2A",
                 "collection": "sentinel-2-l2a", "geometry": null, "bbox": [116, 39, 117, 40],
                 "properties": {"datetime": "2022-08-01T03:11:54.024000Z", "platform": "sentinel-2b",
                   "constellation": "sentinel-2", "s2:product_type": "S2MSI2A", "s2:processing_baseline": "%s"%s},
                 "assets": {
                   "visual": {"href": "./B/TCI.jp2", "roles": ["visual"],
                              "eo:bands": [{"name": "red", "common_name": "red"}, {"name": "green", "common_name": "green"},
                                           {"name": "blue", "common_name": "blue"}]},
                   "red": %s, "nir": %s, "nir08": %s, "green": %s, "swir16": %s,
                   "scl": {"href": "./B/SCL.jp2", "roles": ["data"]},
                   "product_metadata": {"href": "%s", "type": "application/xml", "roles": ["metadata"]}},
                 "links": []}
                """.formatted(baseline, applied == null ? "" : ", \"earthsearch:boa_offset_applied\": " + applied,
                band.formatted("B04", "red", "red", off), band.formatted("B08", "nir", "nir", off),
                band.formatted("B8A", "nir08", "nir08", off), band.formatted("B03", "green", "green", off),
                band.formatted("B11", "swir16", "swir16", off), metadataHref);
        return Files.writeString(tmp.resolve("s2.json"), json);
    }

    @Test
    void testSentinel2ItemGivesTheL2ASceneCheckedAgainstItsMtd() throws IOException {
        mtd(tmp.resolve("S.SAFE"), "04.00", -1000);
        SceneSpec s = spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "-0.1", false, "04.00"));
        assertEquals("sentinel-2-l2a", s.sensor());
        assertEquals(tmp.resolve("B/B04.jp2").toString(), s.red().path());   // not the TCI preview
        assertEquals(tmp.resolve("B/B08.jp2").toString(), s.nir().path());
        assertEquals(tmp.resolve("B/SCL.jp2").toString(), s.quality().band().path());
        assertEquals(1e-4, s.redCalibration().scale(), 1e-18);
        assertEquals(-0.1, s.redCalibration().offset(), 1e-15);
        assertContains(s.provenance().scaling(), "MTD_MSIL2A.xml", "agrees with the STAC item's raster:bands");
        SceneSpec b8a = spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "-0.1", false, "04.00"),
                new StacScenes.Entry(null, null, null, true, null, b -> { }));
        assertEquals(tmp.resolve("B/B8A.jp2").toString(), b8a.nir().path());
    }

    @Test
    void testSentinel2ItemWithoutTheBaselineOffsetIsRefusedNamingBothValues() throws IOException {
        mtd(tmp.resolve("S.SAFE"), "04.00", -1000);
        Path item = s2Item("./S.SAFE/MTD_MSIL2A.xml", "0", false, "04.00");
        StacException e = assertThrows(StacException.class, () -> spec(item));
        assertContains(e.getMessage(), "raster:bands offset 0", "gives offset -0.1", "04.00");
        // the offset applied twice (-0.2) is refused the same way
        assertThrows(StacException.class, () -> spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "-0.2", false, "04.00")));
    }

    @Test
    void testSentinel2ItemWhoseDnsAlreadyCarryTheOffsetReadsThemWithOffsetZero() throws IOException {
        mtd(tmp.resolve("S.SAFE"), "04.00", -1000);
        SceneSpec s = spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "0", true, "04.00"));
        assertEquals(0.0, s.redCalibration().offset(), 0);
        assertThrows(StacException.class, () -> spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "-0.1", true, "04.00")));
    }

    @Test
    void testSentinel2ItemWithRemoteMetadataChecksAgainstItsBaselineAndSaysSo() throws IOException {
        String remote = "https://example.invalid/S.SAFE/MTD_MSIL2A.xml";
        SceneSpec s = spec(s2Item(remote, "-0.1", null, "04.00"));
        assertEquals(-0.1, s.nirCalibration().offset(), 1e-15);
        assertContains(s.provenance().scaling(), "processing baseline 04.00", "product metadata not read", remote);
        StacException e = assertThrows(StacException.class, () -> spec(s2Item(remote, "-0.1", null, "03.01")));
        assertContains(e.getMessage(), "offset -0.1", "offset 0");
    }

    @Test
    void testItemWithRasterBandsOnlyIsUsedAndRecordedAsUnchecked() throws IOException {
        String json = Files.readString(s2Item("https://example.invalid/MTD_MSIL2A.xml", "-0.1", null, "04.00"))
                .replace("\"s2:processing_baseline\": \"04.00\"", "\"s2:processing_baseline\": null");
        Path item = Files.writeString(tmp.resolve("s2b.json"), json);
        SceneSpec s = spec(item);
        assertEquals(-0.1, s.redCalibration().offset(), 1e-15);
        assertContains(s.provenance().scaling(), "raster:bands, not checked");
        // without raster:bands scaling either, the preset's own refusal says what to state
        Path bare = Files.writeString(tmp.resolve("s2c.json"), json.replace(", \"offset\": -0.1", "")
                .replace("\"scale\": 0.0001", "\"data_type2\": 1"));
        SensorException e = assertThrows(SensorException.class, () -> spec(bare));
        assertContains(e.getMessage(), "'baseline'");
    }

    @Test
    void testWaterIndexFindsTheGreenAndSwirAssets() throws IOException {
        mtd(tmp.resolve("S.SAFE"), "04.00", -1000);
        SceneSpec s = spec(s2Item("./S.SAFE/MTD_MSIL2A.xml", "-0.1", false, "04.00"), new StacScenes.Entry(2023,
                "mine", "sentinel-2-l2a", false, SceneRequest.Water.index("mndwi", 0.1), b -> { }));
        WaterSource.Index w = (WaterSource.Index) s.water();
        assertEquals(tmp.resolve("B/B03.jp2").toString(), w.green().path());
        assertEquals(tmp.resolve("B/B11.jp2").toString(), w.other().path());
        assertEquals(-0.1, w.otherCalibration().offset(), 1e-15);
        assertEquals(2023, s.year());
        assertEquals("mine", s.id());
        assertContains(s.provenance().water(), "SCL classes [6]", "MNDWI > 0.1");
    }

    @Test
    void testProductsOtherThanC2L2AndL2AAreRefusedSayingWhatToUse() throws IOException {
        String s2 = Files.readString(landsatItem(-0.2, true));
        assertContains(assertThrows(StacException.class, () -> StacScenes.spec(StacItem.parse(s2.replace("L2SP\"}",
                "L1TP\"}").replace("landsat-c2-l2", "landsat-c2-l1"), "l1.json"), StacScenes.Entry.of(null)))
                .getMessage(), "Level-1", "landsat-l1-toa");
        assertContains(assertThrows(StacException.class, () -> StacScenes.spec(StacItem.parse(s2.replace("landsat-8",
                "modis").replace("landsat-c2-l2", "modis").replace("LC08_L2SP", "MOD09"), "m.json"),
                StacScenes.Entry.of(null))).getMessage(), "neither Landsat", "generic");
        assertContains(assertThrows(StacException.class, () -> StacScenes.spec(StacItem.parse(s2, "x.json"),
                new StacScenes.Entry(null, null, "sentinel-2-l2a", false, null, b -> { }))).getMessage(),
                "landsat-c2-l2", "sentinel-2-l2a");
    }

    @Test
    void testBrokenItemsAreRefusedBriefly() {
        assertContains(assertThrows(StacException.class, () -> StacItem.parse("{\"type\": \"Feature\", " + "x".repeat(
                5000), "bad.json")).getMessage(), "bad.json", "not valid JSON");
        assertTrue(assertThrows(StacException.class, () -> StacItem.parse("[" + "1,".repeat(5000) + "1]", "a.json"))
                .getMessage().length() < 300);
        assertContains(assertThrows(StacException.class, () -> StacItem.parse("{\"type\": \"Feature\", \"id\": \"x\", "
                + "\"properties\": {}, \"assets\": {\"a\": {\"href\": \"a.tif\"}}}", "n.json")).getMessage(),
                "no properties.datetime");
    }

    @Test
    void testHrefsResolveAgainstLocalFoldersUrlsAndVirtualPaths() {
        assertEquals("https://x.org/a/b/B04.tif", StacItem.resolve("https://x.org/a/items/i.json", "../b/B04.tif"));
        assertEquals("/vsis3/bucket/items/B04.tif", StacItem.resolve("/vsis3/bucket/items/i.json", "B04.tif"));
        assertEquals("s3://b/B04.tif", StacItem.resolve("/tmp/i.json", "s3://b/B04.tif"));
        assertEquals(Path.of("/tmp/x/B04.tif").toString(), StacItem.resolve("/tmp/items/i.json", "../x/B04.tif"));
    }
}
