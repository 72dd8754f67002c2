package org.forestcoverage.kernel;

import java.util.StringJoiner;
import net.imglib2.Dimensions;
import net.imglib2.Interval;
import net.imglib2.util.Intervals;

/** The size check of every kernel: all images of one call must have the same dimensions. */
final class SameSize {
    private SameSize() {
    }

    /** Throws an {@link IllegalArgumentException} listing every image's dimensions when they differ. */
    static void check(String kernel, Interval... images) {
        for (Interval i : images) {
            if (!Intervals.equalDimensions((Dimensions) images[0], (Dimensions) i)) {
                StringJoiner j = new StringJoiner(", ");
                for (Interval k : images) {
                    j.add(Intervals.toString(k));
                }
                throw new IllegalArgumentException(kernel + ": image sizes differ: " + j);
            }
        }
    }
}
