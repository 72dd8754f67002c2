package org.forestcoverage.qa;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import org.forestcoverage.grid.PixelWindow;

/**
 * The area of an NDVI map at or above each threshold of a sweep, in one pass over the map: the map-based forest
 * coverage each threshold would give (forest iff NDVI >= threshold, as the analysis maps it).
 *
 * <pre>{@code
 * NdviAreaCurve curve = new NdviAreaCurve(new double[] {0.3, 0.31, ...}, grid -> pixelArea.rowAreaM2(row));
 * sampler.scanValues(512, curve::add);
 * double pct = curve.coveragePercent(12);   // share of the observed area with NDVI >= thresholds[12]
 * }</pre>
 *
 * <p>Each observed pixel (not NaN) adds its area to the bucket of the number of thresholds at or below its value
 * (a binary search), so one pass serves every threshold. Area per pixel row comes from {@code rowAreaM2} (ellipsoidal
 * rows on geographic grids). Not thread-safe.
 */
public final class NdviAreaCurve {

    private final double[] thresholds;
    private final IntToDoubleFunction rowAreaM2;
    private final double[] bucketM2;

    /**
     * @param thresholds ascending
     * @param rowAreaM2  area of one pixel of raster row {@code row}, m2
     */
    public NdviAreaCurve(double[] thresholds, IntToDoubleFunction rowAreaM2) {
        for (int i = 1; i < thresholds.length; i++) {
            if (!(thresholds[i] > thresholds[i - 1])) {
                throw new IllegalArgumentException("thresholds must ascend: " + thresholds[i - 1] + ", " + thresholds[i]);
            }
        }
        this.thresholds = thresholds.clone();
        this.rowAreaM2 = rowAreaM2;
        this.bucketM2 = new double[thresholds.length + 1];
    }

    /** Adds one tile of NDVI values (row-major, NaN = unobserved). */
    public void add(PixelWindow w, double[] ndvi) {
        for (int r = 0; r < w.height(); r++) {
            double area = rowAreaM2.applyAsDouble(w.row() + r);
            int base = r * w.width();
            for (int c = 0; c < w.width(); c++) {
                double v = ndvi[base + c];
                if (Double.isNaN(v)) {
                    continue;
                }
                int k = Arrays.binarySearch(thresholds, v);
                // k >= 0: v equals thresholds[k], which it meets, as do all below; else -k - 1 thresholds lie below v
                int atOrBelow = k >= 0 ? k + 1 : -k - 1;
                bucketM2[atOrBelow] += area;
            }
        }
    }

    /** Observed area, m2. */
    public double observedM2() {
        double s = 0;
        for (double b : bucketM2) {
            s += b;
        }
        return s;
    }

    /** Area with NDVI >= thresholds[i], m2. */
    public double forestM2(int i) {
        double s = 0;
        for (int k = i + 1; k < bucketM2.length; k++) {
            s += bucketM2[k];
        }
        return s;
    }

    /** 100 * forestM2(i) / observedM2(), NaN without observed area. */
    public double coveragePercent(int i) {
        double observed = observedM2();
        return observed > 0 ? 100 * forestM2(i) / observed : Double.NaN;
    }
}
