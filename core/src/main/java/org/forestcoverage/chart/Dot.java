package org.forestcoverage.chart;

/** A circle of radius {@code r} pixels centred on ({@code x}, {@code y}). Immutable. */
public record Dot(double x, double y, double r, Style style, Meta meta) implements Mark {
    public Dot {
        meta = meta == null ? Meta.NONE : meta;
    }
}
