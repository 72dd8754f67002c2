package org.forestcoverage.kernel;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.real.DoubleType;
import org.junit.jupiter.api.Test;

@Tag("unit")
class CompositorTest {
    private static final double NaN = Double.NaN;

    /** Composites 1-row scenes; writes into out, water and count. */
    private static void composite(Compositor c, List<double[]> ndvi, List<byte[]> water, double[] out, byte[] wet,
                                  short[] count) {
        int n = out.length;
        List<RandomAccessibleInterval<DoubleType>> v = new ArrayList<>();
        List<RandomAccessibleInterval<ByteType>> w = new ArrayList<>();
        for (int s = 0; s < ndvi.size(); s++) {
            v.add(ArrayImgs.doubles(ndvi.get(s), n, 1));
            w.add(ArrayImgs.bytes(water.get(s), n, 1));
        }
        c.composite(v, w, ArrayImgs.doubles(out, n, 1), ArrayImgs.bytes(wet, n, 1), ArrayImgs.unsignedShorts(count, n, 1));
    }

    @Test
    void cloudyInOneSceneClearInAnotherIsObserved() {
        double[] a = {NaN, 0.2, NaN};
        double[] b = {0.7, 0.5, NaN};
        double[] out = new double[3];
        byte[] water = new byte[3];
        short[] count = new short[3];
        composite(Compositor.max(), List.of(a, b), List.of(new byte[3], new byte[3]), out, water, count);
        assertEquals(0.7, out[0]);
        assertEquals(0.5, out[1]);
        assertTrue(Double.isNaN(out[2]));
        assertEquals(1, count[0]);
        assertEquals(2, count[1]);
        assertEquals(0, count[2]);
    }

    @Test
    void medianAndPercentileOfThreeLooks() {
        double[] out = new double[1];
        List<double[]> v = List.of(new double[] {0.3}, new double[] {0.9}, new double[] {0.5});
        List<byte[]> w = List.of(new byte[1], new byte[1], new byte[1]);
        composite(Compositor.median(), v, w, out, new byte[1], new short[1]);
        assertEquals(0.5, out[0]);
        composite(Compositor.percentile(100.0 / 3), v, w, out, new byte[1], new short[1]);
        assertEquals(0.3, out[0]);
    }

    @Test
    void waterOnlyWhenEveryValidLookSaysWater() {
        double[] out = new double[2];
        byte[] water = new byte[2];
        composite(Compositor.max(), List.of(new double[] {-0.2, -0.2}, new double[] {NaN, 0.4}),
                List.of(new byte[] {1, 1}, new byte[] {0, 0}), out, water, new short[2]);
        assertEquals(1, water[0]);
        assertEquals(0, water[1]);
    }

    @Test
    void specsParseAndBadOnesNameTheChoices() {
        assertEquals(Compositor.max(), Compositor.parse("MAX"));
        assertEquals(Compositor.percentile(75), Compositor.parse("p75"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Compositor.parse("mean"));
        assertTrue(e.getMessage().contains("max, median, pNN (e.g. p75), bap, bap:DOY or medoid"), e.getMessage());
        assertEquals(Compositor.bap(213), Compositor.parse("bap"));
        assertEquals(Compositor.bap(180), Compositor.parse("bap:180"));
    }

    /**
     * Issue 13, medoid. Four points in (red, NIR) reflectance on one line, 0.05 apart then 0.30 on: P1 (0.10, 0.20),
     * P2 (0.13, 0.24), P3 (0.16, 0.28), P4 (0.34, 0.52). Distances by hand (3-4-5 steps): P1P2 = P2P3 = 0.05, P1P3 =
     * 0.10, P1P4 = 0.40, P2P4 = 0.35, P3P4 = 0.30. Scene s carries NDVI 0.1 (s + 1), so the NDVI out says which scene
     * was taken.
     * <ul>
     * <li>pixel 0: scenes 0, 1, 2 = P1, P2, P4 (3 cloudy): sums 0.45, 0.40, 0.75, scene 1;</li>
     * <li>pixel 1: scenes 0..3 = P4, P3, P2, P1: sums 1.05, 0.45, 0.45, 0.55, a tie of scenes 1 and 2, to the one
     * listed first;</li>
     * <li>pixel 2: scene 3 alone; pixel 3: nothing; pixel 4: scenes 1 (P1) and 3 (P4), two looks always tie.</li>
     * </ul>
     */
    @Test
    void medoidOfHandComputedLooksWithTiesToTheFirstListed() {
        double[][] p = {{0.10, 0.20}, {0.13, 0.24}, {0.16, 0.28}, {0.34, 0.52}};
        double[] label = {0.1, 0.2, 0.3, 0.4};
        // [scene][pixel] -> point index, -1 unobserved
        int[][] look = {{0, 3, -1, -1, -1}, {1, 2, -1, -1, 0}, {3, 1, -1, -1, -1}, {-1, 0, 3, -1, 3}};
        List<RandomAccessibleInterval<DoubleType>> ndvi = new ArrayList<>();
        List<RandomAccessibleInterval<ByteType>> water = new ArrayList<>();
        List<RandomAccessibleInterval<DoubleType>> red = new ArrayList<>();
        List<RandomAccessibleInterval<DoubleType>> nir = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            double[] v = new double[5];
            double[] r = new double[5];
            double[] n = new double[5];
            for (int i = 0; i < 5; i++) {
                int q = look[s][i];
                v[i] = q < 0 ? NaN : label[s];
                r[i] = q < 0 ? 0.9 : p[q][0];   // reflectance of unobserved looks must not count
                n[i] = q < 0 ? 0.9 : p[q][1];
            }
            ndvi.add(ArrayImgs.doubles(v, 5, 1));
            water.add(ArrayImgs.bytes(new byte[] {1, (byte) (s < 3 ? 1 : 0), 0, 0, 0}, 5, 1));
            red.add(ArrayImgs.doubles(r, 5, 1));
            nir.add(ArrayImgs.doubles(n, 5, 1));
        }
        double[] out = new double[5];
        byte[] wet = new byte[5];
        short[] count = new short[5];
        short[] chosen = new short[5];
        Compositor.medoid().medoid(ndvi, water, red, nir, ArrayImgs.doubles(out, 5, 1), ArrayImgs.bytes(wet, 5, 1),
                ArrayImgs.unsignedShorts(count, 5, 1), ArrayImgs.unsignedShorts(chosen, 5, 1));
        assertArrayEquals(new short[] {2, 2, 4, 0, 2}, chosen, "position + 1 of the chosen scene");
        assertArrayEquals(new double[] {0.2, 0.2, 0.4, NaN, 0.2}, out, "the chosen scene's NDVI");
        assertArrayEquals(new short[] {3, 4, 1, 0, 2}, count);
        assertArrayEquals(new byte[] {1, 0, 0, 0, 0}, wet, "water where every valid look says water");
        // the same looks listed the other way round: the tie of pixel 1 goes to scene 2, now listed first
        Compositor.medoid().medoid(reversed(ndvi), reversed(water), reversed(red), reversed(nir),
                ArrayImgs.doubles(out, 5, 1), ArrayImgs.bytes(wet, 5, 1), ArrayImgs.unsignedShorts(count, 5, 1),
                ArrayImgs.unsignedShorts(chosen, 5, 1));
        assertArrayEquals(new double[] {0.2, 0.3, 0.4, NaN, 0.4}, out, "reversed lists: ties to the first listed");
    }

    @Test
    void medoidIsParsedAndRefusesTheNdviOnlyComposite() {
        assertEquals(Compositor.medoid(), Compositor.parse("Medoid"));
        assertThrows(IllegalStateException.class, () -> composite(Compositor.medoid(), List.of(new double[1]),
                List.of(new byte[1]), new double[1], new byte[1], new short[1]));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }
}
