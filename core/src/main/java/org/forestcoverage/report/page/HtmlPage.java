package org.forestcoverage.report.page;

import static org.forestcoverage.chart.SvgRenderer.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.forestcoverage.chart.ChartFont;
import org.forestcoverage.chart.Drawing;
import org.forestcoverage.chart.SvgRenderer;
import org.forestcoverage.maps.ClassStyle;
import org.forestcoverage.maps.ForestLegend;
import org.forestcoverage.trajectory.ReportedValue;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.TrajectoryLine;
import org.forestcoverage.trajectory.YearComparison;

/**
 * The report's HTML: one page with its styles, script, charts and data inline. The font is left as
 * {@link #FONT} for the caller to replace with the subset of the page's own characters. Every figure taken from
 * coverage.csv carries that file's text in a {@code data-value} attribute next to the rounded number shown.
 * A Content-Security-Policy allows nothing but inline content and {@code data:} URLs, so the page cannot load
 * anything from the network even if a value in it tried to.
 */
final class HtmlPage {
    /** Placeholder for the base64 TrueType font. */
    static final String FONT = "@@FONT_TTF_BASE64@@";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportData d;
    private final Texts tx;
    private final Lang lang;
    private final StringBuilder sb = new StringBuilder(1 << 16);

    private HtmlPage(ReportData d, Lang lang) {
        this.d = d;
        this.tx = new Texts(lang);
        this.lang = lang;
    }

    /** The drawings the page shows. */
    record Charts(Drawing trajectory, Optional<Drawing> coverageMap, Optional<Drawing> changeMap,
                  SortedMap<Integer, Drawing> previews) {
    }

    static String render(ReportData d, Lang lang, Charts charts, Provenance prov, List<String> beside) {
        HtmlPage p = new HtmlPage(d, lang);
        p.head();
        p.header(prov);
        p.headline();
        p.trajectory(charts.trajectory());
        p.maps(charts);
        p.table();
        p.previews(charts.previews());
        p.qa();
        p.provenance(prov, beside);
        p.sb.append("<footer><p class=\"note\">").append(esc(p.tx.selfContained())).append("</p></footer>\n</main>\n");
        p.sb.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return p.sb.toString();
    }

    private void head() {
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<title>").append(esc(tx.title())).append(" ").append(d.latest()).append("</title>\n")
                .append("<style>\n@font-face{font-family:").append(ChartFont.FAMILY).append(";src:url(data:font/ttf;base64,")
                .append(FONT).append(") format('truetype');}\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    }

    private void header(Provenance prov) {
        var years = d.run().years();
        sb.append("<header>\n<h1>").append(esc(tx.title())).append("</h1>\n<p class=\"sub\">")
                .append(esc(tx.subtitle(d.run().dir().toString(), d.run().districtsOf(d.latest()).size(), years.first(),
                        years.last()))).append("<br>").append(esc(tx.generated(prov.generatedAt(), prov.tool())))
                .append("</p>\n");
        if (!d.run().label().isEmpty()) {
            sb.append("<p class=\"banner\" id=\"run-label\">").append(esc(tx.runLabel())).append(esc(d.run().label()))
                    .append("</p>\n");
        }
        sb.append("<nav>");
        nav("headline", tx.navHeadline());
        nav("trajectory", tx.navTrajectory());
        nav("district-maps", tx.navMaps());
        nav("districts", tx.navTable());
        nav("forest-maps", tx.navPreviews());
        nav("qa", tx.navQa());
        nav("provenance", tx.navProvenance());
        sb.append("</nav>\n</header>\n");
    }

    private void nav(String id, String text) {
        sb.append("<a href=\"#").append(id).append("\">").append(esc(text)).append("</a>");
    }

    private void headline() {
        DistrictYear city = d.cityNow();
        sb.append("<section id=\"headline\" class=\"headline\">\n<div>\n<div class=\"kicker\">")
                .append(esc(tx.cityCoverage(d.latest()))).append("</div>\n")
                .append("<div class=\"big\" id=\"city-coverage\" data-year=\"").append(d.latest())
                .append("\" data-value=\"").append(esc(city.coverage().text())).append("\">")
                .append(esc(city.coverage().present() ? tx.pct(city.coverage().rounded(2)) : tx.noObservation()))
                .append("</div>\n<p class=\"note\">").append(esc(tx.definition(city.observed().rounded(2))))
                .append("</p>\n</div>\n<div class=\"facts\">\n");
        Interval i = d.intervals().get(d.latest());
        if (i != null) {
            sb.append("<p id=\"city-interval\" data-low=\"").append(esc(i.low().text())).append("\" data-high=\"")
                    .append(esc(i.high().text())).append("\">").append(esc(tx.interval(i.low().rounded(2),
                            i.high().rounded(2))))
                    .append(esc(i.fromQa() ? tx.intervalFromQa(i.centre().rounded(2), i.plots()) : "")).append(".</p>\n");
        } else {
            String qaYears = d.qa().map(q -> q.areas().stream().filter(QaFolder.QaArea::city)
                    .map(a -> Integer.toString(a.year())).distinct().collect(Collectors.joining(", "))).orElse("");
            sb.append("<p id=\"city-interval\" class=\"missing\">").append(esc(qaYears.isEmpty()
                    ? tx.noInterval(d.latest()) : tx.noIntervalForYear(d.latest(), qaYears))).append("</p>\n");
        }
        Optional<YearComparison> c = d.compared(d.latest());
        if (c.isPresent() && d.trajectory().isPresent()) {
            YearComparison y = c.get();
            TrajectoryLine l = d.trajectory().get().city();
            sb.append("<p id=\"city-gap\" data-gap=\"").append(y.gapPp()).append("\">")
                    .append(esc(tx.gap(Figure.of(Math.abs(y.gapPp())).rounded(2), gapSign(y.gapPp()), l.baselineYear(),
                            official(l.baselinePercent()), l.targetYear(), official(l.targetPercent()), y.year(),
                            Figure.of(y.expectedPercent()).rounded(2)))).append("</p>\n")
                    .append("<p id=\"city-verdict\" class=\"verdict ").append(y.verdict().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" data-verdict=\"").append(y.verdict()).append("\">")
                    .append(esc(tx.verdict(y.verdict(), Figure.of(y.bandPp()).rounded(2), y.ciUsed()))).append("</p>\n");
            y.reported().ifPresent(r -> sb.append("<p>").append(esc(tx.reported(r.year(), official(r.percent()))))
                    .append("</p>\n"));
        } else {
            sb.append("<p id=\"city-verdict\" class=\"missing\">").append(esc(tx.noTrajectory())).append("</p>\n");
        }
        sb.append("</div>\n</section>\n");
    }

    private void trajectory(Drawing chart) {
        sb.append("<section id=\"trajectory\">\n<h2>").append(esc(tx.navTrajectory())).append("</h2>\n<figure>")
                .append(SvgRenderer.inline(chart, "chart trajectory")).append("</figure>\n");
        sb.append("<table id=\"years\">\n<thead><tr><th>").append(esc(tx.colYear())).append("</th><th>")
                .append(esc(tx.colMeasured())).append("</th><th>").append(esc(tx.colInterval())).append("</th>");
        boolean line = d.comparison().isPresent();
        if (line) {
            sb.append("<th>").append(esc(tx.colPlanned())).append("</th><th>").append(esc(tx.colGap())).append("</th><th>")
                    .append(esc(tx.colReported())).append("</th><th class=\"text\">").append(esc(tx.colVerdict()))
                    .append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int year : d.run().years()) {
            DistrictYear c = d.run().city(year).orElseThrow();
            Interval i = d.intervals().get(year);
            sb.append("<tr data-year=\"").append(year).append("\"><td>").append(year).append("</td>");
            cell("coverage", c.coverage(), c.coverage().rounded(2));
            sb.append("<td>").append(i == null ? "–" : esc(i.low().rounded(2) + " – " + i.high().rounded(2))).append("</td>");
            if (line) {
                Optional<YearComparison> y = d.compared(year);
                sb.append("<td>").append(y.map(v -> Figure.of(v.expectedPercent()).rounded(2)).orElse("–"))
                        .append("</td><td>").append(y.map(v -> Figure.of(v.gapPp()).signed(2)).orElse("–"))
                        .append("</td><td>").append(y.flatMap(YearComparison::reported)
                                .map(r -> official(r.percent())).orElse("–"))
                        .append("</td><td class=\"text\">").append(y.map(v -> esc(tx.verdictShort(v.verdict()))).orElse("–"))
                        .append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (d.trajectory().isPresent()) {
            Trajectory t = d.trajectory().get();
            sb.append("<details><summary>").append(esc(tx.sources())).append("</summary>\n<p class=\"note\">")
                    .append(esc(tx.lineFrom(d.trajectoryFrom()))).append("</p>\n<ul class=\"sources\">\n");
            for (ReportedValue r : t.reported()) {
                if (r.scope().equals(Trajectory.CITY)) {
                    sb.append("<li>").append(r.year()).append(": ").append(esc(tx.pct(official(r.percent()))))
                            .append(" — ").append(esc(r.source())).append("</li>\n");
                }
            }
            sb.append("</ul>\n</details>\n");
        }
        sb.append("</section>\n");
    }

    private void maps(Charts charts) {
        sb.append("<section id=\"district-maps\">\n<h2>").append(esc(tx.navMaps())).append("</h2>\n");
        if (charts.coverageMap().isEmpty()) {
            sb.append("<p class=\"missing\">").append(esc(tx.noDistrictLayer())).append("</p>\n</section>\n");
            return;
        }
        sb.append("<div class=\"maps\">\n<figure>").append(SvgRenderer.inline(charts.coverageMap().get(), "chart map coverage"))
                .append("</figure>\n");
        if (charts.changeMap().isPresent()) {
            sb.append("<figure>").append(SvgRenderer.inline(charts.changeMap().get(), "chart map change")).append("</figure>\n");
        } else {
            sb.append("<p class=\"missing\">").append(esc(tx.oneYear())).append("</p>\n");
        }
        sb.append("</div>\n</section>\n");
    }

    private void table() {
        boolean ci = d.districtIntervals();
        boolean filled = d.hasFilled();
        boolean change = d.baseline() != d.latest();
        sb.append("<section id=\"districts\">\n<h2>").append(esc(tx.tableHeading(d.latest()))).append("</h2>\n<p class=\"note\">")
                .append(esc(tx.sortHint())).append("</p>\n<table class=\"sortable\" id=\"district-table\">\n<thead><tr>");
        th("district", tx.colDistrict(), false);
        th("name", tx.colName(), false);
        th("coverage", tx.colCoverage(), true);
        if (ci) {
            th("interval", tx.colInterval(), true);
        }
        if (change) {
            th("change", tx.colChange(d.baseline()), true);
        }
        th("observed", tx.colObserved(), true);
        if (filled) {
            th("filled", tx.colFilled(), true);
        }
        th("forest", tx.colForest(), true);
        th("area", tx.colArea(), true);
        sb.append("</tr></thead>\n<tbody>\n");
        for (DistrictYear r : d.run().districtsOf(d.latest())) {
            row(r, r.district(), r.name(), ci, change, filled);
        }
        sb.append("</tbody>\n<tfoot>\n");
        row(d.cityNow(), DistrictYear.CITY, tx.cityRow(), ci, change, filled);
        sb.append("</tfoot>\n</table>\n</section>\n");
    }

    private void th(String col, String text, boolean number) {
        sb.append("<th data-col=\"").append(col).append("\" data-type=\"").append(number ? "number" : "text").append('"')
                .append(number ? "" : " class=\"text\"").append('>').append(esc(text)).append("</th>");
    }

    private void row(DistrictYear r, String id, String name, boolean ci, boolean change, boolean filled) {
        sb.append("<tr data-district=\"").append(esc(id)).append("\"><td class=\"text\" data-col=\"district\" data-sort=\"")
                .append(esc(id)).append("\">").append(esc(id)).append("</td><td class=\"text\" data-col=\"name\" data-sort=\"")
                .append(esc(name)).append("\">").append(esc(name)).append("</td>");
        cell("coverage", r.coverage(), r.coverage().present() ? r.coverage().rounded(2) : tx.noObservation());
        if (ci) {
            sb.append("<td data-col=\"interval\" data-sort=\"").append(esc(r.ciLow().text())).append("\">")
                    .append(r.hasCi() ? esc(r.ciLow().rounded(2) + " – " + r.ciHigh().rounded(2)) : "–").append("</td>");
        }
        if (change) {
            Figure c = d.change(r.district());
            cell("change", c, c.present() ? c.signed(2) : "–");
        }
        cell("observed", r.observed(), r.observed().rounded(2));
        if (filled) {
            cell("filled", r.filled(), r.filled().present() ? r.filled().rounded(2) : "–");
        }
        cell("forest", r.forestKm2(), r.forestKm2().rounded(2));
        cell("area", r.totalKm2(), r.totalKm2().rounded(2));
        sb.append("</tr>\n");
    }

    private void cell(String col, Figure f, String shown) {
        sb.append("<td data-col=\"").append(col).append("\" data-sort=\"").append(esc(f.text())).append("\" data-value=\"")
                .append(esc(f.text())).append("\">").append(esc(shown)).append("</td>");
    }

    private void previews(SortedMap<Integer, Drawing> previews) {
        sb.append("<section id=\"forest-maps\">\n<h2>").append(esc(tx.navPreviews())).append("</h2>\n");
        if (previews.isEmpty()) {
            sb.append("<p class=\"missing\">").append(esc(tx.noMaps())).append("</p>\n</section>\n");
            return;
        }
        sb.append("<p class=\"note\">").append(esc(tx.previewNote())).append("</p>\n<ul class=\"legend\">");
        for (ClassStyle c : ForestLegend.classes()) {
            sb.append("<li><span class=\"swatch\" style=\"background:").append(c.hex()).append("\"></span>")
                    .append(esc(tx.className(c.code()))).append("</li>");
        }
        sb.append("</ul>\n<div class=\"previews\">\n");
        for (Map.Entry<Integer, Drawing> e : previews.entrySet()) {
            sb.append("<figure>").append(SvgRenderer.inline(e.getValue(), "chart preview")).append("</figure>\n");
        }
        sb.append("</div>\n</section>\n");
    }

    private void qa() {
        sb.append("<section id=\"qa\">\n<h2>").append(esc(tx.navQa())).append("</h2>\n");
        if (d.qa().isEmpty()) {
            sb.append("<p class=\"missing\">").append(esc(tx.noQa())).append("</p>\n</section>\n");
            return;
        }
        QaFolder q = d.qa().get();
        sb.append("<p class=\"note\">").append(esc(tx.qaMethod())).append("</p>\n");
        List<QaFolder.QaArea> city = q.areas().stream().filter(QaFolder.QaArea::city).toList();
        sb.append("<table id=\"qa-years\"><thead><tr><th>").append(esc(tx.colYear())).append("</th><th>")
                .append(esc(tx.plotsUsed())).append("</th><th>").append(esc(tx.overall())).append("</th><th>")
                .append(esc(tx.kappa())).append("</th><th>").append(esc(tx.forestUsers())).append("</th><th>")
                .append(esc(tx.forestProducers())).append("</th><th>").append(esc(tx.mappedCoverage())).append("</th><th>")
                .append(esc(tx.adjustedCoverage())).append("</th></tr></thead>\n<tbody>\n");
        for (QaFolder.QaArea a : city) {
            sb.append("<tr data-year=\"").append(a.year()).append("\"><td>").append(a.year()).append("</td><td>")
                    .append(esc(a.text("plots_used"))).append("</td><td>")
                    .append(esc(pm(a, "overall_accuracy", "overall_ci95", 3))).append("</td><td>")
                    .append(esc(a.figure("kappa").rounded(3))).append("</td><td>")
                    .append(esc(pm(a, "forest_users_accuracy", "forest_users_ci95", 3))).append("</td><td>")
                    .append(esc(pm(a, "forest_producers_accuracy", "forest_producers_ci95", 3))).append("</td><td>")
                    .append(esc(a.figure("mapped_coverage_pct").rounded(2))).append("</td><td>")
                    .append(esc(pm(a, "adjusted_coverage_pct", "adjusted_coverage_ci95_pp", 2))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        int last = city.stream().mapToInt(QaFolder.QaArea::year).max().orElse(d.latest());
        for (QaFolder.QaArea a : city) {
            sb.append("<details").append(a.year() == last ? " open" : "").append("><summary>")
                    .append(esc(tx.qaHeading(a.year()))).append("</summary>\n<div class=\"qa\">\n");
            long ff = (long) a.figure("n_map_forest_ref_forest").value();
            long fn = (long) a.figure("n_map_forest_ref_nonforest").value();
            long nf = (long) a.figure("n_map_nonforest_ref_forest").value();
            long nn = (long) a.figure("n_map_nonforest_ref_nonforest").value();
            sb.append("<table class=\"matrix\" data-year=\"").append(a.year()).append("\"><caption>").append(esc(tx.matrix()))
                    .append("</caption>\n<thead><tr><th></th><th>").append(esc(tx.refForest())).append("</th><th>")
                    .append(esc(tx.refNonForest())).append("</th><th>").append(esc(tx.total())).append("</th></tr></thead>\n<tbody>")
                    .append("<tr><th class=\"text\">").append(esc(tx.mapForest())).append("</th><td>").append(ff).append("</td><td>")
                    .append(fn).append("</td><td>").append(ff + fn).append("</td></tr>")
                    .append("<tr><th class=\"text\">").append(esc(tx.mapNonForest())).append("</th><td>").append(nf)
                    .append("</td><td>").append(nn).append("</td><td>").append(nf + nn).append("</td></tr>")
                    .append("<tr><th class=\"text\">").append(esc(tx.total())).append("</th><td>").append(ff + nf)
                    .append("</td><td>").append(fn + nn).append("</td><td>").append(ff + fn + nf + nn)
                    .append("</td></tr></tbody></table>\n");
            sb.append("<table class=\"accuracy\"><tbody>\n");
            kv(tx.overall(), pm(a, "overall_accuracy", "overall_ci95", 3));
            kv(tx.kappa(), a.figure("kappa").rounded(3));
            kv(tx.forestUsers(), pm(a, "forest_users_accuracy", "forest_users_ci95", 3));
            kv(tx.forestProducers(), pm(a, "forest_producers_accuracy", "forest_producers_ci95", 3));
            kv(tx.nonForestUsers(), a.figure("nonforest_users_accuracy").rounded(3));
            kv(tx.nonForestProducers(), a.figure("nonforest_producers_accuracy").rounded(3));
            kv(tx.mappedForest(), a.figure("mapped_forest_ha").rounded(1));
            kv(tx.adjustedForest(), pm(a, "adjusted_forest_ha", "adjusted_forest_ci95_ha", 1));
            kv(tx.mappedCoverage(), a.figure("mapped_coverage_pct").present()
                    ? tx.pct(a.figure("mapped_coverage_pct").rounded(2)) : "–");
            kv(tx.adjustedCoverage(), a.figure("adjusted_coverage_pct").present()
                    ? tx.pct(pm(a, "adjusted_coverage_pct", "adjusted_coverage_ci95_pp", 2)) : "–");
            kv(tx.plotsUsed(), a.text("plots_used"));
            if (!a.text("note").isEmpty()) {
                kv(tx.note(), a.text("note"));
            }
            sb.append("</tbody></table>\n</div>\n</details>\n");
        }
        List<QaFolder.QaArea> districts = q.areas().stream().filter(a -> !a.city()).toList();
        if (!districts.isEmpty()) {
            sb.append("<h3>").append(esc(tx.qaDistricts())).append("</h3>\n<table class=\"sortable\" id=\"qa-districts\"><thead><tr>");
            th("year", tx.colYear(), true);
            th("area", tx.area(), false);
            th("plots", tx.plotsUsed(), true);
            th("overall", tx.overall(), true);
            th("adjusted", tx.adjustedCoverage(), true);
            sb.append("</tr></thead>\n<tbody>\n");
            for (QaFolder.QaArea a : districts) {
                sb.append("<tr><td data-sort=\"").append(a.year()).append("\">").append(a.year())
                        .append("</td><td class=\"text\" data-sort=\"").append(esc(a.area())).append("\">").append(esc(a.area()))
                        .append("</td><td data-sort=\"").append(esc(a.text("plots_used"))).append("\">")
                        .append(esc(a.text("plots_used"))).append("</td><td data-sort=\"")
                        .append(esc(a.text("overall_accuracy"))).append("\">").append(esc(pm(a, "overall_accuracy", "overall_ci95", 3)))
                        .append("</td><td data-sort=\"").append(esc(a.text("adjusted_coverage_pct"))).append("\">")
                        .append(esc(pm(a, "adjusted_coverage_pct", "adjusted_coverage_ci95_pp", 2))).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("</section>\n");
    }

    /** An official percentage as published, with at least one decimal (45 is written 45.0). */
    static String official(java.math.BigDecimal v) {
        return v.scale() < 1 ? v.setScale(1).toPlainString() : v.toPlainString();
    }

    /** The sign of a gap as shown with two decimals (a gap that rounds to 0.00 is on the line). */
    private static int gapSign(double gapPp) {
        return new java.math.BigDecimal(Figure.of(Math.abs(gapPp)).rounded(2)).signum() == 0 ? 0 : gapPp > 0 ? 1 : -1;
    }

    private static String pm(QaFolder.QaArea a, String value, String ci, int decimals) {
        Figure v = a.figure(value);
        Figure c = a.figure(ci);
        if (!v.present()) {
            return "–";
        }
        return c.present() ? v.rounded(decimals) + " ± " + c.rounded(decimals) : v.rounded(decimals);
    }

    private void kv(String k, String v) {
        sb.append("<tr><th class=\"text\">").append(esc(k)).append("</th><td>").append(esc(v.isEmpty() ? "–" : v))
                .append("</td></tr>\n");
    }

    private void provenance(Provenance prov, List<String> beside) {
        sb.append("<section id=\"provenance\">\n<h2>").append(esc(tx.navProvenance())).append("</h2>\n<table class=\"kv\"><tbody>\n");
        kv(tx.report(), prov.generatedAt());
        kv(tx.tool(), prov.tool());
        kv("Java", prov.java());
        kv("GDAL", prov.gdal());
        kv(tx.font(), prov.font());
        sb.append("</tbody></table>\n<h3>").append(esc(tx.inputs())).append("</h3>\n<table class=\"files\"><thead><tr><th class=\"text\">")
                .append(esc(tx.file())).append("</th><th>").append(esc(tx.bytes())).append("</th><th class=\"text\">SHA-256</th></tr></thead><tbody>\n");
        for (Provenance.InputFile f : prov.inputs()) {
            sb.append("<tr><td class=\"text\">").append(esc(f.path())).append("</td><td>").append(f.bytes())
                    .append("</td><td class=\"text hash\">").append(esc(f.sha256().isEmpty() ? "–" : f.sha256())).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n<h3>").append(esc(tx.runSettings())).append("</h3>\n");
        if (d.run().settings().isEmpty()) {
            sb.append("<p class=\"missing\">").append(esc(tx.noRunSettings())).append("</p>\n");
        } else {
            json(d.run().settings(), "run-settings");
        }
        d.run().runRecord().ifPresent(r -> {
            sb.append("<h3>").append(esc(tx.runRecord())).append("</h3>\n");
            json(r, "run-record");
        });
        d.qa().flatMap(QaFolder::settings).ifPresent(s -> {
            sb.append("<h3>").append(esc(tx.qaSettings())).append("</h3>\n");
            json(s, "qa-settings");
        });
        sb.append("<h3>").append(esc(tx.besideFiles())).append("</h3>\n<p class=\"files-beside\">");
        for (int i = 0; i < beside.size(); i++) {
            sb.append(i == 0 ? "" : " · ").append("<a href=\"").append(esc(beside.get(i))).append("\">")
                    .append(esc(beside.get(i))).append("</a>");
        }
        sb.append("</p>\n</section>\n");
    }

    /** A JSON object as a key / value table; nested objects and arrays of objects as indented JSON. */
    private void json(JsonNode n, String id) {
        sb.append("<table class=\"kv\" id=\"").append(id).append("\"><tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            sb.append("<tr><th class=\"text\">").append(esc(e.getKey())).append("</th><td class=\"text\">");
            if (v.isValueNode()) {
                sb.append(esc(v.asText()));
            } else if (v.isArray() && allValues(v)) {
                StringBuilder list = new StringBuilder();
                v.forEach(x -> list.append(list.length() == 0 ? "" : ", ").append(x.asText()));
                sb.append(esc(list.toString()));
            } else {
                // nested records (district checks, the trajectory with its sources) stay folded until asked for
                StringBuilder keys = new StringBuilder();
                v.fieldNames().forEachRemaining(k -> keys.append(keys.length() == 0 ? "" : ", ").append(k));
                sb.append("<details><summary>").append(esc(v.isArray() ? v.size() + " ×" : keys.toString()))
                        .append("</summary><pre>");
                try {
                    sb.append(esc(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v)));
                } catch (JsonProcessingException ex) {
                    sb.append(esc(v.toString()));
                }
                sb.append("</pre></details>");
            }
            sb.append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode x : array) {
            if (!x.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    static final String CSS = """
            :root{--ink:#222;--muted:#666;--line:#e3e3e3;--green:#1a7a3a}
            *{box-sizing:border-box}
            body{margin:0;background:#eef0ec;color:var(--ink);font:15px/1.5 ForestReport,'WenQuanYi Micro Hei',sans-serif}
            main{max-width:1060px;margin:0 auto;padding:24px 32px 40px;background:#fff}
            h1{font-size:28px;margin:0 0 4px}
            h2{font-size:21px;margin:32px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--green)}
            h3{font-size:17px;margin:22px 0 8px}
            .sub,.note{color:var(--muted);font-size:13px;margin:4px 0}
            .banner{background:#fff4d6;border:1px solid #e2c15f;border-radius:4px;padding:8px 12px;font-weight:bold}
            nav{margin:12px 0 0;font-size:14px}
            nav a{color:#1f5fa8;text-decoration:none;margin-right:16px}
            .headline{display:flex;flex-wrap:wrap;gap:12px 36px;border:1px solid var(--line);border-radius:6px;padding:18px 22px;margin-top:18px}
            .headline>div{flex:1 1 300px}
            .kicker{font-size:15px;color:var(--muted)}
            .big{font-size:54px;font-weight:bold;color:var(--green);line-height:1.15}
            .facts p{margin:6px 0}
            .verdict{font-weight:bold}
            .verdict.on_track{color:var(--green)}
            .verdict.ahead{color:#1f5fa8}
            .verdict.behind{color:#c0282d}
            .missing{color:#8a5a00;background:#fbf6ea;padding:6px 10px;border-radius:4px}
            figure{margin:8px 0}
            svg.chart{max-width:100%;height:auto}
            svg.map path[data-district]:hover{stroke:#000;stroke-width:2}
            .maps{display:flex;flex-wrap:wrap;gap:8px 18px;align-items:flex-start}
            .previews{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:4px 12px}
            ul.legend{list-style:none;padding:0;margin:6px 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:13px}
            .swatch{display:inline-block;width:14px;height:14px;border:1px solid #777;vertical-align:-2px;margin-right:6px}
            table{border-collapse:collapse;font-size:14px;margin:6px 0}
            th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
            table.kv td{text-align:left}
            th{background:#f1f3ef;font-weight:bold}
            .text{text-align:left}
            tfoot td{font-weight:bold;border-top:2px solid #bbb}
            table.sortable thead th{cursor:pointer;user-select:none}
            table.sortable thead th[aria-sort=ascending]::after{content:" \\2191"}
            table.sortable thead th[aria-sort=descending]::after{content:" \\2193"}
            caption{caption-side:top;text-align:left;font-size:13px;color:var(--muted);padding-bottom:4px}
            .qa{display:flex;flex-wrap:wrap;gap:8px 28px;align-items:flex-start}
            .hash{font-size:11px;word-break:break-all}
            pre{margin:0;font-size:12px;white-space:pre-wrap}
            details{margin:8px 0;font-size:13px}
            section>details>summary{font-size:16px;font-weight:bold;margin:14px 0 6px;cursor:pointer}
            td details{margin:0}
            ul.sources{word-break:break-all}
            footer{margin-top:28px}
            @media print{body{background:#fff}nav{display:none}main{padding:0}}
            """;

    static final String SCRIPT = """
            (function () {
              function sortBy(table, index, th) {
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var numeric = th.getAttribute('data-type') === 'number';
                rows.sort(function (a, b) {
                  var x = a.cells[index].getAttribute('data-sort');
                  var y = b.cells[index].getAttribute('data-sort');
                  if (numeric) {
                    x = x === '' ? NaN : parseFloat(x);
                    y = y === '' ? NaN : parseFloat(y);
                    if (isNaN(x) && isNaN(y)) { return 0; }
                    if (isNaN(x)) { return 1; }
                    if (isNaN(y)) { return -1; }
                    return ascending ? x - y : y - x;
                  }
                  return ascending ? x.localeCompare(y) : y.localeCompare(x);
                });
                rows.forEach(function (r) { body.appendChild(r); });
              }
              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
                  th.tabIndex = 0;
                  th.addEventListener('click', function () { sortBy(table, index, th); });
                  th.addEventListener('keydown', function (e) {
                    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(table, index, th); }
                  });
                });
              });
            })();
            """;
}
