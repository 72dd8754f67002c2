package org.forestcoverage.trajectory;

/** Where a measured year stands against the planned line. */
public enum Verdict {
    /** Measured coverage above the line by more than the band. */
    AHEAD,
    /** |measured - expected| within the band (tolerance or confidence half-width, whichever is larger). */
    ON_TRACK,
    /** Measured coverage below the line by more than the band. */
    BEHIND
}
