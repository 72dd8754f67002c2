package org.forestcoverage.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forestcoverage.scene.MaskRule.CLEAR;
import static org.forestcoverage.scene.MaskRule.MASKED;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.SceneSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: Landsat Level-1 MTLs of every age through the {@code landsat-l1-toa} preset, radiance to TOA reflectance.
 * Expected values are computed here from the MTL text (read with a regular expression), the published ESUN table
 * (Chander, Markham and Helder 2009, Table 2) and the formula rho = pi L d^2 / (ESUN cos(solar zenith)); the real
 * MTLs are test resources (sources and licences in SOURCES.md beside them).
 */
class Level1RadiometryTest {
    private static final String ETM_C1 = "LE07_L1GS_092082_20110214_20170221_01_T2_MTL.txt";
    private static final String TM_2012 = "LT51130632005152ASA00_MTL.txt";
    private static final String TM_OLD = "L5123032_03220100918_MTL.txt";

    @TempDir
    Path tmp;

    static String resource(String name) {
        try (InputStream in = Level1RadiometryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static double mtl(String text, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + "\\s*=\\s*\"?([-+0-9.Ee]+)\"?\\s*$").matcher(text);
        assertTrue(m.find(), "no " + key);
        return Double.parseDouble(m.group(1));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    private static SceneSpec spec(Path mtl, int year) {
        return Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", year, "scene").metadata(mtl.toString()).build());
    }

    private static double ndvi(double red, double nir) {
        return (nir - red) / (nir + red);
    }

    // ---- the acceptance case: Collection 1 ETM+ without its reflectance lines, NUL-padded --------------------------

    @Test
    void testEtmCollection1WithoutReflectanceRescalingAndWithNulPaddingGivesNdviWithin0025OfTheOriginal()
            throws IOException {
        String original = resource(ETM_C1);
        String stripped = Arrays.stream(original.split("\n"))
                .filter(l -> !l.contains("REFLECTANCE_MULT_BAND") && !l.contains("REFLECTANCE_ADD_BAND"))
                .collect(Collectors.joining("\n", "", "\n")) + "\0".repeat(60_000);
        Path mtl = write(ETM_C1, stripped);
        SceneSpec s = spec(mtl, 2011);

        // the original's reflectance rescaling, by hand (USGS: rho = (M DN + A) / sin(SUN_ELEVATION))
        double sinE = Math.sin(Math.toRadians(mtl(original, "SUN_ELEVATION")));
        double m3 = mtl(original, "REFLECTANCE_MULT_BAND_3");
        double a3 = mtl(original, "REFLECTANCE_ADD_BAND_3");
        double m4 = mtl(original, "REFLECTANCE_MULT_BAND_4");
        double a4 = mtl(original, "REFLECTANCE_ADD_BAND_4");
        int compared = 0;
        double worst = 0;
        for (int red = 1; red <= 255; red++) {
            for (int nir = 1; nir <= 255; nir++) {
                double r = (m3 * red + a3) / sinE;
                double n = (m4 * nir + a4) / sinE;
                if (r < 0.01 || n < 0.01) {
                    continue;                      // below 1 % reflectance NDVI is noise on any sensor
                }
                double viaRadiance = ndvi(s.redCalibration().reflectance(red), s.nirCalibration().reflectance(nir));
                worst = Math.max(worst, Math.abs(viaRadiance - ndvi(r, n)));
                compared++;
            }
        }
        assertTrue(compared > 50_000, "pixels compared: " + compared);
        assertTrue(worst <= 0.025, "largest NDVI difference " + worst);
        assertTrue(worst > 1e-4, "the two paths cannot be identical (USGS used other ESUN values): " + worst);
        assertTrue(s.provenance().scaling().startsWith("TOA reflectance from radiance"), s.provenance().scaling());
        assertTrue(s.provenance().scaling().contains("EARTH_SUN_DISTANCE"), s.provenance().scaling());
        // bands and BQA named by the MTL; Collection 1 BQA defaults mask cloud shadow (bits 7-8 = 11)
        assertEquals(mtl.getParent().resolve("LE07_L1GS_092082_20110214_20170221_01_T2_B3.TIF").toString(),
                s.red().path());
        assertTrue(s.quality().band().path().endsWith("_BQA.TIF"), s.quality().band().path());
        assertEquals(MASKED, s.quality().rule().classify(0b11 << 7));
        assertEquals(CLEAR, s.quality().rule().classify(0b01 << 7 | 0b01 << 5));
        assertTrue(s.provenance().mask().contains("cloud shadow"), s.provenance().mask());
    }

    @Test
    void testEtmCollection1RadianceToToaEqualsTheFormulaByHand() throws IOException {
        String original = resource(ETM_C1);
        String stripped = original.replaceAll("(?m)^\\s*REFLECTANCE_(MULT|ADD)_BAND_\\d = .*\n", "");
        SceneSpec s = spec(write(ETM_C1, stripped), 2011);
        double d = 0.9876111;                                          // EARTH_SUN_DISTANCE
        double cosZenith = Math.cos(Math.toRadians(90 - 51.05312766));   // SUN_ELEVATION
        for (int dn : new int[] {1, 37, 128, 255}) {
            double l3 = 6.2165E-01 * dn - 5.62165;                     // RADIANCE_MULT/ADD_BAND_3
            double l4 = 9.6929E-01 * dn - 6.06929;
            assertEquals(Math.PI * l3 * d * d / (1533 * cosZenith), s.redCalibration().reflectance(dn), 1e-12);
            assertEquals(Math.PI * l4 * d * d / (1039 * cosZenith), s.nirCalibration().reflectance(dn), 1e-12);
        }
    }

    @Test
    void testReflectanceRescalingWinsWhereBothArePresentAndTheRunSaysSo() {
        String original = resource(ETM_C1);
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2011, "e")
                .metadata(writeUnchecked(ETM_C1, original).toString()).build());
        double sinE = Math.sin(Math.toRadians(51.05312766));
        assertEquals(1.2491E-03 / sinE, s.redCalibration().scale(), 1e-15);
        assertEquals(-0.011296 / sinE, s.redCalibration().offset(), 1e-15);
        assertEquals(2.7732E-03 / sinE, s.nirCalibration().scale(), 1e-15);
        assertTrue(s.provenance().scaling().startsWith("TOA reflectance from the MTL's reflectance rescaling"),
                s.provenance().scaling());
    }

    private Path writeUnchecked(String name, String text) {
        try {
            return write(name, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ---- before 2012: LMAX/LMIN/QCALMAX/QCALMIN, no EARTH_SUN_DISTANCE ---------------------------------------------

    @Test
    void testPre2012TmMtlParsesAndConvertsWithTheDistanceOfItsAcquisitionDate() throws IOException {
        Path mtl = write(TM_OLD, resource(TM_OLD) + "\0".repeat(4096));
        SceneSpec s = spec(mtl, 2010);
        assertEquals(mtl.getParent().resolve("L5123032_03220100918_B30.TIF").toString(), s.red().path());
        assertEquals(mtl.getParent().resolve("L5123032_03220100918_B40.TIF").toString(), s.nir().path());
        assertNull(s.quality(), "TM products before Collection 1 have no BQA band");
        // by hand: L = (LMAX - LMIN) / (QCALMAX - QCALMIN) (DN - QCALMIN) + LMIN; d on 2010-09-18 (day 261) from the
        // day-of-year table of Chander et al. 2009, 1.00485 AU; ESUN 1536 (band 3), 1031 (band 4)
        double d = 1.00485;
        double cosZenith = Math.cos(Math.toRadians(90 - 46.9165248));
        for (int dn : new int[] {1, 20, 60, 200, 255}) {
            double l3 = (264.0 + 1.17) / 254 * (dn - 1) - 1.17;
            double l4 = (221.0 + 1.51) / 254 * (dn - 1) - 1.51;
            double r3 = Math.PI * l3 * d * d / (1536 * cosZenith);
            double r4 = Math.PI * l4 * d * d / (1031 * cosZenith);
            // Spencer's series is within 5e-4 AU of the table: 1e-3 relative in reflectance
            assertEquals(r3, s.redCalibration().reflectance(dn), 1e-3 * Math.max(Math.abs(r3), 0.01));
            assertEquals(r4, s.nirCalibration().reflectance(dn), 1e-3 * Math.max(Math.abs(r4), 0.01));
        }
        assertTrue(s.provenance().scaling().contains("LMAX/LMIN_BAND3, QCALMAX/QCALMIN_BAND3"),
                s.provenance().scaling());
        assertTrue(s.provenance().scaling().contains("acquisition date 2010-09-18"), s.provenance().scaling());
        assertTrue(s.provenance().water().startsWith("none"), s.provenance().water());
    }

    @Test
    void testTm2012FormatRadianceOnlyConverts() throws IOException {
        SceneSpec s = spec(write(TM_2012, resource(TM_2012)), 2005);
        double d = 1.01403;                                            // table, 2005-06-01 = day 152
        double cosZenith = Math.cos(Math.toRadians(90 - 50.44317205));
        double expected = Math.PI * (1.044 * 100 - 2.21398) * d * d / (1536 * cosZenith);
        assertEquals(expected, s.redCalibration().reflectance(100), 1e-3 * expected);
        assertTrue(s.provenance().scaling().contains("RADIANCE_MULT/ADD_BAND_3"), s.provenance().scaling());
    }

    @Test
    void testEarthSunDistanceWithinHalfAThousandthOfTheTable() {
        // Chander, Markham and Helder (2009), Earth-Sun distance by day of year (2010 is not a leap year)
        double[][] table = {{1, 0.98331}, {45, 0.98755}, {91, 0.99926}, {152, 1.01403}, {182, 1.01667},
                {261, 1.00485}, {305, 0.99253}, {365, 0.98333}};
        for (double[] t : table) {
            LocalDate day = LocalDate.ofYearDay(2010, (int) t[0]);
            assertEquals(t[1], EarthSunDistance.au(day), 5e-4, "day " + (int) t[0]);
        }
    }

    // ---- refusals that say what works ------------------------------------------------------------------------------

    @Test
    void testMtlWithoutAnyRescalingIsRefusedSayingWhatToStateAndAllowRawDnIsHonoured() throws IOException {
        String none = resource(ETM_C1).replaceAll("(?m)^\\s*(RADIANCE|REFLECTANCE)_(MULT|ADD|MAXIMUM|MINIMUM)_BAND_.*\n",
                "");
        Path mtl = write(ETM_C1, none);
        SensorException e = assertThrows(SensorException.class, () -> spec(mtl, 2011));
        assertTrue(e.getMessage().contains("RADIANCE_MULT/ADD_BAND_3") && e.getMessage().contains("\"scale\""),
                e.getMessage());
        assertTrue(!e.getMessage().contains("give the scene's full MTL"), e.getMessage());
        SceneSpec raw = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2011, "x").metadata(mtl.toString())
                .allowRawDn(true).build());
        assertEquals(1.0, raw.redCalibration().scale());
        // per-band scaling stated in the manifest works where the MTL has none
        SceneSpec stated = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2011, "x").metadata(mtl.toString())
                .bandScaling(org.forestcoverage.scene.BandRole.RED, 1.2e-3, -0.01)
                .bandScaling(org.forestcoverage.scene.BandRole.NIR, 2.7e-3, -0.02).build());
        assertEquals(2.7e-3, stated.nirCalibration().scale());
        assertTrue(stated.provenance().scaling().contains("stated in the manifest on \"red\""),
                stated.provenance().scaling());
    }

    @Test
    void testOliWithoutReflectanceRescalingIsRefusedWithTheOliConstants() throws IOException {
        Path florida = SharedData.floridaMtl();
        String text = Files.readString(florida).replaceAll("(?m)^\\s*REFLECTANCE_(MULT|ADD)_BAND_.*\n", "");
        Path mtl = write("l8_MTL.txt", text);
        SensorException e = assertThrows(SensorException.class, () -> spec(mtl, 2015));
        assertTrue(e.getMessage().contains("2.0E-05") && e.getMessage().contains("-0.1"), e.getMessage());
    }

    @Test
    void testL1BandsWithoutMtlSayTheOliConstantsWork() {
        SensorException e = assertThrows(SensorException.class, () -> Sensors.sceneSpec(SceneRequest.builder(
                "landsat-l1-toa", 2015, "x").bandFiles("LC08_L1TP_020039_20150804_20200908_02_T1_B4.TIF",
                "LC08_L1TP_020039_20150804_20200908_02_T1_B5.TIF").build()));
        assertTrue(e.getMessage().contains("'scale' 2.0E-05 and 'offset' -0.1"), e.getMessage());
        SensorException g = assertThrows(SensorException.class, () -> Sensors.sceneSpec(SceneRequest.builder(
                "generic", 2015, "x").bandFiles("LC08_L1TP_020039_20150804_20200908_02_T1_B4.TIF",
                "LC08_L1TP_020039_20150804_20200908_02_T1_B5.TIF").build()));
        assertTrue(g.getMessage().contains("landsat-l1-toa") && g.getMessage().contains("2.0E-05"), g.getMessage());
    }

    @Test
    void testLowBqaConfidenceIsRefusedWithTheReason() throws IOException {
        Path mtl = write(ETM_C1, resource(ETM_C1));
        SensorException e = assertThrows(SensorException.class, () -> Sensors.sceneSpec(SceneRequest.builder(
                "landsat-l1-toa", 2011, "x").metadata(mtl.toString()).maskConfidence("low").build()));
        assertTrue(e.getMessage().contains("whole scene") && e.getMessage().contains("'medium'"), e.getMessage());
        SceneSpec medium = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2011, "x").metadata(mtl.toString())
                .maskConfidence("medium").build());
        assertEquals(MASKED, medium.quality().rule().classify(0b10 << 5));   // cloud confidence medium
        assertEquals(CLEAR, medium.quality().rule().classify(0b01 << 5));    // low: not masked
    }

    @Test
    void testProductFolderAsMetadata() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("LE07_L1GS_092082_20110214_20170221_01_T2"));
        Files.writeString(folder.resolve(ETM_C1), resource(ETM_C1));
        SceneSpec s = spec(folder, 2011);
        assertEquals(folder.resolve("LE07_L1GS_092082_20110214_20170221_01_T2_B4.TIF").toString(), s.nir().path());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        SensorException e = assertThrows(SensorException.class, () -> spec(empty, 2011));
        assertTrue(e.getMessage().contains("holds no *_MTL.txt"), e.getMessage());
    }

    @Test
    void testGreenAndSwirFromTheMtlForAWaterIndex() throws IOException {
        Path mtl = write(TM_OLD, resource(TM_OLD));
        SceneSpec s = Sensors.sceneSpec(SceneRequest.builder("landsat-l1-toa", 2010, "x").metadata(mtl.toString())
                .water(SceneRequest.Water.index("mndwi", null)).build());
        var w = (org.forestcoverage.scene.WaterSource.Index) s.water();
        assertEquals(new BandRef(mtl.getParent().resolve("L5123032_03220100918_B20.TIF").toString(), 1), w.green());
        assertEquals(new BandRef(mtl.getParent().resolve("L5123032_03220100918_B50.TIF").toString(), 1), w.other());
        double cosZenith = Math.cos(Math.toRadians(90 - 46.9165248));
        double d = 1.00485;
        double swir = Math.PI * ((30.2 + 0.37) / 254 * (99) - 0.37) * d * d / (220.0 * cosZenith);
        assertEquals(swir, w.otherCalibration().reflectance(100), 1e-3 * swir);
        assertTrue(s.provenance().water().startsWith("MNDWI > 0"), s.provenance().water());
        assertTrue(s.provenance().scaling().contains("BAND2") && s.provenance().scaling().contains("BAND5"),
                s.provenance().scaling());
    }

    @Test
    void testNulPaddedMtlErrorsQuoteAShortPrintableExcerpt() throws IOException {
        // NULs before END (a truncated copy): the error names the line and shows the NULs counted, not 60 KB of them
        String text = resource(TM_OLD).replace("END_GROUP = L1_METADATA_FILE\nEND\n", "") + "GROUP\0"
                + "\0".repeat(60_000) + "TAIL\n";
        Path mtl = write(TM_OLD, text);
        SensorException e = assertThrows(SensorException.class, () -> MtlFile.read(mtl));
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().contains("line 130") && e.getMessage().contains("GROUP\\0{60001}TAIL"),
                e.getMessage());
        List<Character> controls = e.getMessage().chars().filter(c -> c < 0x20).mapToObj(c -> (char) c).toList();
        assertTrue(controls.isEmpty(), "control characters in the message: " + controls);
    }
}
