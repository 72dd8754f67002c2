package org.forestcoverage.sensor;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

@Tag("unit")
class MtlFileTest {
    static final String XML_SAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <LANDSAT_METADATA_FILE>
              <PRODUCT_CONTENTS>
                <LANDSAT_PRODUCT_ID>LC09_L2SP_123032_20220601_20220603_02_T1</LANDSAT_PRODUCT_ID>
                <PROCESSING_LEVEL>L2SP</PROCESSING_LEVEL>
                <FILE_NAME_BAND_4>LC09_L2SP_123032_20220601_20220603_02_T1_SR_B4.TIF</FILE_NAME_BAND_4>
              </PRODUCT_CONTENTS>
              <IMAGE_ATTRIBUTES>
                <SPACECRAFT_ID>LANDSAT_9</SPACECRAFT_ID>
                <SUN_ELEVATION>66.1</SUN_ELEVATION>
              </IMAGE_ATTRIBUTES>
              <LEVEL2_SURFACE_REFLECTANCE_PARAMETERS>
                <REFLECTANCE_MULT_BAND_4>2.75e-05</REFLECTANCE_MULT_BAND_4>
              </LEVEL2_SURFACE_REFLECTANCE_PARAMETERS>
              <LEVEL1_RADIOMETRIC_RESCALING>
                <REFLECTANCE_MULT_BAND_4>2.0000E-05</REFLECTANCE_MULT_BAND_4>
              </LEVEL1_RADIOMETRIC_RESCALING>
            </LANDSAT_METADATA_FILE>
            """;

    @Test
    void testC2L2TextMtlGivesLevel2ScalingAndBandFiles() {
        MtlFile mtl = MtlFile.read(SharedData.c2l2Mtl());
        String g = "LEVEL2_SURFACE_REFLECTANCE_PARAMETERS.";
        assertEquals(2.75e-5, mtl.number(g + "REFLECTANCE_MULT_BAND_4"), 0);
        assertEquals(2.75e-5, mtl.number(g + "REFLECTANCE_MULT_BAND_5"), 0);
        assertEquals(-0.2, mtl.number(g + "REFLECTANCE_ADD_BAND_4"), 0);
        assertEquals(-0.2, mtl.number(g + "REFLECTANCE_ADD_BAND_5"), 0);
        assertEquals("LC08_L2SP_224078_20200127_20200823_02_T1_SR_B4.TIF",
                mtl.string("PRODUCT_CONTENTS.FILE_NAME_BAND_4"));
        assertEquals("LC08_L2SP_224078_20200127_20200823_02_T1_QA_PIXEL.TIF",
                mtl.string("PRODUCT_CONTENTS.FILE_NAME_QUALITY_L1_PIXEL"));
        // the Level-1 group holds the same keys with other values: the group keeps them apart
        assertEquals(2.0e-5, mtl.number("LEVEL1_RADIOMETRIC_RESCALING.REFLECTANCE_MULT_BAND_4"), 0);
        assertEquals("LC08_L1TP_224078_20200127_20200823_02_T1_B4.TIF",
                mtl.string("LEVEL1_PROCESSING_RECORD.FILE_NAME_BAND_4"));
        assertEquals("LANDSAT_8", mtl.string("SPACECRAFT_ID"));          // quotes removed
        assertEquals(57.73214399, mtl.number("SUN_ELEVATION"), 0);
        assertEquals("02", mtl.string("COLLECTION_NUMBER"));             // unquoted, kept as text
    }

    @Test
    void testBareKeyWithDifferentValuesInTwoGroupsIsAmbiguous() {
        MtlFile mtl = MtlFile.read(SharedData.c2l2Mtl());
        SensorException e = assertThrows(SensorException.class, () -> mtl.number("REFLECTANCE_MULT_BAND_4"));
        assertTrue(e.getMessage().contains("ambiguous"), e.getMessage());
        assertTrue(e.getMessage().contains("LC08_L2SP_224078_20200127_20200823_02_T1_MTL.txt"), e.getMessage());
    }

    @Test
    void testFloridaL1MtlGivesReflectanceMultAndAdd() {
        MtlFile mtl = MtlFile.read(SharedData.floridaMtl());
        assertEquals(2.0e-5, mtl.number("RADIOMETRIC_RESCALING.REFLECTANCE_MULT_BAND_4"), 0);
        assertEquals(2.0e-5, mtl.number("REFLECTANCE_MULT_BAND_5"), 0);
        assertEquals(-0.1, mtl.number("REFLECTANCE_ADD_BAND_4"), 0);
        assertEquals(64.74360932, mtl.number("IMAGE_ATTRIBUTES.SUN_ELEVATION"), 0);
        assertEquals("LC80200392015216LGN00_BQA.TIF", mtl.string("PRODUCT_METADATA.FILE_NAME_BAND_QUALITY"));
        assertFalse(mtl.has("COLLECTION_NUMBER"));                       // pre-collection
    }

    @Test
    void testXmlFormReadsGroupsAndLeaves() {
        MtlFile mtl = MtlFile.parse(XML_SAMPLE, "sample_MTL.xml");
        assertEquals(2.75e-5, mtl.number("LEVEL2_SURFACE_REFLECTANCE_PARAMETERS.REFLECTANCE_MULT_BAND_4"), 0);
        assertEquals(2.0e-5, mtl.number("LEVEL1_RADIOMETRIC_RESCALING.REFLECTANCE_MULT_BAND_4"), 0);
        assertEquals("LANDSAT_9", mtl.string("SPACECRAFT_ID"));
        assertEquals(66.1, mtl.number("SUN_ELEVATION"), 0);
        assertEquals(7, mtl.values().size());
    }

    @Test
    void testTextFormQuotedUnquotedAndCasePreserved() {
        MtlFile mtl = MtlFile.parse("""
                GROUP = L1_METADATA_FILE
                  GROUP = Attrs
                    Sun_Elevation = 45.0
                    NAME = "a b = c"
                  END_GROUP = Attrs
                END_GROUP = L1_METADATA_FILE
                END
                """, "t_MTL.txt");
        assertEquals(45.0, mtl.number("Attrs.Sun_Elevation"), 0);
        assertFalse(mtl.has("SUN_ELEVATION"));
        assertEquals("a b = c", mtl.string("NAME"));
    }

    @Test
    void testMissingKeyErrorNamesFileAndKey() {
        MtlFile mtl = MtlFile.parse(XML_SAMPLE, "sample_MTL.xml");
        SensorException e = assertThrows(SensorException.class, () -> mtl.number("REFLECTANCE_ADD_BAND_4"));
        assertTrue(e.getMessage().contains("sample_MTL.xml") && e.getMessage().contains("REFLECTANCE_ADD_BAND_4"),
                e.getMessage());
    }

    @Test
    void testNonNumericValueErrorNamesKey() {
        MtlFile mtl = MtlFile.parse(XML_SAMPLE, "sample_MTL.xml");
        SensorException e = assertThrows(SensorException.class, () -> mtl.number("SPACECRAFT_ID"));
        assertTrue(e.getMessage().contains("SPACECRAFT_ID") && e.getMessage().contains("LANDSAT_9"), e.getMessage());
    }

    @Test
    void testUnbalancedGroupsAreRefused() {
        assertThrows(SensorException.class, () -> MtlFile.parse("GROUP = A\n X = 1\n", "open_MTL.txt"));
        SensorException e = assertThrows(SensorException.class,
                () -> MtlFile.parse("GROUP = A\n X = 1\nEND_GROUP = B\n", "bad_MTL.txt"));
        assertTrue(e.getMessage().contains("bad_MTL.txt line 3"), e.getMessage());
    }

    @Test
    void testMalformedXmlIsRefused() {
        SensorException e = assertThrows(SensorException.class,
                () -> MtlFile.parse("<LANDSAT_METADATA_FILE><A>1</B>", "broken_MTL.xml"));
        assertTrue(e.getMessage().contains("broken_MTL.xml"), e.getMessage());
    }

    @Test
    void testTextStopsAtEndWhateverFollowsIt() {
        String body = "GROUP = L1_METADATA_FILE\n  GROUP = PRODUCT_METADATA\n    SPACECRAFT_ID = \"Landsat5\"\n"
                + "  END_GROUP = PRODUCT_METADATA\nEND_GROUP = L1_METADATA_FILE\n";
        // NUL padding right after END on the same line, then garbage a parser must not read
        MtlFile a = MtlFile.parse(body + "END" + "\0".repeat(60_000) + "\nnot = an MTL line\n?", "a_MTL.txt");
        assertEquals("Landsat5", a.string("SPACECRAFT_ID"));
        MtlFile b = MtlFile.parse(body + "END\n" + "\0".repeat(512), "b_MTL.txt");
        assertEquals(1, b.values().size());
        // no END at all (a truncated copy) still parses when its groups close
        assertEquals("Landsat5", MtlFile.parse(body, "c_MTL.txt").string("SPACECRAFT_ID"));
    }

    @Test
    void testXmlWithTrailingNulPaddingParses() {
        MtlFile mtl = MtlFile.parse(XML_SAMPLE + "\0".repeat(2048), "padded_MTL.xml");
        assertEquals("LANDSAT_9", mtl.string("SPACECRAFT_ID"));
    }

    @Test
    void testEmptyOrNulOnlyFilesAreRefusedBriefly() {
        SensorException e = assertThrows(SensorException.class, () -> MtlFile.parse("\0".repeat(70_000), "z_MTL.txt"));
        assertTrue(e.getMessage().contains("z_MTL.txt is empty") && e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void testExcerptIsShortAndPrintable() {
        assertEquals("KEY = \\0{6}", Excerpt.of("KEY = \0\0\0\0\0\0"));
        assertEquals("a\\tb\\u001B", Excerpt.of("a\tb\u001b"));
        String cut = Excerpt.of("x".repeat(500), 40);
        assertTrue(cut.startsWith("x".repeat(40)) && cut.endsWith("... (500 characters)"), cut);
        assertEquals("中文 ok", Excerpt.of("中文 ok"));
    }
}
