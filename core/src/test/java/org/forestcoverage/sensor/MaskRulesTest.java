package org.forestcoverage.sensor;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.forestcoverage.scene.MaskRule.CLEAR;
import static org.forestcoverage.scene.MaskRule.MASKED;
import static org.forestcoverage.scene.MaskRule.WATER;

import java.util.EnumSet;
import java.util.List;
import org.forestcoverage.scene.MaskRule;
import org.junit.jupiter.api.Test;

@Tag("unit")
class MaskRulesTest {
    /** Builds a QA value from bit positions and 2-bit fields, independently of the code under test. */
    private static int bits(int... positions) {
        int v = 0;
        for (int p : positions) {
            v |= 1 << p;
        }
        return v;
    }

    private static int field(int shift, int value) {
        return value << shift;
    }

    // ---- QA_PIXEL -----------------------------------------------------------------------------------------------

    @Test
    void testQaPixelLiteralValuesFromTheProductGuide() {
        // clear land: clear (6) + low confidence (01) in cloud 8-9, shadow 10-11, snow 12-13, cirrus 14-15
        int clearLand = bits(6) | field(8, 1) | field(10, 1) | field(12, 1) | field(14, 1);
        assertEquals(21824, clearLand);
        int clearWater = clearLand | bits(7);
        assertEquals(21952, clearWater);
        int cloud = bits(3) | field(8, 3) | field(10, 1) | field(12, 1) | field(14, 1);
        assertEquals(22280, cloud);
        int dilated = bits(1) | field(8, 1) | field(10, 1) | field(12, 1) | field(14, 1);
        int shadow = bits(4) | field(8, 1) | field(10, 3) | field(12, 1) | field(14, 1);
        int snow = bits(5) | field(8, 1) | field(10, 1) | field(12, 3) | field(14, 1);
        int cirrus = bits(2) | field(8, 1) | field(10, 1) | field(12, 1) | field(14, 3);
        MaskRule r = QaPixelMask.defaults();
        assertEquals(CLEAR, r.classify(clearLand));
        assertEquals(WATER, r.classify(clearWater));
        assertEquals(MASKED, r.classify(cloud));
        assertEquals(MASKED, r.classify(dilated));
        assertEquals(MASKED, r.classify(shadow));
        assertEquals(MASKED, r.classify(snow));
        assertEquals(MASKED, r.classify(cirrus));
        assertEquals(MASKED, r.classify(1));                           // fill
        assertEquals(MASKED, r.classify(cloud | bits(7)));             // cloud over water is unobserved, not water
    }

    @Test
    void testQaPixelConfigurableFlagsKeepFillAlways() {
        MaskRule r = QaPixelMask.rule(EnumSet.of(QaPixelMask.Flag.CLOUD), false);
        assertEquals(CLEAR, r.classify(bits(5)));                       // snow not selected
        assertEquals(CLEAR, r.classify(bits(7)));                       // water not reported
        assertEquals(MASKED, r.classify(bits(3)));
        assertEquals(MASKED, r.classify(bits(0)));                      // fill always
        assertEquals(new MaskRule.Bits(0b1001, 0), r);
    }

    @Test
    void testQaPixelFlagNamesParseAndUnknownIsRefused() {
        assertEquals(EnumSet.of(QaPixelMask.Flag.DILATED_CLOUD, QaPixelMask.Flag.CLOUD_SHADOW),
                QaPixelMask.parseFlags(List.of("dilated-cloud", "cloud_shadow"), "ctx"));
        SensorException e = assertThrows(SensorException.class,
                () -> QaPixelMask.parseFlags(List.of("haze"), "scene X: field 'maskFlags'"));
        assertTrue(e.getMessage().contains("haze") && e.getMessage().contains("scene X"), e.getMessage());
    }

    // ---- SCL ----------------------------------------------------------------------------------------------------

    @Test
    void testSclDefaultClasses() {
        MaskRule r = SclMask.defaults();
        int[] expected = {MASKED, MASKED, CLEAR, MASKED, CLEAR, CLEAR, WATER, CLEAR, MASKED, MASKED, MASKED, MASKED};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], r.classify(c), "SCL class " + c);
        }
    }

    @Test
    void testSclClassOutOfRangeOrBothMaskedAndWaterIsRefused() {
        assertThrows(SensorException.class, () -> SclMask.rule(List.of(12), List.of()));
        assertThrows(SensorException.class, () -> SclMask.rule(List.of(6), List.of(6)));
        assertEquals(MASKED, SclMask.rule(List.of(9), List.of()).classify(0));   // class 0 always masked
    }

    // ---- BQA ----------------------------------------------------------------------------------------------------

    @Test
    void testPreCollectionBqaLiteralValues() {
        MaskRule r = BqaMask.defaults(BqaMask.Layout.PRE_COLLECTION);
        int clear = field(14, 1) | field(12, 1);                        // cloud "no", cirrus "no"
        assertEquals(20480, clear);
        assertEquals(CLEAR, r.classify(clear));
        assertEquals(CLEAR, r.classify(clear | field(4, 2)));           // water "maybe": not reported
        assertEquals(MASKED, r.classify(field(14, 3) | field(12, 1)));  // 53248 cloud "yes"
        assertEquals(CLEAR, r.classify(field(14, 2) | field(12, 1)));   // 36864 cloud "maybe" at HIGH
        assertEquals(MASKED, r.classify(field(14, 1) | field(12, 3)));  // 28672 cirrus "yes"
        assertEquals(MASKED, r.classify(clear | field(10, 3)));         // 23552 snow "yes"
        assertEquals(MASKED, r.classify(bits(0)));                      // designated fill
        assertEquals(MASKED, r.classify(clear | bits(1)));              // dropped frame
        assertEquals(MASKED, r.classify(clear | bits(2)));              // terrain occlusion
    }

    @Test
    void testPreCollectionBqaMediumConfidenceMasksMaybe() {
        MaskRule r = BqaMask.rule(BqaMask.Layout.PRE_COLLECTION, EnumSet.of(BqaMask.Flag.CLOUD),
                BqaMask.Confidence.MEDIUM);
        assertEquals(MASKED, r.classify(36864));
        assertEquals(CLEAR, r.classify(28672));                         // cirrus not selected
        assertThrows(SensorException.class, () -> BqaMask.rule(BqaMask.Layout.PRE_COLLECTION,
                EnumSet.of(BqaMask.Flag.CLOUD_SHADOW), BqaMask.Confidence.HIGH));
    }

    @Test
    void testCollection1BqaLiteralValues() {
        MaskRule r = BqaMask.rule(BqaMask.Layout.COLLECTION_1,
                EnumSet.of(BqaMask.Flag.CLOUD, BqaMask.Flag.CLOUD_SHADOW, BqaMask.Flag.CIRRUS, BqaMask.Flag.SNOW),
                BqaMask.Confidence.HIGH);
        int clear = field(5, 1) | field(7, 1) | field(9, 1) | field(11, 1);
        assertEquals(2720, clear);                                      // the familiar C1 L8 "clear" value
        assertEquals(CLEAR, r.classify(clear));
        assertEquals(MASKED, r.classify(bits(4) | field(5, 3) | field(7, 1) | field(9, 1) | field(11, 1)));  // 2800
        assertEquals(MASKED, r.classify(field(5, 1) | field(7, 3) | field(9, 1) | field(11, 1)));            // shadow
        assertEquals(MASKED, r.classify(field(5, 1) | field(7, 1) | field(9, 1) | field(11, 3)));            // cirrus
        assertEquals(CLEAR, r.classify(field(5, 2) | field(7, 1) | field(9, 1) | field(11, 1)));             // medium
        assertEquals(MASKED, r.classify(1));
    }

    /**
     * The value histogram of ../shared/data/landsat8-l1-florida/l8_BQA.tif (627 x 603 = 378,081 px), read with
     * Debian's python3-gdal (numpy.unique). The default rule masks 31.9 %; cloud "yes" alone 6.0 %, cloud at
     * "maybe" or above 14.9 %. The MTL's CLOUD_COVER 11.08 describes the whole 185 km scene, not this subset.
     */
    @Test
    void testFloridaBqaHistogramMaskedFractions() {
        int[][] histogram = {{20512, 152503}, {20480, 98763}, {28672, 68405}, {45056, 27078}, {61440, 20140},
                {36864, 6297}, {53248, 2591}, {28704, 2223}, {53280, 41}, {36896, 25}, {45088, 6}, {23552, 5},
                {61472, 4}};
        long total = 0;
        for (int[] h : histogram) {
            total += h[1];
        }
        assertEquals(627L * 603L, total);
        var all = BqaMask.defaults(BqaMask.Layout.PRE_COLLECTION);
        var cloudHigh = BqaMask.rule(BqaMask.Layout.PRE_COLLECTION, EnumSet.of(BqaMask.Flag.CLOUD),
                BqaMask.Confidence.HIGH);
        var cloudMedium = BqaMask.rule(BqaMask.Layout.PRE_COLLECTION, EnumSet.of(BqaMask.Flag.CLOUD),
                BqaMask.Confidence.MEDIUM);
        assertEquals(0.3187, fraction(all, histogram, total), 5e-5);
        assertEquals(0.0602, fraction(cloudHigh, histogram, total), 5e-5);
        assertEquals(0.1486, fraction(cloudMedium, histogram, total), 5e-5);
    }

    private static double fraction(MaskRule r, int[][] histogram, long total) {
        long masked = 0;
        for (int[] h : histogram) {
            if (r.classify(h[0]) == MASKED) {
                masked += h[1];
            }
        }
        return (double) masked / total;
    }

    @Test
    void testBitFieldRejectsOutOfRangeField() {
        assertThrows(IllegalArgumentException.class, () -> new BitFieldMask.Field("x", 30, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new BitFieldMask.Field("x", 14, 2, 4));
    }
}
