package org.forestcoverage.report.page;

import java.util.Locale;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.trajectory.Verdict;

/**
 * Every word of the report in one language. Numbers arrive formatted; the methods place them. Immutable and
 * thread-safe.
 */
final class Texts {
    private final boolean zh;

    Texts(Lang lang) {
        this.zh = lang == Lang.ZH;
    }

    private String t(String en, String zhText) {
        return zh ? zhText : en;
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A percentage value with its unit. */
    String pct(String v) {
        return zh ? v + "%" : v + " %";
    }

    String title() {
        return t("Forest coverage report", "森林覆盖率报告");
    }

    String subtitle(String dir, int districts, int first, int last) {
        String years = first == last ? Integer.toString(first) : first + "–" + last;
        return zh ? f("运行目录 %s · %d 个区 · %s 年", dir, districts, years)
                : f("Run %s · %d districts · %s", dir, districts, years);
    }

    String generated(String when, String version) {
        return zh ? f("生成于 %s（%s）", when, version) : f("Generated %s by %s", when, version);
    }

    String runLabel() {
        return t("Run label: ", "运行标注：");
    }

    String navHeadline() {
        return t("Headline", "要点");
    }

    String navTrajectory() {
        return t("Trajectory", "变化轨迹");
    }

    String navMaps() {
        return t("District maps", "各区地图");
    }

    String navTable() {
        return t("Districts", "各区数据");
    }

    String navPreviews() {
        return t("Forest maps", "森林分布图");
    }

    String navQa() {
        return t("Accuracy (QA)", "精度评价");
    }

    String navProvenance() {
        return t("Provenance", "数据来源与设置");
    }

    String cityCoverage(int year) {
        return zh ? f("%d年全市森林覆盖率", year) : f("City forest coverage, %d", year);
    }

    String definition(String observed) {
        return zh ? f("森林面积 / 已观测陆地面积；%s的面积已观测。", pct(observed))
                : f("Forest / observed land; %s of the area was observed.", pct(observed));
    }

    String interval(String low, String high) {
        return zh ? f("95%% 置信区间 %s–%s", low, pct(high)) : f("95 %% confidence interval %s – %s", low, pct(high));
    }

    String intervalFromQa(String centre, int plots) {
        return zh ? f("（基于 %d 个地面样地的误差校正估计 %s，Olofsson 等 2014）", plots, pct(centre))
                : f(" around the error-adjusted estimate %s (%d ground plots, Olofsson et al. 2014)", pct(centre), plots);
    }

    String noInterval(int year) {
        return zh ? f("%d年没有置信区间：本次运行不含置信区间，也未提供精度评价（对运行的森林图执行 forest qa，再用 --qa 传入）。", year)
                : f("No confidence interval is available for %d: the run carries none and no accuracy assessment was "
                + "given (run forest qa on the run's maps and pass its folder with --qa).", year);
    }

    String noIntervalForYear(int year, String qaYears) {
        return zh ? f("%d年没有置信区间：精度评价只覆盖 %s 年。", year, qaYears)
                : f("No confidence interval is available for %d: the accuracy assessment covers %s only.", year, qaYears);
    }

    /**
     * @param gapPp measured - expected, unsigned and rounded
     * @param sign  the sign of the rounded gap: -1 below the line, 0 on it, 1 above
     */
    String gap(String gapPp, int sign, int baseYear, String basePct, int targetYear, String targetPct, int year,
               String expected) {
        String line = zh ? f("规划线（%d年 %s 至 %d年 %s）", baseYear, pct(basePct), targetYear, pct(targetPct))
                : f("the planned line from %s (%d) to %s (%d)", pct(basePct), baseYear, pct(targetPct), targetYear);
        if (sign == 0) {
            return zh ? f("与%s持平；规划线 %d 年的预期值为 %s。", line, year, pct(expected))
                    : f("On %s, which expects %s in %d.", line, pct(expected), year);
        }
        return zh ? f("比%s%s %s 个百分点；规划线 %d 年的预期值为 %s。", line, sign > 0 ? "高" : "低", gapPp, year,
                pct(expected))
                : f("%s percentage points %s %s, which expects %s in %d.", gapPp, sign > 0 ? "above" : "below", line,
                pct(expected), year);
    }

    String verdict(Verdict v, String band, boolean ci) {
        String s = switch (v) {
            case ON_TRACK -> zh ? f("符合规划进度：与规划线相差不超过 ±%s 个百分点", band)
                    : f("On track: within ±%s percentage points of the line", band);
            case AHEAD -> zh ? f("快于规划：高于规划线超过 %s 个百分点", band)
                    : f("Ahead of the line: more than %s percentage points above it", band);
            case BEHIND -> zh ? f("落后于规划：低于规划线超过 %s 个百分点", band)
                    : f("Behind the line: more than %s percentage points below it", band);
        };
        return s + (ci ? t(" (the band is the 95 % confidence half-width).", "（区间为 95% 置信区间半宽）。")
                : t(" (the band is the tolerance; there is no confidence interval).", "（区间为容差，无置信区间）。"));
    }

    String verdictShort(Verdict v) {
        return switch (v) {
            case ON_TRACK -> t("on track", "符合进度");
            case AHEAD -> t("ahead", "快于规划");
            case BEHIND -> t("behind", "落后于规划");
        };
    }

    String noTrajectory() {
        return t("No planned line to compare with: the run was analysed without --trajectory (pass --trajectory FILE "
                + "to forest report).", "没有可比较的规划线：分析时未指定 --trajectory（可在 forest report 中用 --trajectory 文件 指定）。");
    }

    String reported(int year, String v) {
        return zh ? f("%d年官方公布值：%s。", year, pct(v)) : f("Officially reported for %d: %s.", year, pct(v));
    }

    String chartTitle() {
        return t("City forest coverage against the planned line", "全市森林覆盖率与规划线");
    }

    String axisCoverage() {
        return t("forest coverage (%)", "森林覆盖率（%）");
    }

    String legendMeasured() {
        return t("measured", "实测");
    }

    String legendInterval() {
        return t("95 % CI", "95% 置信区间");
    }

    String legendAdjusted() {
        return t("error-adjusted (QA)", "误差校正估计");
    }

    String legendLine() {
        return t("planned line", "规划线");
    }

    String legendReported() {
        return t("reported", "官方公布值");
    }

    String legendTarget(int year) {
        return zh ? f("%d年目标", year) : f("target %d", year);
    }

    String colYear() {
        return t("Year", "年份");
    }

    String colMeasured() {
        return t("Measured %", "实测（%）");
    }

    String colInterval() {
        return t("95 % CI", "95% 置信区间");
    }

    String colPlanned() {
        return t("Planned %", "规划值（%）");
    }

    String colGap() {
        return t("Gap (pp)", "差距（百分点）");
    }

    String colReported() {
        return t("Reported %", "公布值（%）");
    }

    String colVerdict() {
        return t("Verdict", "判断");
    }

    String sources() {
        return t("Reported values and their sources", "官方公布值及来源");
    }

    String lineFrom(String from) {
        return zh ? "规划线来源：" + from : "Planned line from " + from;
    }

    String coverageMap(int year) {
        return zh ? f("%d年森林覆盖率（%%）", year) : f("Forest coverage %d (%%)", year);
    }

    String changeMap(int from, int to) {
        return zh ? f("%d–%d年覆盖率变化（百分点）", from, to) : f("Coverage change %d–%d (percentage points)", from, to);
    }

    String oneYear() {
        return t("The run has one year: there is no change to map.", "只有一年数据，无法显示变化。");
    }

    String noDistrictLayer() {
        return t("The run folder has no districts.gpkg (runs of earlier versions did not write it): the district maps "
                + "are left out.", "运行目录中没有 districts.gpkg（旧版本未生成），省略各区地图。");
    }

    String noObservation() {
        return t("no observation", "无观测");
    }

    String tableHeading(int year) {
        return zh ? f("%d年各区数据", year) : f("Districts, %d", year);
    }

    String colDistrict() {
        return t("District", "区代码");
    }

    String colName() {
        return t("Name", "名称");
    }

    String colCoverage() {
        return t("Coverage %", "覆盖率（%）");
    }

    String colChange(int from) {
        return zh ? f("自%d年变化（百分点）", from) : f("Change since %d (pp)", from);
    }

    String colObserved() {
        return t("Observed %", "观测比例（%）");
    }

    String colFilled() {
        return t("Filled %", "填补比例（%）");
    }

    String colForest() {
        return t("Forest km²", "森林面积（km²）");
    }

    String colArea() {
        return t("Area km²", "面积（km²）");
    }

    String sortHint() {
        return t("Click a column heading to sort; click again to reverse.", "点击列标题排序，再次点击反向排序。");
    }

    String cityRow() {
        return t("City (all districts)", "全市（所有区）");
    }

    String preview(int year) {
        return zh ? f("%d年森林分布图", year) : f("Forest map %d", year);
    }

    String className(int code) {
        return switch (code) {
            case LandClass.UNOBSERVED -> t("unobserved (cloud, no data)", "未观测（云、无数据）");
            case LandClass.NON_FOREST -> t("non-forest", "非林地");
            case LandClass.FOREST -> t("forest", "森林");
            case LandClass.WATER -> t("water", "水体");
            default -> Integer.toString(code);
        };
    }

    String noMaps() {
        return t("The run folder has no forest_YEAR.tif (analyze without --maps): the previews are left out.",
                "运行目录中没有 forest_YEAR.tif（analyze 未加 --maps），省略预览图。");
    }

    String previewNote() {
        return t("Reduced copies of forest_YEAR.tif (the most frequent observed class of each block) with the district "
                + "boundaries. Open the GeoTIFF in QGIS for full detail: its style (forest_YEAR.qml) loads with it.",
                "forest_YEAR.tif 的缩略图（每块取最多的已观测类别），叠加区界。完整细节请在 QGIS 中打开 GeoTIFF，样式文件（forest_YEAR.qml）会自动加载。");
    }

    String qaHeading(int year) {
        return zh ? f("%d年地面样地精度评价", year) : f("Accuracy against ground plots, %d", year);
    }

    String noQa() {
        return t("No accuracy assessment was given (forest report --qa QA_FOLDER, the output of forest qa): no error "
                + "matrix, accuracies or confidence intervals.", "未提供精度评价（forest report --qa 目录，即 forest qa 的输出）：无误差矩阵、精度和置信区间。");
    }

    String matrix() {
        return t("Error matrix: plots counted by map class (rows) and ground reference (columns)",
                "误差矩阵：按地图类别（行）和地面参考（列）统计的样地数");
    }

    String mapForest() {
        return t("map: forest", "地图：森林");
    }

    String mapNonForest() {
        return t("map: non-forest", "地图：非林地");
    }

    String refForest() {
        return t("reference: forest", "参考：森林");
    }

    String refNonForest() {
        return t("reference: non-forest", "参考：非林地");
    }

    String total() {
        return t("total", "合计");
    }

    String overall() {
        return t("Overall accuracy", "总体精度");
    }

    String kappa() {
        return t("Kappa", "Kappa 系数");
    }

    String forestUsers() {
        return t("Forest user's accuracy", "森林用户精度");
    }

    String forestProducers() {
        return t("Forest producer's accuracy", "森林生产者精度");
    }

    String nonForestUsers() {
        return t("Non-forest user's accuracy", "非林地用户精度");
    }

    String nonForestProducers() {
        return t("Non-forest producer's accuracy", "非林地生产者精度");
    }

    String mappedForest() {
        return t("Mapped forest (ha)", "地图森林面积（公顷）");
    }

    String adjustedForest() {
        return t("Error-adjusted forest (ha)", "误差校正森林面积（公顷）");
    }

    String mappedCoverage() {
        return t("Mapped coverage", "地图覆盖率");
    }

    String adjustedCoverage() {
        return t("Error-adjusted coverage", "误差校正覆盖率");
    }

    String plotsUsed() {
        return t("Plots used", "使用样地数");
    }

    String note() {
        return t("Note", "备注");
    }

    String qaDistricts() {
        return t("Districts with enough plots", "样地充足的区");
    }

    String area() {
        return t("Area", "区域");
    }

    String estimate() {
        return t("Estimate", "估计值");
    }

    String qaMethod() {
        return t("Stratified estimators of Olofsson et al. (2014); ± values are 95 % confidence half-widths.",
                "采用 Olofsson 等（2014）的分层估计；± 为 95% 置信区间半宽。");
    }

    String report() {
        return t("Report", "报告");
    }

    String tool() {
        return t("Tool", "工具");
    }

    String font() {
        return t("Font", "字体");
    }

    String inputs() {
        return t("Inputs read by this report", "本报告读取的文件");
    }

    String file() {
        return t("File", "文件");
    }

    String bytes() {
        return t("Bytes", "字节");
    }

    String runSettings() {
        return t("Run settings (coverage.json)", "运行设置（coverage.json）");
    }

    String noRunSettings() {
        return t("The run folder has no coverage.json: its settings are unknown.", "运行目录中没有 coverage.json，运行设置未知。");
    }

    String runRecord() {
        return t("Run record (run.json)", "运行记录（run.json）");
    }

    String qaSettings() {
        return t("QA settings (qa.json)", "精度评价设置（qa.json）");
    }

    String besideFiles() {
        return t("Charts and maps beside this page, for slides (SVG and PNG)", "本页旁的图表文件（SVG 与 PNG，可用于幻灯片）");
    }

    String selfContained() {
        return t("This page is self-contained: its scripts, styles, font and data are inline and it loads nothing from "
                + "the network.", "本页为自包含文件：脚本、样式、字体和数据均已内嵌，不从网络加载任何内容。");
    }
}
