package org.forestcoverage.qa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.forestcoverage.survey.CoverageChange;
import org.forestcoverage.survey.Estimate;
import org.forestcoverage.survey.YearCoverage;

/**
 * The text of {@code panel.csv} (coverage per year and area from a plot panel) and {@code change.csv} (change between
 * every two years), and the {@code panel} member of {@code qa.json}.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("change.csv"), PanelWriter.changeCsv(panel));
 * }</pre>
 *
 * <p>Coverages in percent, changes and standard errors in percentage points; {@code _ci95} are 95 % half-widths
 * (1.96 SE), {@code _low}/{@code _high} the interval's ends. {@code se_if_independent_pp} is sqrt(V(from) + V(to)),
 * the SE the change would have if the two years were separate samples; {@code covariance_pp2} = (that^2 - SE^2) / 2
 * is what re-measuring the same plots gains. Stateless and thread-safe.
 */
public final class PanelWriter {

    /** Columns of panel.csv. */
    public static final String PANEL_HEADER = "year,area,plots,clusters,coverage_pct,coverage_se_pp,coverage_ci95_pp,"
            + "coverage_ci95_low_pct,coverage_ci95_high_pct";
    /** Columns of change.csv. */
    public static final String CHANGE_HEADER = "from_year,to_year,area,plots,clusters,change_pp,change_se_pp,"
            + "change_ci95_pp,change_ci95_low_pp,change_ci95_high_pp,significant_95,from_coverage_pct,to_coverage_pct,"
            + "se_if_independent_pp,covariance_pp2";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PanelWriter() {
    }

    public static String panelCsv(PanelQa panel) {
        StringBuilder sb = new StringBuilder(PANEL_HEADER).append('\n');
        for (YearCoverage c : panel.result().coverages()) {
            Estimate e = c.coverage();
            sb.append(c.year()).append(',').append(QaReportWriter.text(c.domain())).append(',').append(e.units())
                    .append(',').append(e.clusters())
                    .append(',').append(QaReportWriter.num(e.value(), 4))
                    .append(',').append(QaReportWriter.num(e.se(), 4))
                    .append(',').append(QaReportWriter.num(e.ciHalfWidth(), 4))
                    .append(',').append(QaReportWriter.num(e.ciLow(), 4))
                    .append(',').append(QaReportWriter.num(e.ciHigh(), 4)).append('\n');
        }
        return sb.toString();
    }

    public static String changeCsv(PanelQa panel) {
        StringBuilder sb = new StringBuilder(CHANGE_HEADER).append('\n');
        for (CoverageChange c : panel.result().changes()) {
            Estimate e = c.change();
            sb.append(c.fromYear()).append(',').append(c.toYear()).append(',').append(QaReportWriter.text(c.domain()))
                    .append(',').append(e.units()).append(',').append(e.clusters())
                    .append(',').append(QaReportWriter.num(e.value(), 4))
                    .append(',').append(QaReportWriter.num(e.se(), 4))
                    .append(',').append(QaReportWriter.num(e.ciHalfWidth(), 4))
                    .append(',').append(QaReportWriter.num(e.ciLow(), 4))
                    .append(',').append(QaReportWriter.num(e.ciHigh(), 4))
                    .append(',').append(c.significant() ? "yes" : "no")
                    .append(',').append(QaReportWriter.num(c.fromCoverage().value(), 4))
                    .append(',').append(QaReportWriter.num(c.toCoverage().value(), 4))
                    .append(',').append(QaReportWriter.num(c.seIfIndependentPp(), 4))
                    .append(',').append(QaReportWriter.num(c.covariancePp2(), 6)).append('\n');
        }
        return sb.toString();
    }

    /** The {@code panel} member of qa.json: years, plots, weighting, estimates, what was left out and why. */
    public static ObjectNode json(PanelQa panel) {
        ObjectNode n = JSON.createObjectNode();
        n.set("years", JSON.valueToTree(panel.years()));
        n.put("plots", panel.plots());
        n.put("weighting", panel.weighting());
        n.put("estimator", "stratified estimator of the per-plot difference, strata as drawn (Stehman 2014, IJRS"
                + " 35:4923-4939); 95 % normal intervals");
        ArrayNode cov = n.putArray("coverage");
        for (YearCoverage c : panel.result().coverages()) {
            ObjectNode o = cov.addObject();
            o.put("year", c.year());
            o.put("area", c.domain());
            estimate(o, c.coverage(), "pct", "pp");
        }
        ArrayNode ch = n.putArray("change");
        for (CoverageChange c : panel.result().changes()) {
            ObjectNode o = ch.addObject();
            o.put("from_year", c.fromYear());
            o.put("to_year", c.toYear());
            o.put("area", c.domain());
            estimate(o, c.change(), "pp", "pp");
            o.put("significant_95", c.significant());
            o.put("se_if_independent_pp", c.seIfIndependentPp());
            o.put("covariance_pp2", c.covariancePp2());
        }
        n.set("not_estimated", JSON.valueToTree(panel.result().notEstimated()));
        n.set("excluded", JSON.valueToTree(panel.excluded()));
        return n;
    }

    private static void estimate(ObjectNode o, Estimate e, String unit, String seUnit) {
        o.put("plots", e.units());
        o.put("clusters", e.clusters());
        o.put("value_" + unit, e.value());
        o.put("se_" + seUnit, e.se());
        o.put("ci95_" + seUnit, e.ciHalfWidth());
        o.put("ci95_low_" + unit, e.ciLow());
        o.put("ci95_high_" + unit, e.ciHigh());
        if (e.clustersAcrossStrata()) {
            o.put("variance_note", "clusters hold plots of several strata: variance over clusters without strata");
        }
    }
}
