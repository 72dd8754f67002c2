package org.forestcoverage.chart;

/** A position in a drawing, pixels, y down. */
public record Point(double x, double y) {
}
