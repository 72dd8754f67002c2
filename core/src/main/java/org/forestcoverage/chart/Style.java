package org.forestcoverage.chart;

import java.util.List;

/**
 * How a shape is painted: fill colour ({@code 0xRRGGBB}, or {@code -1} for none) with its opacity, stroke colour (or
 * {@code -1}), stroke width in pixels and an optional dash pattern (pixels on, off, ...). Immutable.
 */
public record Style(int fill, double fillOpacity, int stroke, double strokeWidth, List<Double> dash) {
    /** No fill or stroke. */
    public static final int NONE = -1;

    public Style {
        dash = dash == null ? List.of() : List.copyOf(dash);
        if (!(fillOpacity >= 0 && fillOpacity <= 1)) {
            throw new IllegalArgumentException("fill opacity " + fillOpacity + " is outside [0, 1]");
        }
    }

    public static Style fill(int rgb) {
        return new Style(rgb, 1, NONE, 0, List.of());
    }

    public static Style fill(int rgb, double opacity) {
        return new Style(rgb, opacity, NONE, 0, List.of());
    }

    public static Style stroke(int rgb, double width) {
        return new Style(NONE, 1, rgb, width, List.of());
    }

    public static Style dashed(int rgb, double width, double on, double off) {
        return new Style(NONE, 1, rgb, width, List.of(on, off));
    }

    /** This style with an outline. */
    public Style outlined(int rgb, double width) {
        return new Style(fill, fillOpacity, rgb, width, dash);
    }
}
