package org.forestcoverage.qa;

/**
 * How a plot was drawn, when its file says: its stratum (as named by {@code forest sample}, e.g. {@code forest} or
 * {@code Yanqing/non-forest}), its cluster (plots of one polygon, transect or field visit share one) and its inclusion
 * probability. Each part may be absent: empty strings, NaN.
 *
 * <pre>{@code
 * PlotDesign d = new PlotDesign("forest", "polygon-17", Double.NaN);
 * }</pre>
 *
 * @param stratum              the stratum it was drawn from, or empty
 * @param cluster              its cluster id, or empty (a plot of its own)
 * @param inclusionProbability the probability it had to be drawn, in (0, 1], or NaN
 */
public record PlotDesign(String stratum, String cluster, double inclusionProbability) {

    /** Nothing known about the design. */
    public static final PlotDesign NONE = new PlotDesign("", "", Double.NaN);

    public PlotDesign {
        stratum = stratum == null ? "" : stratum;
        cluster = cluster == null ? "" : cluster;
        if (!Double.isNaN(inclusionProbability) && !(inclusionProbability > 0 && inclusionProbability <= 1)) {
            throw new IllegalArgumentException("inclusion probability " + inclusionProbability + " is outside (0, 1]");
        }
    }

    public boolean hasStratum() {
        return !stratum.isEmpty();
    }

    public boolean hasCluster() {
        return !cluster.isEmpty();
    }

    public boolean hasInclusionProbability() {
        return !Double.isNaN(inclusionProbability);
    }
}
