package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.survey.CoverageChange;
import org.forestcoverage.survey.DesignSample;
import org.forestcoverage.survey.PanelEstimator;
import org.forestcoverage.survey.PanelResult;
import org.forestcoverage.survey.Stratum;
import org.forestcoverage.survey.YearCoverage;

/**
 * Turns the plots of a file that holds a panel (an id labelled in two or more years) into coverage per year and change
 * between years for the city and each district with enough plots ({@link PanelEstimator}, Stehman 2014).
 *
 * <pre>{@code
 * Optional<PanelQa> panel = PanelAssessment.assess(plots, sites, districtIds, weighting, firstMapStrata,
 *         "forest_2020.tif", 30);
 * }</pre>
 *
 * <p>The strata are those the plots were drawn from: the design file's, or inclusion-probability weights, or else the
 * classes of the stratifying map (the run's first forest map; a plot on an unobserved or water pixel of it then has
 * no stratum and is left out, listed). The city is every plot on the raster (inside the districts when there are
 * some); a district is a domain of the whole panel. Stateless and thread-safe.
 */
public final class PanelAssessment {

    private PanelAssessment() {
    }

    /**
     * @param plots       every plot row of the file, in file order
     * @param sites       each plot id's site on the stratifying map
     * @param districts   district ids in report order (empty without districts)
     * @param weighting   the plots' weighting
     * @param mapStrata   the stratifying map's city strata (forest, non-forest), for map-class weighting
     * @param mapName     the stratifying map, for the report
     * @param minPlots    plots a district needs
     * @return empty when no id is labelled in two or more years
     */
    public static Optional<PanelQa> assess(List<Plot> plots, Map<String, PlotSite> sites, List<String> districts,
                                           PlotWeighting weighting, StratumAreas mapStrata, String mapName,
                                           int minPlots) {
        Map<String, List<Plot>> byId = new LinkedHashMap<>();
        Map<String, List<String>> excluded = new LinkedHashMap<>();
        for (Plot p : plots) {
            if (p.year().isEmpty()) {
                excluded.computeIfAbsent("no_year", k -> new ArrayList<>()).add(p.id());
                continue;
            }
            byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
        }
        if (byId.values().stream().noneMatch(rows -> rows.size() > 1)) {
            return Optional.empty();
        }
        TreeSet<Integer> yearSet = new TreeSet<>();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<Plot>> e : byId.entrySet()) {
            PlotSite site = sites.get(e.getKey());
            String reason = reason(site, districts, weighting);
            if (reason != null) {
                excluded.computeIfAbsent(reason, k -> new ArrayList<>()).add(e.getKey());
                continue;
            }
            ids.add(e.getKey());
            e.getValue().forEach(p -> yearSet.add(p.year().getAsInt()));
        }
        int[] years = yearSet.stream().mapToInt(Integer::intValue).toArray();
        int n = ids.size();
        double[][] forest = new double[years.length][n];
        for (double[] row : forest) {
            Arrays.fill(row, Double.NaN);
        }
        List<Plot> first = new ArrayList<>(n);
        int[] mapStratum = new int[n];
        for (int u = 0; u < n; u++) {
            List<Plot> rows = byId.get(ids.get(u));
            first.add(rows.get(0));
            for (Plot p : rows) {
                forest[Arrays.binarySearch(years, p.year().getAsInt())][u] = p.label() == ForestLabel.FOREST ? 1 : 0;
            }
            int cls = sites.get(ids.get(u)).mapClass();
            mapStratum[u] = cls == LandClass.FOREST ? 0 : 1;
        }
        Map<String, boolean[]> domains = new LinkedHashMap<>();
        boolean[] all = new boolean[n];
        Arrays.fill(all, true);
        domains.put(SurveyAssessment.CITY, all);
        for (String d : districts) {
            boolean[] in = new boolean[n];
            for (int u = 0; u < n; u++) {
                in[u] = d.equals(sites.get(ids.get(u)).district());
            }
            domains.put(d, in);
        }
        List<Stratum> strata = List.of(new Stratum(SurveyAssessment.CLASSES.get(0), mapStrata.forestM2()),
                new Stratum(SurveyAssessment.CLASSES.get(1), mapStrata.nonForestM2()));
        DesignSample sample = weighting.sample(first, strata, mapStratum);
        String how = weighting.drawn() != null || weighting.byInclusionProbability() ? weighting.describe()
                : weighting.describe().replace("map classes", "map classes of " + mapName);
        List<Integer> yearList = yearSet.stream().toList();
        // the city row needs its plots whatever --min-plots says (2 per stratum is the estimator's own minimum)
        Map<String, boolean[]> city = new LinkedHashMap<>();
        city.put(SurveyAssessment.CITY, all);
        PanelResult cityResult = PanelEstimator.estimate(sample, years, forest, city, 0);
        domains.remove(SurveyAssessment.CITY);
        PanelResult districtResult = PanelEstimator.estimate(sample, years, forest, domains, minPlots);
        List<YearCoverage> coverages = new ArrayList<>(cityResult.coverages());
        coverages.addAll(districtResult.coverages());
        List<CoverageChange> changes = new ArrayList<>(cityResult.changes());
        changes.addAll(districtResult.changes());
        List<String> notes = new ArrayList<>(cityResult.notEstimated());
        notes.addAll(districtResult.notEstimated());
        return Optional.of(new PanelQa(yearList, n, how,
                new PanelResult(coverages, changes, notes), excluded));
    }

    /** Why a plot is not in the panel's sampled population, or null. */
    private static String reason(PlotSite site, List<String> districts, PlotWeighting weighting) {
        if (site == null || !site.inside()) {
            return PlotStatus.OUTSIDE_RASTER.text();
        }
        if (!districts.isEmpty() && site.district() == null) {
            return PlotStatus.OUTSIDE_DISTRICTS.text();
        }
        boolean mapStrata = weighting.drawn() == null && !weighting.byInclusionProbability();
        if (mapStrata && site.mapClass() != LandClass.FOREST && site.mapClass() != LandClass.NON_FOREST) {
            return site.mapClass() == LandClass.WATER ? PlotStatus.WATER.text() : PlotStatus.UNOBSERVED.text();
        }
        return null;
    }
}
