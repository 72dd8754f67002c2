package org.forestcoverage.survey;

/**
 * A design-based estimate with its standard error. The unit is the caller's (a proportion, an area in m2...).
 *
 * <pre>{@code
 * Estimate oa = sample.ratio(correct, ones);
 * System.out.printf("%.3f +/- %.3f%n", oa.value(), oa.ciHalfWidth());
 * }</pre>
 *
 * @param value          the estimate
 * @param se             its standard error (same unit)
 * @param units          plots that entered the estimate
 * @param clusters       clusters they form (= units when plots are not clustered)
 * @param clustersAcrossStrata true when some cluster held plots of several strata, so that the variance was computed
 *                       over clusters without stratification (conservative)
 */
public record Estimate(double value, double se, int units, int clusters, boolean clustersAcrossStrata) {

    /** The 95 % normal quantile used for every confidence half-width of the project. */
    public static final double Z95 = 1.96;

    /** 95 % confidence half-width, 1.96 SE. */
    public double ciHalfWidth() {
        return Z95 * se;
    }

    /** Lower end of the 95 % interval. */
    public double ciLow() {
        return value - ciHalfWidth();
    }

    /** Upper end of the 95 % interval. */
    public double ciHigh() {
        return value + ciHalfWidth();
    }

    /** The same estimate scaled by {@code factor} (e.g. 100 for percent), SE scaled by |factor|. */
    public Estimate times(double factor) {
        return new Estimate(value * factor, se * Math.abs(factor), units, clusters, clustersAcrossStrata);
    }
}
