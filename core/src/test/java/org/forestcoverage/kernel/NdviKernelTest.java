package org.forestcoverage.kernel;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;
import org.forestcoverage.raster.PixelType;
import org.forestcoverage.scene.Calibration;
import org.junit.jupiter.api.Test;

@Tag("unit")
class NdviKernelTest {
    private static final BandDecoder INT16 = BandDecoder.of(PixelType.INT16, -9999.0, new Calibration(1e-4, 0));
    private static final BandDecoder UINT16 = BandDecoder.of(PixelType.UINT16, 0.0, new Calibration(2.75e-5, -0.2));

    private static NdviRule rule(BandDecoder d) {
        return new NdviRule(d, d);
    }

    /** NDVI of a 1-row tile through the kernel. */
    private static double[] ndvi(NdviRule rule, short[] red, short[] nir) {
        double[] out = new double[red.length];
        NdviKernel.shorts(rule, ArrayImgs.shorts(red, red.length, 1), ArrayImgs.shorts(nir, nir.length, 1),
                ArrayImgs.doubles(out, out.length, 1));
        return out;
    }

    /** NDVI, then the classifier (no water): the general path. */
    private static byte[] classify(NdviRule rule, short[] red, short[] nir) {
        return classify(rule, red, nir, 0.6);
    }

    private static byte[] classify(NdviRule rule, short[] red, short[] nir, double t) {
        double[] v = ndvi(rule, red, nir);
        byte[] out = new byte[red.length];
        new ForestClassifier(Threshold.of(t)).classify(ArrayImgs.doubles(v, v.length, 1),
                ArrayImgs.bytes(new byte[v.length], v.length, 1), ArrayImgs.bytes(out, out.length, 1));
        return out;
    }

    /** The fused path: classes straight from the bands. */
    private static byte[] direct(NdviRule rule, short[] red, short[] nir, double t) {
        byte[] out = new byte[red.length];
        new ForestClassifier(Threshold.of(t)).classify(rule, ArrayImgs.shorts(red, red.length, 1),
                ArrayImgs.shorts(nir, nir.length, 1), ArrayImgs.bytes(out, out.length, 1));
        return out;
    }

    @Test
    void thresholdTieIsForest() {
        // setup: NIR == 4 x red is NDVI exactly 0.6; one DN less of NIR is below
        short[] red = {1000, 1, 2500, 1000, 7};
        short[] nir = {4000, 4, 10000, 3999, 28};
        // process
        byte[] c = classify(rule(INT16), red, nir);
        // test
        assertEquals(LandClass.FOREST, c[0]);
        assertEquals(LandClass.FOREST, c[1]);
        assertEquals(LandClass.FOREST, c[2]);
        assertEquals(LandClass.NON_FOREST, c[3]);
        assertEquals(LandClass.FOREST, c[4]);
    }

    @Test
    void zeroOverZeroIsUnobserved() {
        byte[] c = classify(rule(INT16), new short[] {0}, new short[] {0});
        assertEquals(LandClass.UNOBSERVED, c[0]);
    }

    @Test
    void nodataInOneBandOnlyIsUnobserved() {
        byte[] c = classify(rule(INT16), new short[] {-9999, 500}, new short[] {4000, -9999});
        assertEquals(LandClass.UNOBSERVED, c[0]);
        assertEquals(LandClass.UNOBSERVED, c[1]);
    }

    @Test
    void sumBeyondInt16DoesNotOverflow() {
        // 30000 + 7000 = 37000 does not fit in 16 bits; true NDVI = 23000 / 37000 = 0.6216 -> forest
        short[] red = {7000, 6100};
        short[] nir = {30000, 32000};
        double[] ndvi = ndvi(rule(INT16), red, nir);
        assertEquals(23000.0 / 37000.0, ndvi[0], 0);
        assertEquals(25900.0 / 38100.0, ndvi[1], 0);
        assertTrue(ndvi[0] >= 0.6);
    }

    @Test
    void unsignedLandsatDnIsScaledBeforeNdvi() {
        // Landsat C2 L2: DN 40000 -> 0.9, DN 15000 -> 0.2125; NDVI = 0.6875 / 1.1125
        short[] red = {(short) 15000};
        short[] nir = {(short) 40000};
        double[] ndvi = ndvi(rule(UINT16), red, nir);
        double r = 15000 * 2.75e-5 - 0.2;
        double n = 40000 * 2.75e-5 - 0.2;
        assertEquals((n - r) / (n + r), ndvi[0], 1e-12);
        // the raw-DN NDVI would be 0.4545: the offset matters
        assertTrue(Math.abs(ndvi[0] - 25000.0 / 55000.0) > 0.1);
    }

    @Test
    void landsatFillIsUnobserved() {
        double[] ndvi = ndvi(rule(UINT16), new short[] {0}, new short[] {(short) 40000});
        assertTrue(Double.isNaN(ndvi[0]));
    }

    @Test
    void viewsGiveTheSameNdviAsTheArrayImages() {
        // setup: a 4 x 3 tile whose values are their own coordinates, and views of it that are not array images
        short[] red = new short[12];
        short[] nir = new short[12];
        for (int i = 0; i < 12; i++) {
            red[i] = (short) (i * 100);
            nir[i] = (short) (i == 5 ? -9999 : 4000 - i * 100);
        }
        double[] flat = new double[12];
        double[] viaView = new double[12];
        // process
        NdviKernel.shorts(rule(INT16), ArrayImgs.shorts(red, 4, 3), ArrayImgs.shorts(nir, 4, 3),
                ArrayImgs.doubles(flat, 4, 3));
        NdviKernel.shorts(rule(INT16), Views.translate(ArrayImgs.shorts(red, 4, 3), 10, 20),
                Views.translate(ArrayImgs.shorts(nir, 4, 3), 10, 20),
                Views.translate(ArrayImgs.doubles(viaView, 4, 3), 10, 20));
        // test
        assertTrue(Double.isNaN(flat[5]) && Double.isNaN(viaView[5]), "nodata NIR is unobserved");
        for (int i = 0; i < 12; i++) {
            if (i != 5) {
                double expected = ((4000 - i * 100) - i * 100) / (double) (4000);
                assertEquals(expected, flat[i], 0, "array image pixel " + i);
                assertEquals(expected, viaView[i], 0, "view pixel " + i);
            }
        }
    }

    @Test
    void tieIsExactWhenTheOffsetIsAWholeNumberOfScaleSteps() {
        // Landsat L1 TOA style: reflectance = 2e-5 DN - 0.1, i.e. (DN - 5000) x 2e-5. NIR = 4 red in reflectance
        // means DN5 - 5000 = 4 (DN4 - 5000), i.e. DN5 = 4 DN4 - 15000: NDVI exactly 0.6 -> forest
        BandDecoder l1 = BandDecoder.of(PixelType.UINT16, 0.0, new Calibration(2e-5, -0.1));
        short[] red = {(short) 7000, (short) 7000};
        short[] nir = {(short) 13000, (short) 12999};
        byte[] c = classify(rule(l1), red, nir);
        assertEquals(LandClass.FOREST, c[0]);
        assertEquals(LandClass.NON_FOREST, c[1]);
    }

    @Test
    void directClassificationEqualsNdviThenClassifier() {
        // ties, 0/0, nodata in either band, 16-bit overflow, whole-step offsets and a plain offset
        short[] red = {1000, 0, -9999, 500, 7000, 7000, 2500, 1, 3000};
        short[] nir = {4000, 0, 4000, -9999, 30000, 29000, 9999, 4, 3000};
        BandDecoder l1 = BandDecoder.of(PixelType.INT16, -9999.0, new Calibration(2e-5, -0.1));
        BandDecoder odd = BandDecoder.of(PixelType.INT16, -9999.0, new Calibration(1e-4, -0.01234));
        for (BandDecoder d : new BandDecoder[] {INT16, l1, odd}) {
            for (double t : new double[] {0.6, 0.123456789}) {
                assertArrayEquals(classify(rule(d), red, nir, t), direct(rule(d), red, nir, t),
                        "calibration " + d.calibration() + ", threshold " + t);
            }
        }
    }

    @Test
    void integerThresholdTestAgreesWithTheDivisionEverywhere() {
        // the oracle is the rule as written, (n - r) / (double) (n + r + 2K) >= t, pixel by pixel; pixels are
        // random DNs plus, for each threshold p / q, pairs whose cross product (n - r) q - p (n + r) is -1, 0 or 1
        java.util.Random rnd = new java.util.Random(7);
        double[] thresholds = {0.6, 0.3, 0.55, 1 / 3.0, 0.7, -0.2, 0, 1, 0.123456789};
        int[][] fractions = {{3, 5}, {3, 10}, {11, 20}, {1, 3}, {7, 10}, {-1, 5}, {0, 1}, {1, 1}, {1, 8}};
        BandDecoder l1 = BandDecoder.of(PixelType.UINT16, 0.0, new Calibration(2e-5, -0.1));
        for (BandDecoder d : new BandDecoder[] {INT16, UINT16, l1}) {
            double steps = d.calibration().offset() / d.calibration().scale();
            // Landsat C2's -0.2 / 2.75e-5 is not a whole number of steps: reflectances in double, as documented
            boolean wholeSteps = Math.abs(steps - Math.rint(steps)) <= 1e-9 * Math.max(1, Math.abs(steps));
            int twoK = (int) Math.rint(2 * steps);
            for (int ti = 0; ti < thresholds.length; ti++) {
                double t = thresholds[ti];
                int n = 20_000;
                short[] red = new short[n];
                short[] nir = new short[n];
                for (int i = 0; i < n; i++) {
                    int lo = d.type().isUnsigned() ? 0 : -32768;
                    red[i] = (short) (lo + rnd.nextInt(65536));
                    nir[i] = (short) (lo + rnd.nextInt(65536));
                    if (i % 2 == 0) {
                        // near the boundary: n (q - p) - r (q + p) = e + p 2K  =>  pick r, solve for n when whole
                        int p = fractions[ti][0];
                        int q = fractions[ti][1];
                        int r = d.type().isUnsigned() ? rnd.nextInt(30_000) : rnd.nextInt(15_000);
                        int e = rnd.nextInt(3) - 1;
                        long num = (long) e + (long) p * twoK + (long) r * (q + p);
                        if (q != p && num % (q - p) == 0) {
                            red[i] = (short) r;
                            nir[i] = (short) (num / (q - p));
                        }
                    }
                }
                byte[] direct = direct(rule(d), red, nir, t);
                for (int i = 0; i < n; i++) {
                    int r = red[i] & d.shortMask();
                    int v = nir[i] & d.shortMask();
                    int sum = r + v + twoK;
                    boolean nodata = r == d.nodata().rawShort() || v == d.nodata().rawShort();
                    byte expected = nodata || sum <= 0 ? LandClass.UNOBSERVED
                            : (v - r) / (double) sum >= t ? LandClass.FOREST : LandClass.NON_FOREST;
                    if (!wholeSteps) {
                        double rr = d.calibration().reflectance(r);
                        double nr = d.calibration().reflectance(v);
                        expected = nodata || !(rr + nr > 0) ? LandClass.UNOBSERVED
                                : (nr - rr) / (rr + nr) >= t ? LandClass.FOREST : LandClass.NON_FOREST;
                    }
                    assertEquals(expected, direct[i], "red " + r + " nir " + v + " t " + t + " " + d.calibration());
                }
            }
        }
    }

    @Test
    void thresholdsAsSmallFractions() {
        assertArrayEquals(new long[] {3, 5}, new long[] {Threshold.of(0.6).p(), Threshold.of(0.6).q()});
        assertArrayEquals(new long[] {1, 3}, new long[] {Threshold.of(1 / 3.0).p(), Threshold.of(1 / 3.0).q()});
        assertArrayEquals(new long[] {-1, 5}, new long[] {Threshold.of(-0.2).p(), Threshold.of(-0.2).q()});
        assertFalse(Threshold.of(0.123456789).hasFraction());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Threshold.of(Double.NaN));
    }
}
