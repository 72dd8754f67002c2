package org.forestcoverage.qa;

/**
 * What happened to one plot when it was checked against one forest map, in the order the checks are made: a plot
 * is {@link #USED} only when it passes all of them. Every other status is counted and reported with the plot's id,
 * never silently dropped.
 */
public enum PlotStatus {
    /** In the assessment: inside the raster (and a district when districts are given), on forest or non-forest. */
    USED("used"),
    /** Its point lies outside the raster (or could not be transformed into the raster's CRS). */
    OUTSIDE_RASTER("outside_raster"),
    /** Its survey year differs from the map's year. */
    OTHER_YEAR("other_year"),
    /** Districts were given and its point lies in none of them. */
    OUTSIDE_DISTRICTS("outside_districts"),
    /** Its pixel is unobserved (masked: cloud, nodata) in the map. */
    UNOBSERVED("unobserved"),
    /** Its pixel is water in the map. */
    WATER("water");

    private final String text;

    PlotStatus(String text) {
        this.text = text;
    }

    /** The name used in output files, e.g. {@code outside_raster}. */
    public String text() {
        return text;
    }
}
