package org.forestcoverage.maps;

import java.util.List;
import org.forestcoverage.kernel.LandClass;

/**
 * The legend of {@code forest_YEAR.tif}: one {@link ClassStyle} per {@link LandClass} code, in code order. The one
 * place that decides the map colours: the GeoTIFF colour table, the QGIS style and the report's previews use it.
 *
 * <pre>{@code
 * ForestLegend.of(LandClass.FOREST).hex();   // "#1a7a3a"
 * }</pre>
 *
 * <p>{@link LandClass#UNOBSERVED} (0) is the maps' NoData value; it still has a colour (light grey) for viewers
 * that draw NoData and for the previews, where "not seen" must not look like "not forest". Colours are told apart
 * with the common colour-vision deficiencies (green against pale sand, blue, grey). Thread-safe.
 */
public final class ForestLegend {
    private static final List<ClassStyle> CLASSES = List.of(
            new ClassStyle(LandClass.UNOBSERVED, LandClass.name(LandClass.UNOBSERVED), 0xC8C8C8),
            new ClassStyle(LandClass.NON_FOREST, LandClass.name(LandClass.NON_FOREST), 0xEBDFB4),
            new ClassStyle(LandClass.FOREST, LandClass.name(LandClass.FOREST), 0x1A7A3A),
            new ClassStyle(LandClass.WATER, LandClass.name(LandClass.WATER), 0x3F83C4));

    /** The NoData value of the forest maps: unobserved (cloud, shadow, no scene). */
    public static final int NODATA = LandClass.UNOBSERVED;

    private ForestLegend() {
    }

    /** Every class, in code order 0 .. {@link LandClass#COUNT} - 1. */
    public static List<ClassStyle> classes() {
        return CLASSES;
    }

    /** The style of class {@code code}. */
    public static ClassStyle of(int code) {
        if (code < 0 || code >= CLASSES.size()) {
            throw new IllegalArgumentException("no forest map class " + code);
        }
        return CLASSES.get(code);
    }
}
