/**
 * Charts as small vector drawings in Java: a {@link org.forestcoverage.chart.Drawing} is a list of marks (shapes,
 * dots, labels, pictures) in pixel units, rendered by {@link org.forestcoverage.chart.SvgRenderer} for web pages and
 * slides and by {@link org.forestcoverage.chart.PngRenderer} (Java2D) for slides, from the same marks, so the two
 * files never disagree. {@link org.forestcoverage.chart.ChartFont} is the one font of both: a TrueType font with
 * Chinese glyphs from the system (Debian's fonts-wqy-microhei), measured and drawn by Java2D and embedded as a
 * subset holding only the characters used. Scales and colour ramps are here too. No GDAL, no Spark, no domain.
 */
package org.forestcoverage.chart;
