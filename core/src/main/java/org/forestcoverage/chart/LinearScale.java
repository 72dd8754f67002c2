package org.forestcoverage.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps values of [{@code lo}, {@code hi}] linearly onto pixels [{@code from}, {@code to}] ({@code to} may be less
 * than {@code from}, as for a y axis). Immutable.
 *
 * <pre>{@code
 * LinearScale y = LinearScale.nice(44.1, 45.2, 5, 300, 20);   // domain widened to 44.0 .. 45.4, step 0.2
 * y.px(45.0);                                                  // pixel row of 45 %
 * y.ticks();                                                   // 44.0, 44.2, ..., 45.4
 * }</pre>
 */
public record LinearScale(double lo, double hi, double step, double from, double to) {

    public LinearScale {
        if (!(hi > lo) || !(step > 0)) {
            throw new IllegalArgumentException("scale over [" + lo + ", " + hi + "] with step " + step);
        }
    }

    /**
     * A scale whose domain covers [{@code min}, {@code max}] and starts and ends on a tick, with about
     * {@code ticks} ticks spaced 1, 2, 2.5 or 5 times a power of ten. A single value gets a domain around it.
     */
    public static LinearScale nice(double min, double max, int ticks, double from, double to) {
        if (!(Double.isFinite(min) && Double.isFinite(max)) || max < min) {
            throw new IllegalArgumentException("no finite range [" + min + ", " + max + "]");
        }
        if (max - min < 1e-9) {
            double pad = Math.max(Math.abs(min) * 0.01, 0.1);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, ticks - 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        if (hi <= lo) {
            hi = lo + step;
        }
        return new LinearScale(lo, hi, step, from, to);
    }

    /** The pixel of value {@code v}. */
    public double px(double v) {
        return from + (v - lo) / (hi - lo) * (to - from);
    }

    /** Tick values from {@code lo} to {@code hi}, every {@code step}. */
    public List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((hi - lo) / step);
        for (long i = 0; i <= n; i++) {
            out.add(lo + i * step);
        }
        return out;
    }

    /** Decimals needed to print the ticks exactly (0 for a step of 1 or more). */
    public int decimals() {
        for (int d = 0; d < 6; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return d;
            }
        }
        return 6;
    }
}
