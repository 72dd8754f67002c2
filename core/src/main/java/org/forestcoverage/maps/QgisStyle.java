package org.forestcoverage.maps;

import java.util.List;
import java.util.Locale;

/**
 * The text of QGIS layer style files ({@code .qml}). QGIS loads {@code NAME.qml} beside {@code NAME.tif} as the
 * layer's default style, so a map written with its style opens with named classes and their colours, without any
 * set-up in QGIS. Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("forest_2024.qml"), QgisStyle.paletted(ForestLegend.classes(), ForestLegend.NODATA));
 * }</pre>
 *
 * <p>The files follow the layout QGIS 3 itself saves ({@code <qgis><pipe><rasterrenderer ...>}); nearest-neighbour
 * resampling is kept for the class map, whose values must never be blended.
 */
public final class QgisStyle {
    /** Version written in the files' header: the oldest QGIS 3 LTR whose paletted renderer reads them. */
    static final String QGIS_VERSION = "3.22.0-Białowieża";

    /** The renderers' statistics block as QGIS saves it: no min/max stretch (classes and a fixed ramp). */
    private static final String MIN_MAX_ORIGIN = """
                  <minMaxOrigin>
                    <limits>None</limits>
                    <extent>WholeRaster</extent>
                    <statAccuracy>Estimated</statAccuracy>
                    <cumulativeCutLower>0.02</cumulativeCutLower>
                    <cumulativeCutUpper>0.98</cumulativeCutUpper>
                    <stdDevFactor>2</stdDevFactor>
                  </minMaxOrigin>
            """;

    private QgisStyle() {
    }

    /**
     * A paletted (unique values) style: one entry per class except {@code nodata}, which QGIS leaves transparent
     * because the raster declares it as NoData.
     */
    public static String paletted(List<ClassStyle> classes, int nodata) {
        StringBuilder entries = new StringBuilder();
        for (ClassStyle c : classes) {
            if (c.code() != nodata) {
                entries.append(String.format(Locale.ROOT,
                        "        <paletteEntry value=\"%d\" color=\"%s\" alpha=\"255\" label=\"%s\"/>%n",
                        c.code(), c.hex(), xml(c.name())));
            }
        }
        return document("""
                    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
                      <rasterTransparency/>
                """ + MIN_MAX_ORIGIN + """
                      <colorPalette>
                """ + entries + """
                      </colorPalette>
                    </rasterrenderer>
                """);
    }

    /**
     * A continuous colour ramp for a Float32 index such as NDVI, interpolated between {@code stops} (value, colour)
     * pairs, the first and last stop being the ramp's minimum and maximum.
     */
    public static String ramp(List<RampStop> stops) {
        if (stops.size() < 2) {
            throw new IllegalArgumentException("a ramp needs at least two stops, got " + stops.size());
        }
        double min = stops.get(0).value();
        double max = stops.get(stops.size() - 1).value();
        StringBuilder items = new StringBuilder();
        for (RampStop s : stops) {
            items.append(String.format(Locale.ROOT,
                    "            <item value=\"%s\" color=\"#%06x\" alpha=\"255\" label=\"%s\"/>%n",
                    num(s.value()), s.rgb(), num(s.value())));
        }
        return document(String.format(Locale.ROOT, """
                    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1" nodataColor=""
                                    classificationMin="%1$s" classificationMax="%2$s">
                      <rasterTransparency/>
                """, num(min), num(max)) + MIN_MAX_ORIGIN + """
                      <rastershader>
                        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0"
                                         minimumValue="%s" maximumValue="%s" labelPrecision="2">
                """.formatted(num(min), num(max)) + items + """
                        </colorrampshader>
                      </rastershader>
                    </rasterrenderer>
                """);
    }

    /** One stop of a {@link #ramp}: a value and its colour {@code 0xRRGGBB}. */
    public record RampStop(double value, int rgb) {
    }

    /** NDVI from bare ground (brown, 0) through sparse (pale) to dense vegetation (dark green, 1). */
    public static List<RampStop> ndviStops() {
        return List.of(new RampStop(0.0, 0xA6611A), new RampStop(0.3, 0xDFC27D), new RampStop(0.5, 0xD9F0A3),
                new RampStop(0.7, 0x78C679), new RampStop(1.0, 0x005A32));
    }

    private static String document(String renderer) {
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                + "<qgis version=\"" + QGIS_VERSION + "\" styleCategories=\"AllStyleCategories\">\n"
                + "  <pipe>\n"
                + "    <provider>\n"
                + "      <resampling enabled=\"false\" maxOversampling=\"2\" zoomedInResamplingMethod=\"nearestNeighbour\""
                + " zoomedOutResamplingMethod=\"nearestNeighbour\"/>\n"
                + "    </provider>\n"
                + renderer
                + "    <brightnesscontrast brightness=\"0\" contrast=\"0\" gamma=\"1\"/>\n"
                + "    <huesaturation saturation=\"0\" grayscaleMode=\"0\" colorizeOn=\"0\" colorizeRed=\"255\""
                + " colorizeGreen=\"128\" colorizeBlue=\"128\" colorizeStrength=\"100\"/>\n"
                + "    <rasterresampler maxOversampling=\"2\"/>\n"
                + "  </pipe>\n"
                + "  <blendMode>0</blendMode>\n"
                + "</qgis>\n";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
