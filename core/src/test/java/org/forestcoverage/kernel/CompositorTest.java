package org.forestcoverage.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompositorTest {
    private static final double NaN = Double.NaN;

    @Test
    void cloudyInOneSceneClearInAnotherIsObserved() {
        double[] a = {NaN, 0.2, NaN};
        double[] b = {0.7, 0.5, NaN};
        double[] out = new double[3];
        byte[] water = new byte[3];
        short[] count = new short[3];
        Compositor.max().composite(List.of(a, b), List.of(new byte[3], new byte[3]), out, water, count, 3);
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
        Compositor.median().composite(v, w, out, new byte[1], new short[1], 1);
        assertEquals(0.5, out[0]);
        Compositor.percentile(100.0 / 3).composite(v, w, out, new byte[1], new short[1], 1);
        assertEquals(0.3, out[0]);
    }

    @Test
    void waterOnlyWhenEveryValidLookSaysWater() {
        double[] out = new double[2];
        byte[] water = new byte[2];
        Compositor.max().composite(List.of(new double[] {-0.2, -0.2}, new double[] {NaN, 0.4}),
                List.of(new byte[] {1, 1}, new byte[] {0, 0}), out, water, new short[2], 2);
        assertEquals(1, water[0]);
        assertEquals(0, water[1]);
    }
}
