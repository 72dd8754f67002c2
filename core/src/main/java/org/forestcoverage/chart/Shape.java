package org.forestcoverage.chart;

import java.util.List;

/**
 * Polylines or polygons: each ring is a list of points; closed rings are filled with the even-odd rule, so a ring
 * inside another is a hole. Immutable.
 *
 * @param rings  one or more rings of at least two points
 * @param closed whether the rings are closed polygons (filled) or open lines
 */
public record Shape(List<List<Point>> rings, boolean closed, Style style, Meta meta) implements Mark {
    public Shape {
        rings = rings.stream().map(List::copyOf).toList();
        meta = meta == null ? Meta.NONE : meta;
    }

    public static Shape line(List<Point> points, Style style) {
        return new Shape(List.of(points), false, style, Meta.NONE);
    }

    public static Shape polygon(List<Point> points, Style style, Meta meta) {
        return new Shape(List.of(points), true, style, meta);
    }

    public static Shape rect(double x, double y, double w, double h, Style style, Meta meta) {
        return polygon(List.of(new Point(x, y), new Point(x + w, y), new Point(x + w, y + h), new Point(x, y + h)),
                style, meta);
    }
}
