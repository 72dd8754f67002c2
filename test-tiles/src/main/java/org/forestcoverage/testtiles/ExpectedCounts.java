package org.forestcoverage.testtiles;

/**
 * Pixel counts of one district (or of the city, id {@link #CITY}) known by construction. Pixels are 30 m x 30 m
 * (900 m2). {@code totalPx} is the district's whole area in pixels, including any part outside the scene, which
 * counts as unobserved: {@code observedPx + unobservedPx == totalPx} and {@code forestPx <= observedPx}.
 *
 * @param forestPx     observed pixels classified forest ({@code NIR >= 4 * RED})
 * @param observedPx   pixels with a valid observation (observed land; the synthetic data has no water)
 * @param unobservedPx pixels without one: nodata in either band, {@code RED + NIR == 0}, cloud, outside every scene
 * @param totalPx      pixels whose centre lies in the district
 */
public record ExpectedCounts(String districtId, long forestPx, long observedPx, long unobservedPx, long totalPx) {

    /** District id of the city-wide row (the sum over every district), as in {@code coverage.csv}. */
    public static final String CITY = "ALL";

    public ExpectedCounts {
        if (forestPx < 0 || forestPx > observedPx || observedPx + unobservedPx != totalPx || unobservedPx < 0) {
            throw new IllegalArgumentException("inconsistent counts for " + districtId + ": forest " + forestPx
                    + ", observed " + observedPx + ", unobserved " + unobservedPx + ", total " + totalPx);
        }
    }

    /** Forest coverage in percent of observed pixels, NaN when nothing was observed. */
    public double coveragePct() {
        return observedPx == 0 ? Double.NaN : 100.0 * forestPx / observedPx;
    }
}
