package org.forestcoverage.kernel;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(e.getMessage().contains("max, median or pNN"), e.getMessage());
    }
}
