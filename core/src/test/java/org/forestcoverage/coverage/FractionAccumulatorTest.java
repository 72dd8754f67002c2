package org.forestcoverage.coverage;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.forestcoverage.grid.PixelWindow;
import org.junit.jupiter.api.Test;

@Tag("unit")
class FractionAccumulatorTest {
    static final double[] U = {0.5, 2.5, 2.5, 0.5};
    static final double[] V = {0.5, 0.5, 2.5, 2.5};

    @Test
    void testInsetSquareInFrameUnits() {
        // setup: the ring runs clockwise on the map (v grows south), so it adds area with sign -1
        FractionAccumulator acc = new FractionAccumulator(new PixelWindow(0, 0, 3, 3));
        // process
        acc.addRing(U, V, 4, -1);
        // test
        assertArrayEquals(new double[] {.25, .5, .25, .5, 1, .5, .25, .5, .25}, acc.toMatrix().toArray(), 0.0);
    }

    @Test
    void testRingAddedWithBothSignsCancels() {
        FractionAccumulator acc = new FractionAccumulator(new PixelWindow(0, 0, 3, 3));
        acc.addRing(U, V, 4, -1);
        acc.addRing(U, V, 4, 1);
        assertArrayEquals(new double[9], acc.toMatrix().toArray(), 0.0);
    }

    @Test
    void testWindowOffsetInFrame() {
        // the same square seen through a window covering frame columns 1..2 and rows 1..2
        FractionAccumulator acc = new FractionAccumulator(new PixelWindow(1, 1, 2, 2));
        acc.addRing(U, V, 4, -1);
        assertArrayEquals(new double[] {1, .5, .5, .25}, acc.toMatrix().toArray(), 0.0);
    }

    @Test
    void testMatrixCanBeTakenOnce() {
        FractionAccumulator acc = new FractionAccumulator(new PixelWindow(0, 0, 1, 1));
        acc.toMatrix();
        assertThrows(IllegalStateException.class, acc::toMatrix);
    }
}
