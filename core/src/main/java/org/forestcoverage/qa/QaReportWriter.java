package org.forestcoverage.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code qa.csv}, {@code qa.json} and {@code qa_plots.csv} for the years of a QA run.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("qa.csv"), QaReportWriter.csv(years));
 * }</pre>
 *
 * <p>{@code qa.csv}: one row per (year, area), {@link #CSV_HEADER}. Matrix columns {@code n_map_A_ref_B} count plots
 * mapped A whose reference (ground) class is B: rows = map, columns = reference. Accuracies are fractions, areas
 * hectares, coverages percent and their errors percentage points; {@code _ci95} columns are 95 % half-widths
 * (1.96 SE). Empty cells mean "not estimable" (see {@code note}). {@code qa_plots.csv}: one row per (year, plot),
 * {@link #PLOTS_HEADER}. {@code qa.json}: the same with full double precision, the matrix orientation stated, the
 * excluded plot ids and the run's settings. Stateless and thread-safe.
 */
public final class QaReportWriter {

    /** Columns of qa.csv. */
    public static final String CSV_HEADER = "year,area,plots_used,n_map_forest_ref_forest,n_map_forest_ref_nonforest,"
            + "n_map_nonforest_ref_forest,n_map_nonforest_ref_nonforest,overall_accuracy,overall_ci95,kappa,"
            + "forest_users_accuracy,forest_users_ci95,forest_producers_accuracy,forest_producers_ci95,"
            + "nonforest_users_accuracy,nonforest_producers_accuracy,mapped_forest_px,mapped_nonforest_px,"
            + "mapped_forest_ha,mapped_nonforest_ha,mapped_coverage_pct,adjusted_forest_ha,adjusted_forest_se_ha,"
            + "adjusted_forest_ci95_ha,adjusted_coverage_pct,adjusted_coverage_se_pp,adjusted_coverage_ci95_pp,"
            + "excluded_outside_raster,excluded_other_year,excluded_outside_districts,excluded_unobserved,"
            + "excluded_water,note";
    /** Columns of qa_plots.csv. */
    public static final String PLOTS_HEADER = "year,id,location,x,y,crs,map_x,map_y,col,row,district,map_class,"
            + "reference,status";
    /** The matrix orientation, as stated in every output. */
    public static final String ORIENTATION = "rows = map class, columns = reference (ground) class";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double M2_PER_HA = 10_000;

    private QaReportWriter() {
    }

    public static String csv(List<YearQa> years) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (YearQa y : years) {
            for (AreaQa a : y.areas()) {
                ErrorMatrix m = a.matrix();
                StratumAreas s = a.mapped();
                sb.append(y.year()).append(',').append(text(a.area())).append(',').append(a.plotsUsed());
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 2; j++) {
                        sb.append(',').append(m.count(i, j));
                    }
                }
                AccuracyAssessment e = a.assessment().orElse(null);
                sb.append(',').append(num(e == null ? Double.NaN : e.overallAccuracy(), 6));
                sb.append(',').append(num(e == null ? Double.NaN : e.overallCiHalfWidth(), 6));
                sb.append(',').append(num(m.total() > 0 ? m.kappa() : Double.NaN, 6));
                ClassAccuracy f = e == null ? null : e.classAccuracy(0);
                ClassAccuracy n = e == null ? null : e.classAccuracy(1);
                sb.append(',').append(num(f == null ? Double.NaN : f.usersAccuracy(), 6));
                sb.append(',').append(num(f == null ? Double.NaN : f.usersCiHalfWidth(), 6));
                sb.append(',').append(num(f == null ? Double.NaN : f.producersAccuracy(), 6));
                sb.append(',').append(num(f == null ? Double.NaN : f.producersCiHalfWidth(), 6));
                sb.append(',').append(num(n == null ? Double.NaN : n.usersAccuracy(), 6));
                sb.append(',').append(num(n == null ? Double.NaN : n.producersAccuracy(), 6));
                sb.append(',').append(s.forestPixels().toPlainString()).append(',').append(s.nonForestPixels().toPlainString());
                sb.append(',').append(num(s.forestM2() / M2_PER_HA, 4));
                sb.append(',').append(num(s.nonForestM2() / M2_PER_HA, 4));
                sb.append(',').append(num(s.mappedCoveragePercent(), 4));
                AreaEstimate fa = e == null ? null : e.area(0);
                CoverageEstimate c = e == null ? null : e.forestCoverage(0);
                sb.append(',').append(num(fa == null ? Double.NaN : fa.adjustedAreaHa(), 4));
                sb.append(',').append(num(fa == null ? Double.NaN : fa.seHa(), 4));
                sb.append(',').append(num(fa == null ? Double.NaN : fa.ciHalfWidthHa(), 4));
                sb.append(',').append(num(c == null ? Double.NaN : c.coveragePercent(), 4));
                sb.append(',').append(num(c == null ? Double.NaN : c.sePp(), 4));
                sb.append(',').append(num(c == null ? Double.NaN : c.ciHalfWidthPp(), 4));
                for (PlotStatus st : List.of(PlotStatus.OUTSIDE_RASTER, PlotStatus.OTHER_YEAR,
                        PlotStatus.OUTSIDE_DISTRICTS, PlotStatus.UNOBSERVED, PlotStatus.WATER)) {
                    sb.append(',').append(a.excludedCount(st));
                }
                sb.append(',').append(text(a.note())).append('\n');
            }
        }
        return sb.toString();
    }

    public static String plotsCsv(List<YearQa> years) {
        StringBuilder sb = new StringBuilder(PLOTS_HEADER).append('\n');
        for (YearQa y : years) {
            for (MapPlot p : y.plots()) {
                PlacedPlot pl = p.placed();
                sb.append(y.year()).append(',').append(text(p.id())).append(',').append(pl.location())
                        .append(',').append(pl.plot().x()).append(',').append(pl.plot().y())
                        .append(',').append(text(pl.plot().crs()))
                        .append(',').append(num(pl.mapX(), 3)).append(',').append(num(pl.mapY(), 3))
                        .append(',').append(pl.inside() ? Integer.toString(pl.col()) : "")
                        .append(',').append(pl.inside() ? Integer.toString(pl.row()) : "")
                        .append(',').append(p.district() == null ? "" : text(p.district()))
                        .append(',').append(p.mapClass() < 0 ? "" : org.forestcoverage.kernel.LandClass.name(p.mapClass()))
                        .append(',').append(p.plot().label().text())
                        .append(',').append(p.status().text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** qa.json; {@code settings} (inputs and options) is written as given, string values. */
    public static String json(List<YearQa> years, Map<String, Object> settings) {
        return json(years, settings, null, List.of(), PlotWeighting.MAP_CLASSES);
    }

    /**
     * qa.json with the plots' weighting, the warnings given and, when the plots hold a panel, its member
     * ({@link PanelWriter#json}).
     */
    public static String json(List<YearQa> years, Map<String, Object> settings, PanelQa panel, List<String> warnings,
                              PlotWeighting weighting) {
        ObjectNode root = JSON.createObjectNode();
        root.set("settings", JSON.valueToTree(settings));
        root.put("weighting", weighting.describe());
        root.set("warnings", JSON.valueToTree(warnings));
        if (panel != null) {
            root.set("panel", PanelWriter.json(panel));
        }
        root.put("matrix_orientation", ORIENTATION);
        root.set("classes", JSON.valueToTree(SurveyAssessment.CLASSES));
        root.put("confidence", "95 % normal intervals, half-width = 1.96 SE (Olofsson et al. 2014)");
        ArrayNode ys = root.putArray("years");
        for (YearQa y : years) {
            ObjectNode yn = ys.addObject();
            yn.put("year", y.year());
            yn.put("map", y.map());
            yn.put("min_plots", y.minPlots());
            ObjectNode status = yn.putObject("plots_by_status");
            for (PlotStatus st : PlotStatus.values()) {
                status.put(st.text(), y.plots().stream().filter(p -> p.status() == st).count());
            }
            ObjectNode below = yn.putObject("districts_below_min_plots");
            y.belowMinimum().forEach(below::put);
            ArrayNode areas = yn.putArray("areas");
            for (AreaQa a : y.areas()) {
                areas.add(area(a));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode area(AreaQa a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("area", a.area());
        n.put("plots_used", a.plotsUsed());
        ObjectNode m = n.putObject("matrix");
        m.put("rows", "map");
        m.put("columns", "reference");
        m.set("classes", JSON.valueToTree(a.matrix().classNames()));
        m.set("counts", JSON.valueToTree(a.matrix().toArray()));
        ObjectNode mapped = n.putObject("mapped");
        mapped.put("forest_px", a.mapped().forestPixels());
        mapped.put("non_forest_px", a.mapped().nonForestPixels());
        put(mapped, "forest_m2", a.mapped().forestM2());
        put(mapped, "non_forest_m2", a.mapped().nonForestM2());
        put(mapped, "coverage_pct", a.mapped().mappedCoveragePercent());
        put(n, "kappa", a.matrix().total() > 0 ? a.matrix().kappa() : Double.NaN);
        a.assessment().ifPresent(e -> {
            ObjectNode o = n.putObject("overall_accuracy");
            put(o, "value", e.overallAccuracy());
            put(o, "se", e.overallSe());
            put(o, "ci95", e.overallCiHalfWidth());
            ArrayNode cls = n.putArray("class_accuracy");
            for (ClassAccuracy c : e.classAccuracies()) {
                ObjectNode cn = cls.addObject();
                cn.put("class", c.className());
                put(cn, "users", c.usersAccuracy());
                put(cn, "users_se", c.usersSe());
                put(cn, "users_ci95", c.usersCiHalfWidth());
                put(cn, "producers", c.producersAccuracy());
                put(cn, "producers_se", c.producersSe());
                put(cn, "producers_ci95", c.producersCiHalfWidth());
            }
            ArrayNode ar = n.putArray("areas");
            for (AreaEstimate ae : e.areas()) {
                ObjectNode an = ar.addObject();
                an.put("class", ae.className());
                put(an, "mapped_m2", ae.mappedAreaM2());
                put(an, "adjusted_m2", ae.adjustedAreaM2());
                put(an, "se_m2", ae.seM2());
                put(an, "ci95_m2", ae.ciHalfWidthM2());
                put(an, "adjusted_ha", ae.adjustedAreaHa());
                put(an, "ci95_ha", ae.ciHalfWidthHa());
            }
            CoverageEstimate c = e.forestCoverage(0);
            ObjectNode cov = n.putObject("forest_coverage");
            put(cov, "adjusted_pct", c.coveragePercent());
            put(cov, "se_pp", c.sePp());
            put(cov, "ci95_pp", c.ciHalfWidthPp());
            put(cov, "ci95_low_pct", c.coveragePercent() - c.ciHalfWidthPp());
            put(cov, "ci95_high_pct", c.coveragePercent() + c.ciHalfWidthPp());
        });
        n.put("note", a.note());
        ObjectNode ex = n.putObject("excluded");
        for (PlotStatus st : PlotStatus.values()) {
            if (a.excludedCount(st) > 0) {
                ex.set(st.text(), JSON.valueToTree(a.excludedIds(st)));
            }
        }
        return n;
    }

    private static void put(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    /** A CSV field, quoted when it holds a comma, quote or line break. */
    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
