package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.survey.DesignSample;
import org.forestcoverage.survey.Stratum;

/**
 * How a set of plots is weighted in design-based estimates, decided once for a QA or calibration run from the inputs:
 * the strata as drawn ({@code design.json} plus each plot's {@code stratum}), inclusion probabilities (each plot's
 * {@code inclusion_probability}), or strata = the map classes of the map being assessed (Olofsson et al. 2014), and in
 * every case the plots' clusters when they have any. Immutable.
 *
 * <pre>{@code
 * PlotWeighting w = PlotWeighting.of(plots, drawnStrataOrNull, "plots.csv", locations);
 * DesignSample s = w.sample(usedPlots, mapStrataAreas, mapStratumOfEachPlot);
 * }</pre>
 *
 * @param drawn     the strata as drawn, or null
 * @param byInclusionProbability weights 1 / pi from the plots (when there is no design file)
 * @param clustered whether some plots share a cluster id
 */
public record PlotWeighting(DrawnStrata drawn, boolean byInclusionProbability, boolean clustered) {

    /** Strata = the map's classes, no clusters: the estimators of Olofsson et al. 2014 exactly. */
    public static final PlotWeighting MAP_CLASSES = new PlotWeighting(null, false, false);

    /**
     * The weighting of {@code plots}: with {@code drawn}, every plot needs a stratum of it; else inclusion
     * probabilities when every plot has one; else the map classes. Clusters are used when any plot names one.
     *
     * @param locations each plot's place in its file, for errors
     * @throws PlotFileException naming the first plot without a stratum or with one the design does not list, or the
     *                           first plot without an inclusion probability when others have one
     */
    public static PlotWeighting of(List<Plot> plots, DrawnStrata drawn, String file, List<String> locations) {
        boolean clustered = plots.stream().anyMatch(p -> p.design().hasCluster());
        if (drawn != null) {
            for (int i = 0; i < plots.size(); i++) {
                PlotDesign d = plots.get(i).design();
                if (!d.hasStratum()) {
                    throw new PlotFileException(file, locations.get(i), "plot '" + plots.get(i).id() + "' has no"
                            + " stratum; with a design file every plot needs the stratum it was drawn from (the"
                            + " stratum column of forest sample's plots.csv)");
                }
                if (drawn.indexOf(d.stratum()) < 0) {
                    throw new PlotFileException(file, locations.get(i), "plot '" + plots.get(i).id() + "': stratum '"
                            + d.stratum() + "' is not one of " + drawn.names() + " in " + drawn.file());
                }
            }
            return new PlotWeighting(drawn, false, clustered);
        }
        long withPi = plots.stream().filter(p -> p.design().hasInclusionProbability()).count();
        if (withPi > 0 && withPi < plots.size()) {
            for (int i = 0; i < plots.size(); i++) {
                if (!plots.get(i).design().hasInclusionProbability()) {
                    throw new PlotFileException(file, locations.get(i), "plot '" + plots.get(i).id() + "' has no"
                            + " inclusion_probability while " + withPi + " other plots have one");
                }
            }
        }
        return new PlotWeighting(null, withPi > 0, clustered);
    }

    /** Whether these are exactly Olofsson's estimators (strata = map classes, no clusters). */
    public boolean mapClasses() {
        return drawn == null && !byInclusionProbability && !clustered;
    }

    /**
     * The sample formed by {@code plots}.
     *
     * @param mapStrata   the map classes' areas as strata (used when there is neither a design nor inclusion
     *                    probabilities)
     * @param mapStratum  per plot its map-class stratum (index into {@code mapStrata})
     */
    public DesignSample sample(List<Plot> plots, List<Stratum> mapStrata, int[] mapStratum) {
        List<PlotDesign> designs = plots.stream().map(Plot::design).toList();
        if (drawn != null || byInclusionProbability) {
            return sample(designs);
        }
        return DesignSample.stratified(mapStrata, mapStratum, clusters(designs));
    }

    /**
     * The sample formed by plots of these designs when there is no map to stratify by: the drawn strata, the inclusion
     * probabilities, or else equal weights (a simple random sample).
     */
    public DesignSample sample(List<PlotDesign> designs) {
        String[] clusters = clusters(designs);
        if (drawn != null) {
            int[] stratum = new int[designs.size()];
            for (int u = 0; u < stratum.length; u++) {
                stratum[u] = drawn.indexOf(designs.get(u).stratum());
            }
            return DesignSample.stratified(drawn.strata(), stratum, clusters);
        }
        if (byInclusionProbability) {
            double[] w = new double[designs.size()];
            for (int u = 0; u < w.length; u++) {
                w[u] = 1 / designs.get(u).inclusionProbability();
            }
            return DesignSample.weighted(w, clusters);
        }
        return DesignSample.unweighted(designs.size(), clusters);
    }

    private String[] clusters(List<PlotDesign> designs) {
        if (!clustered) {
            return null;
        }
        String[] clusters = new String[designs.size()];
        for (int u = 0; u < clusters.length; u++) {
            clusters[u] = designs.get(u).cluster();
        }
        return clusters;
    }

    /** Whether the plots carry weights of their design (a design file or inclusion probabilities). */
    public boolean weighted() {
        return drawn != null || byInclusionProbability;
    }

    /** How calibration weighs the plots, in words: as {@link #describe()}, equal weights when there is no design. */
    public String describeForCalibration() {
        return weighted() ? describe() : "equal weights: a simple random sample of plots assumed"
                + (clustered ? "; cluster-aware variance over the plots' clusters" : "");
    }

    /** One line for reports: how the plots were weighted. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (drawn != null) {
            parts.add("strata as drawn (" + drawn.strata().size() + " strata of " + drawn.file()
                    + (drawn.areasFromPixels() ? ", sized in pixels" : "") + "; Stehman 2014)");
        } else if (byInclusionProbability) {
            parts.add("weights 1 / inclusion_probability (Hansen-Hurwitz)");
        } else {
            parts.add("strata = map classes (Olofsson et al. 2014)");
        }
        if (clustered) {
            parts.add("cluster-aware variance over the plots' clusters (Cochran 1977 section 11.8)");
        }
        return String.join("; ", parts);
    }
}
