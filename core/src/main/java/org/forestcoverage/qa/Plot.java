package org.forestcoverage.qa;

import java.util.OptionalInt;

/**
 * A ground-survey plot: an id, a point in the CRS {@code crs} (x = easting or longitude, y = northing or latitude, in
 * that CRS's units, axis order x/y whatever the CRS's official order), the reference label, optionally the survey
 * year and how it was drawn ({@link PlotDesign}). A plot re-measured in several years (a panel) is one {@code Plot}
 * per year with the same id and point. Immutable.
 *
 * <pre>{@code
 * Plot p = new Plot("P17", 116.40, 39.90, "EPSG:4326", ForestLabel.FOREST, OptionalInt.of(2023));
 * }</pre>
 *
 * @param id    unique within its file, non-blank
 * @param x     easting / longitude in CRS units, finite
 * @param y     northing / latitude in CRS units, finite
 * @param crs   the CRS as given (e.g. {@code EPSG:32650}, a WKT or a URN), non-blank
 * @param label the reference (ground) class
 * @param year  the survey year, if known
 * @param design its stratum, cluster and inclusion probability, as far as the file gives them
 */
public record Plot(String id, double x, double y, String crs, ForestLabel label, OptionalInt year, PlotDesign design) {

    /** A plot without design information. */
    public Plot(String id, double x, double y, String crs, ForestLabel label, OptionalInt year) {
        this(id, x, y, crs, label, year, PlotDesign.NONE);
    }

    public Plot {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("plot id is blank");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("plot " + id + " has non-finite coordinates (" + x + ", " + y + ")");
        }
        if (crs == null || crs.isBlank()) {
            throw new IllegalArgumentException("plot " + id + " has no CRS");
        }
        if (label == null) {
            throw new IllegalArgumentException("plot " + id + " has no label");
        }
        if (year == null) {
            year = OptionalInt.empty();
        }
        if (design == null) {
            design = PlotDesign.NONE;
        }
    }
}
