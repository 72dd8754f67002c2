package org.forestcoverage.sensor;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forestcoverage.scene.MaskRule.CLEAR;
import static org.forestcoverage.scene.MaskRule.MASKED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.Calibration;
import org.forestcoverage.scene.MaskRule;
import org.forestcoverage.scene.SceneDates;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class SensorPresetsTest {
    private static final String C2 = "LC08_L2SP_224078_20200127_20200823_02_T1";

    @TempDir
    Path tmp;

    private static void assertCalibration(double scale, double offset, Calibration c) {
        assertEquals(scale, c.scale(), Math.abs(scale) * 1e-12, "scale");
        assertEquals(offset, c.offset(), 1e-12, "offset");
    }

    private static SensorException refused(SceneRequest r, String... mustContain) {
        SensorException e = assertThrows(SensorException.class, () -> Sensors.sceneSpec(r));
        for (String s : mustContain) {
            assertTrue(e.getMessage().contains(s), "message lacks '" + s + "': " + e.getMessage());
        }
        return e;
    }

    // ---- landsat-c2-l2 ---------------------------------------------------------------------------------------------

    @Test
    void testC2L2MtlGivesBandFilesScaleAndOffset() {
        Path mtl = SharedData.c2l2Mtl();
        Path folder = mtl.toAbsolutePath().getParent();
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-c2-l2", 2020, C2).metadata(mtl.toString())
                .build());
        assertEquals(new BandRef(folder.resolve(C2 + "_SR_B4.TIF").toString(), 1), s.red());
        assertEquals(new BandRef(folder.resolve(C2 + "_SR_B5.TIF").toString(), 1), s.nir());
        assertEquals(new BandRef(folder.resolve(C2 + "_QA_PIXEL.TIF").toString(), 1), s.quality().band());
        assertCalibration(2.75e-5, -0.2, s.redCalibration());
        assertCalibration(2.75e-5, -0.2, s.nirCalibration());
        assertEquals(0.0, s.nodata());
        assertEquals("landsat-c2-l2", s.sensor());
        assertEquals(2020, s.year());
        assertEquals(QaPixelMask.defaults(), s.quality().rule());
    }

    /** A Collection 2 Level-2 MTL in XML form naming the bands {@code STEM_SR_B4.TIF}, ...; returns its path. */
    private Path writeC2L2Xml(String stem, String imageAttributes) throws IOException {
        Path xml = tmp.resolve(stem + "_MTL.xml");
        return Files.writeString(xml, """
                <LANDSAT_METADATA_FILE>
                  <PRODUCT_CONTENTS>
                    <PROCESSING_LEVEL>L2SP</PROCESSING_LEVEL>
                    <FILE_NAME_BAND_4>%1$s_SR_B4.TIF</FILE_NAME_BAND_4>
                    <FILE_NAME_BAND_5>%1$s_SR_B5.TIF</FILE_NAME_BAND_5>
                    <FILE_NAME_QUALITY_L1_PIXEL>%1$s_QA_PIXEL.TIF</FILE_NAME_QUALITY_L1_PIXEL>
                  </PRODUCT_CONTENTS>
                  <IMAGE_ATTRIBUTES><SPACECRAFT_ID>LANDSAT_9</SPACECRAFT_ID>%2$s</IMAGE_ATTRIBUTES>
                  <LEVEL2_SURFACE_REFLECTANCE_PARAMETERS>
                    <REFLECTANCE_MULT_BAND_4>2.75e-05</REFLECTANCE_MULT_BAND_4>
                    <REFLECTANCE_MULT_BAND_5>2.75e-05</REFLECTANCE_MULT_BAND_5>
                    <REFLECTANCE_ADD_BAND_4>-0.2</REFLECTANCE_ADD_BAND_4>
                    <REFLECTANCE_ADD_BAND_5>-0.2</REFLECTANCE_ADD_BAND_5>
                  </LEVEL2_SURFACE_REFLECTANCE_PARAMETERS>
                  <LEVEL1_RADIOMETRIC_RESCALING>
                    <REFLECTANCE_MULT_BAND_4>2.0000E-05</REFLECTANCE_MULT_BAND_4>
                  </LEVEL1_RADIOMETRIC_RESCALING>
                </LANDSAT_METADATA_FILE>
                """.formatted(stem, imageAttributes));
    }

    @Test
    void testC2L2XmlMtlGivesSameSpecAsText() throws IOException {
        Path xml = writeC2L2Xml("LC09_L2SP_123032_20220601_20220603_02_T1", "");
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-c2-l2", 2022, "LC09").baseDir(tmp)
                .metadata(xml.getFileName().toString()).build());
        assertEquals(tmp.resolve("LC09_L2SP_123032_20220601_20220603_02_T1_SR_B5.TIF").toString(), s.nir().path());
        assertCalibration(2.75e-5, -0.2, s.redCalibration());
    }

    /** Issue 13: the acquisition date from the metadata, where names hold none (or another one). */
    @Test
    void testAcquisitionDateComesFromTheMtlsDateAcquired() throws IOException {
        SceneRequest.Builder b = SceneRequest.builder("landsat-c2-l2", 2022, "scene").baseDir(tmp);
        writeC2L2Xml("scene", "<DATE_ACQUIRED>2022-06-01</DATE_ACQUIRED>");
        SceneSpec s = Sensors.sceneSpec(b.metadata("scene_MTL.xml").build());
        assertEquals(LocalDate.of(2022, 6, 1), s.acquired());
        assertEquals(LocalDate.of(2022, 6, 1), SceneDates.acquisition(s), "no name holds a date: the MTL's");
        writeC2L2Xml("scene", "");
        assertNull(SceneDates.acquisition(Sensors.sceneSpec(b.build())), "neither metadata nor names: unknown");
        writeC2L2Xml("scene", "<DATE_ACQUIRED>2022-13-01</DATE_ACQUIRED>");
        SensorException e = assertThrows(SensorException.class, () -> Sensors.sceneSpec(b.build()));
        assertTrue(e.getMessage().contains("scene_MTL.xml") && e.getMessage().contains("DATE_ACQUIRED '2022-13-01'"),
                e.getMessage());
    }

    @Test
    void testC2L2BandFileNamesAloneImplyTheConstants() {
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-c2-l2", 2020, C2).baseDir(tmp)
                .bandFiles(C2 + "_SR_B4.TIF", C2 + "_SR_B5.TIF").build());
        assertCalibration(2.75e-5, -0.2, s.redCalibration());
        assertCalibration(2.75e-5, -0.2, s.nirCalibration());
        assertEquals(tmp.resolve(C2 + "_SR_B4.TIF").toString(), s.red().path());   // relative -> baseDir
        assertNull(s.quality());
    }

    @Test
    void testC2L2UnknownScalingIsRefusedUnlessStated() {
        SceneRequest.Builder b = SceneRequest.builder("landsat-c2-l2", 2020, "renamed").bandFiles("red.tif", "nir.tif");
        refused(b.build(), "scene renamed", "red.tif", "metadata", "scale");
        SceneSpec s = Sensors.sceneSpec(b.scaleOffset(2.75e-5, -0.2).build());
        assertCalibration(2.75e-5, -0.2, s.redCalibration());
    }

    @Test
    void testC2L2SwappedBandsAreRefused() {
        refused(SceneRequest.builder("landsat-c2-l2", 2020, C2).bandFiles(C2 + "_SR_B5.TIF", C2 + "_SR_B4.TIF")
                .build(), "swapped", "'red'");
    }

    @Test
    void testC2L2PresetRefusesLandsat5ProductAndTmPresetTakesIt() {
        String lt05 = "LT05_L2SP_123032_20080601_20200829_02_T1";
        refused(SceneRequest.builder("landsat-c2-l2", 2008, lt05).bandFiles(lt05 + "_SR_B4.TIF", lt05 + "_SR_B5.TIF")
                .build(), "Landsat 5", "landsat-c2-l2-tm");
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-c2-l2-tm", 2008, lt05)
                .bandFiles(lt05 + "_SR_B3.TIF", lt05 + "_SR_B4.TIF").build());
        assertCalibration(2.75e-5, -0.2, s.redCalibration());
        assertEquals("landsat-c2-l2-tm", s.sensor());
    }

    @Test
    void testC2L2TmPresetRefusesLandsat8Mtl() {
        refused(SceneRequest.builder("landsat-c2-l2-tm", 2020, C2).metadata(SharedData.c2l2Mtl().toString()).build(),
                "Landsat 8", "landsat-c2-l2 ");
    }

    @Test
    void testC2L2MaskFlagsFromManifest() {
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-c2-l2", 2020, C2)
                .bandFiles(C2 + "_SR_B4.TIF", C2 + "_SR_B5.TIF").quality(new BandRef(C2 + "_QA_PIXEL.TIF", 1))
                .maskFlags(List.of("cloud", "cloud_shadow")).build());
        MaskRule r = s.quality().rule();
        assertEquals(MASKED, r.classify(1 << 3));
        assertEquals(CLEAR, r.classify(1 << 5));                                    // snow kept
        refused(SceneRequest.builder("landsat-c2-l2", 2020, C2).bandFiles(C2 + "_SR_B4.TIF", C2 + "_SR_B5.TIF")
                .quality(new BandRef("qa.tif", 1)).maskFlags(List.of("smoke")).build(), "maskFlags", "smoke");
    }

    // ---- landsat-l1-toa --------------------------------------------------------------------------------------------

    /** Pixels of the Florida subset (row, col: red DN, NIR DN, BQA), read with python3-gdal. */
    private static final int[][] FLORIDA_PIXELS = {{6811, 9941}, {10296, 18355}, {7680, 15114}, {8538, 12667}};

    private SceneRequest.Builder florida() {
        Path mtl = SharedData.floridaMtl();
        return SceneRequest.builder("landsat-l1-toa", 2015, "LC80200392015216LGN00").baseDir(mtl.getParent())
                .metadata(mtl.getFileName().toString()).bandFiles("l8_B4.tif", "l8_B5.tif")
                .quality(new BandRef("l8_BQA.tif", 1));
    }

    @Test
    void testFloridaToaWithSunElevationEqualsIndependentComputation() {
        SceneSpec s = Sensors.sceneSpec(florida().build());
        // independent: USGS "Using the USGS Landsat Level-1 data product": rho = (M * Qcal + A) / sin(theta_SE),
        // constants copied from l8_MTL.txt
        double m = 2.0E-05;
        double a = -0.100000;
        double sinE = Math.sin(64.74360932 * Math.PI / 180);
        for (int[] p : FLORIDA_PIXELS) {
            double red = (m * p[0] + a) / sinE;
            double nir = (m * p[1] + a) / sinE;
            assertEquals(red, s.redCalibration().reflectance(p[0]), 1e-12);
            assertEquals(nir, s.nirCalibration().reflectance(p[1]), 1e-12);
            double ndvi = (nir - red) / (nir + red);
            double r2 = s.redCalibration().reflectance(p[0]);
            double n2 = s.nirCalibration().reflectance(p[1]);
            assertEquals(ndvi, (n2 - r2) / (n2 + r2), 1e-12);
        }
        assertEquals(0.1171, s.redCalibration().reflectance(10296), 5e-5);             // a plausible TOA value
        assertEquals(Path.of(SharedData.floridaMtl().getParent().toString(), "l8_B4.tif").toString(), s.red().path());
        assertEquals(0.0, s.nodata());
        assertEquals(BqaMask.defaults(BqaMask.Layout.PRE_COLLECTION), s.quality().rule());
        assertEquals(MASKED, s.quality().rule().classify(61440));                      // pixel (4, 30): cloud yes
        assertEquals(CLEAR, s.quality().rule().classify(20480));                       // pixel (500, 600)
    }

    @Test
    void testFloridaToaWithoutSunElevationIsMtlConstants() {
        SceneSpec s = Sensors.sceneSpec(florida().sunElevationCorrection(false).build());
        assertCalibration(2.0e-5, -0.1, s.redCalibration());
        assertCalibration(2.0e-5, -0.1, s.nirCalibration());
    }

    @Test
    void testFloridaMtlBandNamesWhenNoBandsGiven() {
        Path mtl = SharedData.floridaMtl();
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2015, "f").metadata(mtl.toString())
                .build());
        Path folder = mtl.toAbsolutePath().getParent();
        assertEquals(folder.resolve("LC80200392015216LGN00_B4.TIF").toString(), s.red().path());
        assertEquals(folder.resolve("LC80200392015216LGN00_B5.TIF").toString(), s.nir().path());
        assertEquals(folder.resolve("LC80200392015216LGN00_BQA.TIF").toString(), s.quality().band().path());
    }

    @Test
    void testFloridaBqaMediumConfidenceFromManifest() {
        SceneSpec s = Sensors.sceneSpec(florida().maskFlags(List.of("cloud")).maskConfidence("medium").build());
        assertEquals(MASKED, s.quality().rule().classify(36864));                      // cloud maybe
        assertEquals(CLEAR, s.quality().rule().classify(28672));                       // cirrus not selected
    }

    @Test
    void testL1PresetRefusesLevel2Mtl() {
        refused(SceneRequest.builder("landsat-l1-toa", 2020, C2).metadata(SharedData.c2l2Mtl().toString()).build(),
                "Level-2", "landsat-c2-l2");
    }

    @Test
    void testL1WithoutMtlIsRefusedUnlessScaleStated() {
        SceneRequest.Builder b = SceneRequest.builder("landsat-l1-toa", 2015, "x").bandFiles("l8_B4.tif", "l8_B5.tif");
        refused(b.build(), "scene x", "MTL", "SUN_ELEVATION", "'scale'");
        assertCalibration(2e-5, -0.1, Sensors.sceneSpec(b.scaleOffset(2e-5, -0.1).build()).redCalibration());
    }

    // ---- sentinel-2-l2a --------------------------------------------------------------------------------------------

    private Path writeMtd(String baseline, boolean offsets) throws IOException {
        String gran = "GRANULE/L2A_T50TMK_A036295_20220601T031347/IMG_DATA/";
        StringBuilder list = new StringBuilder();
        if (offsets) {
            list.append("<BOA_ADD_OFFSET_VALUES_LIST>\n");
            for (int i = 0; i <= 12; i++) {
                list.append("<BOA_ADD_OFFSET band_id=\"").append(i).append("\">-1000</BOA_ADD_OFFSET>\n");
            }
            list.append("</BOA_ADD_OFFSET_VALUES_LIST>\n");
        }
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <n1:Level-2A_User_Product xmlns:n1="https://psd-14.sentinel2.eo.esa.int/PSD/User_Product_Level-2A.xsd">
                  <n1:General_Info>
                    <Product_Info>
                      <PROCESSING_LEVEL>Level-2A</PROCESSING_LEVEL>
                      <PROCESSING_BASELINE>%s</PROCESSING_BASELINE>
                      <Product_Organisation><Granule_List><Granule granuleIdentifier="x" imageFormat="JPEG2000">
                        <IMAGE_FILE>%sR10m/T50TMK_20220601T030541_B04_10m</IMAGE_FILE>
                        <IMAGE_FILE>%sR10m/T50TMK_20220601T030541_B08_10m</IMAGE_FILE>
                        <IMAGE_FILE>%sR20m/T50TMK_20220601T030541_B8A_20m</IMAGE_FILE>
                        <IMAGE_FILE>%sR20m/T50TMK_20220601T030541_SCL_20m</IMAGE_FILE>
                      </Granule></Granule_List></Product_Organisation>
                    </Product_Info>
                    <Product_Image_Characteristics>
                      <QUANTIFICATION_VALUES_LIST>
                        <BOA_QUANTIFICATION_VALUE unit="none">10000</BOA_QUANTIFICATION_VALUE>
                        <AOT_QUANTIFICATION_VALUE unit="none">1000.0</AOT_QUANTIFICATION_VALUE>
                      </QUANTIFICATION_VALUES_LIST>
                      %s
                    </Product_Image_Characteristics>
                  </n1:General_Info>
                </n1:Level-2A_User_Product>
                """.formatted(baseline, gran, gran, gran, gran, list);
        Path dir = Files.createDirectories(tmp.resolve("S2A_MSIL2A_20220601T030541_N" + baseline.replace(".", "")
                + "_R075_T50TMK_20220601T074407.SAFE"));
        return Files.writeString(dir.resolve("MTD_MSIL2A.xml"), xml);
    }

    @Test
    void testS2Baseline0400MtdGivesOffsetMinus1000() throws IOException {
        Path mtd = writeMtd("04.00", true);
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("sentinel-2-l2a", 2022, "T50TMK").metadata(mtd.toString())
                .build());
        assertCalibration(1e-4, -0.1, s.redCalibration());
        assertCalibration(1e-4, -0.1, s.nirCalibration());
        Path folder = mtd.getParent();
        assertTrue(s.red().path().startsWith(folder.toString()) && s.red().path().endsWith("_B04_10m.jp2"),
                s.red().path());
        assertTrue(s.nir().path().endsWith("R10m/T50TMK_20220601T030541_B08_10m.jp2"), s.nir().path());
        assertTrue(s.quality().band().path().endsWith("_SCL_20m.jp2"), s.quality().band().path());
        assertEquals(SclMask.defaults().classify(9), s.quality().rule().classify(9));
        assertEquals(MASKED, s.quality().rule().classify(9));
        assertEquals(0.0, s.nodata());
    }

    /** Issue 13: the MTD's PRODUCT_START_TIME, as a UTC date. */
    @Test
    void testS2AcquisitionDateIsTheMtdsProductStartTime() throws IOException {
        Path mtd = writeMtd("04.00", true);
        SceneRequest r = SceneRequest.builder("sentinel-2-l2a", 2022, "T50TMK").metadata(mtd.toString()).build();
        assertNull(Sensors.sceneSpec(r).acquired(), "no PRODUCT_START_TIME");
        Files.writeString(mtd, Files.readString(mtd).replace("<PROCESSING_LEVEL>",
                "<PRODUCT_START_TIME>2022-05-31T23:58:41.024Z</PRODUCT_START_TIME><PROCESSING_LEVEL>"));
        assertEquals(LocalDate.of(2022, 5, 31), Sensors.sceneSpec(r).acquired());
    }

    @Test
    void testS2Baseline0301MtdGivesNoOffset() throws IOException {
        Path mtd = writeMtd("03.01", false);
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("sentinel-2-l2a", 2021, "T50TMK").metadata(mtd.toString())
                .build());
        assertCalibration(1e-4, 0, s.redCalibration());
        assertCalibration(1e-4, 0, s.nirCalibration());
    }

    @Test
    void testS2UseB8ATakesThe20mBandAndItsOffset() throws IOException {
        Path mtd = writeMtd("04.00", true);
        Files.writeString(mtd, Files.readString(mtd).replace("<BOA_ADD_OFFSET band_id=\"8\">-1000",
                "<BOA_ADD_OFFSET band_id=\"8\">-500"));
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("sentinel-2-l2a", 2022, "T50TMK").metadata(mtd.toString())
                .useB8A(true).build());
        assertTrue(s.nir().path().endsWith("_B8A_20m.jp2"), s.nir().path());
        assertCalibration(1e-4, -0.05, s.nirCalibration());
        assertCalibration(1e-4, -0.1, s.redCalibration());
    }

    @Test
    void testS2MetadataParsesBandIdsAndBaselineRule() {
        assertEquals(3, Sentinel2Metadata.bandId("B04"));
        assertEquals(7, Sentinel2Metadata.bandId("B08"));
        assertEquals(8, Sentinel2Metadata.bandId("B8A"));
        assertEquals(12, Sentinel2Metadata.bandId("B12"));
        assertThrows(SensorException.class, () -> Sentinel2Metadata.bandId("B13"));
        assertEquals(-1000, Sentinel2Metadata.offsetForBaseline("04.00"));
        assertEquals(-1000, Sentinel2Metadata.offsetForBaseline("05.09"));
        assertEquals(-1000, Sentinel2Metadata.offsetForBaseline("N0400"));
        assertEquals(0, Sentinel2Metadata.offsetForBaseline("03.01"));
        assertEquals(0, Sentinel2Metadata.offsetForBaseline("02.14"));
        assertThrows(SensorException.class, () -> Sentinel2Metadata.offsetForBaseline("four"));
    }

    @Test
    void testS2BandFilesNeedBaselineOrOffsetFromManifest() {
        SceneRequest.Builder b = SceneRequest.builder("sentinel-2-l2a", 2022, "T50TMK_20220601")
                .bandFiles("T50TMK_20220601T030541_B04_10m.jp2", "T50TMK_20220601T030541_B08_10m.jp2");
        refused(b.build(), "scene T50TMK_20220601", "MTD_MSIL2A.xml", "'baseline'", "'boaAddOffset'");
        assertCalibration(1e-4, -0.1, Sensors.sceneSpec(b.baseline("04.00").build()).redCalibration());
        assertCalibration(1e-4, 0, Sensors.sceneSpec(b.baseline("03.01").build()).nirCalibration());
        assertCalibration(1e-4, -0.1, Sensors.sceneSpec(b.baseline(null).boaAddOffset(-1000.0).build())
                .redCalibration());
    }

    @Test
    void testS2NirFileGivenAsRedIsRefused() {
        refused(SceneRequest.builder("sentinel-2-l2a", 2022, "s").baseline("04.00")
                .bandFiles("T50TMK_20220601T030541_B08_10m.jp2", "T50TMK_20220601T030541_B04_10m.jp2").build(),
                "'red'", "B08");
    }

    // ---- generic and raw DN ----------------------------------------------------------------------------------------

    @Test
    void testGenericOnLandsatC2SrNamesWithoutScaleIsRefusedAndSaysWhy() {
        refused(SceneRequest.builder("generic", 2020, "g").bandFiles(C2 + "_SR_B4.TIF", C2 + "_SR_B5.TIF").build(),
                "Landsat Collection 2", "0.375", "'scale'", "allowRawDn");
    }

    @Test
    void testGenericOnSentinel2NamesWithoutScaleIsRefusedAndSaysWhy() {
        refused(SceneRequest.builder("generic", 2022, "g").bandFiles("T50TMK_20220601T030541_B04_10m.jp2",
                "T50TMK_20220601T030541_B08_10m.jp2").build(), "Sentinel-2", "BOA_ADD_OFFSET", "04.00");
        refused(SceneRequest.builder("generic", 2022, "g").bandFiles("B04.tif", "B08.tif").build(), "Sentinel-2");
    }

    @Test
    void testGenericRawDnOverrideGivesIdentity() {
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("generic", 2020, "g")
                .bandFiles(C2 + "_SR_B4.TIF", C2 + "_SR_B5.TIF").allowRawDn(true).build());
        assertEquals(Calibration.IDENTITY, s.redCalibration());
        assertEquals(Calibration.IDENTITY, s.nirCalibration());
    }

    @Test
    void testGenericWithoutScaleIsRefusedEvenForUnknownNames() {
        SensorException e = refused(SceneRequest.builder("generic", 2020, "g").bandFiles("red.tif", "nir.tif").build(),
                "'scale'", "'offset'");
        assertTrue(!e.getMessage().contains("0.375"), e.getMessage());
    }

    @Test
    void testGenericStackWithBandIndicesScaleNodataAndMaskValues() {
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("generic", 2021, "stack").baseDir(tmp)
                .red(new BandRef("stack.tif", 3)).nir(new BandRef("stack.tif", 4))
                .quality(new BandRef("stack.tif", 5)).maskValues(List.of(0, 255)).waterValues(List.of(2))
                .scaleOffset(1e-4, 0).nodata(-9999.0).build());
        assertEquals(new BandRef(tmp.resolve("stack.tif").toString(), 3), s.red());
        assertEquals(4, s.nir().band());
        assertCalibration(1e-4, 0, s.redCalibration());
        assertEquals(-9999.0, s.nodata());
        assertEquals(MASKED, s.quality().rule().classify(255));
        assertEquals(MaskRule.WATER, s.quality().rule().classify(2));
        assertEquals(CLEAR, s.quality().rule().classify(1));
    }

    @Test
    void testGenericMaskBitsAndNodataFromFile() {
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("generic", 2021, "g").bandFiles("/abs/red.tif",
                "/vsis3/bucket/nir.tif").quality(new BandRef("mask.tif", 1)).maskBits(0b1010).scaleOffset(1, 0)
                .baseDir(tmp).build());
        assertEquals("/abs/red.tif", s.red().path());
        assertEquals("/vsis3/bucket/nir.tif", s.nir().path());
        assertNull(s.nodata());
        assertEquals(new MaskRule.Bits(0b1010, 0), s.quality().rule());
        refused(SceneRequest.builder("generic", 2021, "g").bandFiles("r.tif", "n.tif").quality(new BandRef("m.tif", 1))
                .scaleOffset(1, 0).build(), "maskBits", "maskValues", "neither");
    }

    // ---- request and registry --------------------------------------------------------------------------------------

    @Test
    void testUnknownSensorIsRefusedListingKnownOnes() {
        refused(SceneRequest.builder("modis", 2020, "m").build(), "modis", "landsat-c2-l2", "sentinel-2-l2a", "generic");
        assertEquals(SensorPreset.SENTINEL_2_L2A, SensorPreset.byId("Sentinel_2_L2A"));
    }

    @Test
    void testScaleWithoutOffsetIsRefused() {
        SensorException e = assertThrows(SensorException.class, () -> new SceneRequest("generic", 2020, "g", null,
                null, null, null, null, 1e-4, null, null, null, null, null, null, null, null, null, false, false,
                true, null, null, null, null));
        assertTrue(e.getMessage().contains("'offset'") && e.getMessage().contains("scene g"), e.getMessage());
    }

    @Test
    void testMissingMetadataFileNamesSceneAndField() {
        refused(SceneRequest.builder("landsat-c2-l2", 2020, "lost").baseDir(tmp).metadata("nowhere_MTL.txt").build(),
                "scene lost", "'metadata'", "nowhere_MTL.txt");
    }

    @Test
    void testPresetBandIdentities() {
        assertEquals(List.of("SR_B4", "SR_B5", "QA_PIXEL"), List.of(SensorPreset.LANDSAT_C2_L2.redBand(),
                SensorPreset.LANDSAT_C2_L2.nirBand(), SensorPreset.LANDSAT_C2_L2.qualityBand()));
        assertEquals("SR_B3", SensorPreset.LANDSAT_C2_L2_TM.redBand());
        assertEquals("B04", SensorPreset.SENTINEL_2_L2A.redBand());
        for (int c = 0; c <= 11; c++) {
            assertEquals(SclMask.defaults().classify(c), SensorPreset.SENTINEL_2_L2A.defaultMask().classify(c));
        }
        assertEquals(QaPixelMask.defaults(), SensorPreset.LANDSAT_C2_L2.defaultMask());
    }
}
