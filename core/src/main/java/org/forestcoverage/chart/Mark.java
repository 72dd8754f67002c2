package org.forestcoverage.chart;

/** One element of a {@link Drawing}. */
public sealed interface Mark permits Shape, Dot, Label, Picture {
    /** Tooltip and data attributes. */
    Meta meta();
}
