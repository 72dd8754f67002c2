package org.forestcoverage.qa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.survey.DesignSample;
import org.forestcoverage.survey.Stratum;

/**
 * Turns the plots of one year, checked against that year's forest map, into error matrices and Olofsson et al. 2014
 * stratified estimates for the city and each district with enough plots.
 *
 * <pre>{@code
 * YearQa qa = SurveyAssessment.assess(2020, "forest_2020.tif", plots, tally.city(), tally.zones(), 30);
 * AccuracyAssessment city = qa.city().assessment().orElseThrow();
 * }</pre>
 *
 * <p>Strata are the map classes forest and non-forest ({@link #CLASSES}, in that order), their sizes the mapped areas
 * of the area; reference classes are the plots' labels. A district gets a row when at least {@code minPlots} of its
 * plots are used. The assessment is left empty, with the reason in {@link AreaQa#note()}, when the estimator cannot
 * run (e.g. a stratum with mapped area has fewer than 2 plots). Stateless and thread-safe.
 */
public final class SurveyAssessment {

    /** Matrix classes, rows (map) and columns (reference) alike. */
    public static final List<String> CLASSES = List.of("forest", "non-forest");
    /** The area name of the city row, as in coverage.csv. */
    public static final String CITY = "ALL";

    private SurveyAssessment() {
    }

    /** Matrix index of a map {@link LandClass} code: forest 0, non-forest 1. */
    public static int mapIndex(int landClass) {
        return switch (landClass) {
            case LandClass.FOREST -> 0;
            case LandClass.NON_FOREST -> 1;
            default -> throw new IllegalArgumentException("land class " + landClass + " is not a stratum");
        };
    }

    /** Matrix index of a reference label: forest 0, non-forest 1. */
    public static int referenceIndex(ForestLabel label) {
        return label == ForestLabel.FOREST ? 0 : 1;
    }

    /**
     * @param plots     every plot with its status for this year; the used ones must have a forest or non-forest class
     * @param city      mapped strata of the city
     * @param districts mapped strata per district id, in report order (empty without districts)
     * @param minPlots  minimum used plots for a district row
     */
    public static YearQa assess(int year, String map, List<MapPlot> plots, StratumAreas city,
                                Map<String, StratumAreas> districts, int minPlots) {
        return assess(year, map, plots, city, districts, minPlots, PlotWeighting.MAP_CLASSES);
    }

    /**
     * As {@link #assess(int, String, List, StratumAreas, Map, int)}, with the plots weighted by {@code weighting}: with
     * strata as drawn or inclusion probabilities, a district is a domain of the whole sample (its plots and the others,
     * Stehman 2014 eq. 27); with map-class strata and clusters, a district's own plots over its own mapped strata.
     */
    public static YearQa assess(int year, String map, List<MapPlot> plots, StratumAreas city,
                                Map<String, StratumAreas> districts, int minPlots, PlotWeighting weighting) {
        List<AreaQa> areas = new ArrayList<>();
        Map<PlotStatus, List<String>> cityExcluded = new EnumMap<>(PlotStatus.class);
        for (MapPlot p : plots) {
            if (p.status() != PlotStatus.USED) {
                cityExcluded.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(p.id());
            }
        }
        List<MapPlot> cityUsed = used(plots, null);
        areas.add(area(CITY, null, used(plots, null), city, cityExcluded, weighting, cityUsed));
        Map<String, Integer> below = new LinkedHashMap<>();
        for (Map.Entry<String, StratumAreas> d : districts.entrySet()) {
            List<MapPlot> inside = used(plots, d.getKey());
            if (inside.size() < minPlots) {
                below.put(d.getKey(), inside.size());
                continue;
            }
            Map<PlotStatus, List<String>> excluded = new EnumMap<>(PlotStatus.class);
            for (MapPlot p : plots) {
                if (d.getKey().equals(p.district())
                        && (p.status() == PlotStatus.UNOBSERVED || p.status() == PlotStatus.WATER)) {
                    excluded.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(p.id());
                }
            }
            areas.add(area(d.getKey(), d.getKey(), inside, d.getValue(), excluded, weighting, cityUsed));
        }
        return new YearQa(year, map, areas, plots, below, minPlots);
    }

    /** Used plots, of one district or (district null) all. */
    private static List<MapPlot> used(List<MapPlot> plots, String district) {
        List<MapPlot> out = new ArrayList<>();
        for (MapPlot p : plots) {
            if (p.status() == PlotStatus.USED && (district == null || district.equals(p.district()))) {
                out.add(p);
            }
        }
        return out;
    }

    private static AreaQa area(String name, String district, List<MapPlot> used, StratumAreas mapped,
                               Map<PlotStatus, List<String>> excluded, PlotWeighting weighting,
                               List<MapPlot> cityUsed) {
        ErrorMatrix.Tally tally = new ErrorMatrix.Tally(CLASSES);
        for (MapPlot p : used) {
            tally.add(mapIndex(p.mapClass()), referenceIndex(p.plot().label()));
        }
        ErrorMatrix matrix = tally.toMatrix();
        Optional<AccuracyAssessment> assessment = Optional.empty();
        String note = "";
        if (used.isEmpty()) {
            note = "no plots used";
        } else {
            try {
                assessment = Optional.of(weighting.mapClasses()
                        ? StratifiedEstimator.assess(matrix, mapped.areasM2())
                        : designBased(weighting, district, used, cityUsed, matrix, mapped));
            } catch (IllegalArgumentException e) {
                note = "no stratified estimate: " + e.getMessage();
            }
        }
        return new AreaQa(name, used.size(), matrix, mapped, assessment, note, excluded);
    }

    private static AccuracyAssessment designBased(PlotWeighting weighting, String district, List<MapPlot> used,
                                                  List<MapPlot> cityUsed, ErrorMatrix matrix, StratumAreas mapped) {
        boolean domainOfCity = weighting.drawn() != null || weighting.byInclusionProbability();
        List<MapPlot> sampled = domainOfCity ? cityUsed : used;
        int n = sampled.size();
        List<Plot> plots = new ArrayList<>(n);
        int[] map = new int[n];
        int[] ref = new int[n];
        boolean[] in = new boolean[n];
        for (int u = 0; u < n; u++) {
            MapPlot p = sampled.get(u);
            plots.add(p.plot());
            map[u] = mapIndex(p.mapClass());
            ref[u] = referenceIndex(p.plot().label());
            in[u] = district == null || district.equals(p.district());
        }
        List<Stratum> mapStrata = List.of(new Stratum(CLASSES.get(0), mapped.forestM2()),
                new Stratum(CLASSES.get(1), mapped.nonForestM2()));
        DesignSample sample = weighting.sample(plots, mapStrata, map);
        return DesignAssessment.assess(sample, map, ref, in, matrix, mapped.areasM2());
    }
}
