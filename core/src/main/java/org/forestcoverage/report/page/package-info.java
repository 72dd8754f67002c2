/**
 * The report a person reads: {@link org.forestcoverage.report.page.ReportWriter} turns a run folder of
 * {@code forest analyze} (and optionally a folder of {@code forest qa} and a trajectory) into one self-contained
 * HTML page in English or Chinese, with the headline, the trajectory chart, district choropleths, a sortable district
 * table, previews of the forest maps, the accuracy assessment and the provenance, plus each chart as SVG and PNG
 * files for slides. Reading ({@code RunFolder}, {@code QaFolder}) → deciding what to show ({@code ReportData}) →
 * drawing ({@code TrajectoryChart}, {@code DistrictMap}, {@code ForestPreview}, on {@code chart}) → the page
 * ({@code HtmlPage}, words in {@code Texts}). Uses {@code chart}, {@code maps}, {@code trajectory} and {@code io.gdal}
 * (district layer, map previews); no Spark.
 */
package org.forestcoverage.report.page;
