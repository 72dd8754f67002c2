package org.forestcoverage.chart;

import java.util.List;

/**
 * A colour ramp: colours at evenly spaced stops over [0, 1], interpolated in RGB between them. Immutable.
 *
 * <pre>{@code
 * ColourRamp.GREENS.at(0.5);   // the middle green, 0xRRGGBB
 * }</pre>
 */
public record ColourRamp(List<Integer> stops) {
    /** Sequential greens (ColorBrewer Greens, 5 classes) for coverage: pale = little forest. */
    public static final ColourRamp GREENS = new ColourRamp(List.of(0xEDF8E9, 0xBAE4B3, 0x74C476, 0x31A354, 0x006D2C));
    /** Diverging brown-white-green (ColorBrewer BrBG, 5 classes) for change: brown = loss, green = gain. */
    public static final ColourRamp BROWN_GREEN = new ColourRamp(List.of(0xA6611A, 0xDFC27D, 0xF5F5F5, 0x80CDC1,
            0x018571));

    public ColourRamp {
        stops = List.copyOf(stops);
        if (stops.size() < 2) {
            throw new IllegalArgumentException("a ramp needs two colours or more");
        }
    }

    /** The colour at {@code t} in [0, 1] (clamped). */
    public int at(double t) {
        double c = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double pos = c * (stops.size() - 1);
        int i = Math.min((int) Math.floor(pos), stops.size() - 2);
        double f = pos - i;
        int a = stops.get(i);
        int b = stops.get(i + 1);
        return mix(a >> 16 & 0xFF, b >> 16 & 0xFF, f) << 16 | mix(a >> 8 & 0xFF, b >> 8 & 0xFF, f) << 8
                | mix(a & 0xFF, b & 0xFF, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
