package org.forestcoverage.maps;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.forestcoverage.kernel.LandClass;
import org.forestcoverage.sensor.SensorFamily;

/**
 * The yearly maps {@code analyze --maps} writes ({@code forest_YEAR.tif}, {@code ndvi_YEAR.tif}...), and what their
 * pixel values mean: the one place that says so, for the GeoTIFF writer (file prefix), the STAC items of the maps
 * ({@link MapCatalog}: data type, NoData, unit, description, role) and the README. Immutable.
 *
 * <pre>{@code
 * MapLayer.FOREST.file(2024);        // "forest_2024.tif"
 * MapLayer.DOY.dataType();           // "uint16" (the STAC raster extension's name)
 * }</pre>
 */
public enum MapLayer {
    /** {@link LandClass} codes, Byte; 0 (unobserved) is NoData. */
    FOREST("forest", "Forest map", "uint8", ForestLegend.NODATA, null, "data",
            "Land class per pixel: " + LandClass.UNOBSERVED + " " + LandClass.name(LandClass.UNOBSERVED)
                    + " (cloud, shadow or no scene; NoData), " + Stream.of(LandClass.NON_FOREST, LandClass.FOREST,
                    LandClass.WATER).map(c -> c + " " + LandClass.name(c)).collect(Collectors.joining(", "))),
    /** Composite NDVI, Float32, NaN = unobserved. */
    NDVI("ndvi", "Composite NDVI", "float32", Double.NaN, "1", "data",
            "Composite NDVI of the year's valid observations, -1..1 (NaN, unobserved, is NoData)"),
    /** Valid observations per pixel, UInt16. */
    COUNT("count", "Valid observations", "uint16", null, "observations", "data",
            "Number of valid (unmasked) observations of the pixel in the year's scenes; 0 = none"),
    /** Day of year of the observation a max or best-available-pixel composite chose, UInt16, 0 = none. */
    DOY("doy", "Day of the chosen observation", "uint16", null, "day of year", "date",
            "Day of year (1-366) of the acquisition a max or best-available-pixel composite chose for the pixel;"
                    + " 0 = none (unobserved, or a median/percentile composite)"),
    /** Sensor of the chosen observation, Byte: {@link SensorFamily#mapCode()}, 0 = none. */
    SENSOR("sensor", "Sensor of the chosen observation", "uint8", null, null, "data",
            "Sensor of the observation the composite chose for the pixel: 0 none, " + sensorCodes());

    private final String prefix;
    private final String title;
    private final String dataType;
    private final Double nodata;
    private final String unit;
    private final String role;
    private final String description;

    MapLayer(String prefix, String title, String dataType, Number nodata, String unit, String role,
             String description) {
        this.prefix = prefix;
        this.title = title;
        this.dataType = dataType;
        this.nodata = nodata == null ? null : nodata.doubleValue();
        this.unit = unit;
        this.role = role;
        this.description = description;
    }

    /** File prefix: {@code forest}, {@code ndvi}, {@code count}, {@code doy}, {@code sensor}. */
    public String prefix() {
        return prefix;
    }

    /** The map of {@code year}: {@code PREFIX_YEAR.tif}. */
    public String file(int year) {
        return prefix + "_" + year + ".tif";
    }

    /** A short title ({@code Forest map}). */
    public String title() {
        return title;
    }

    /** The pixel type in the STAC raster extension's words ({@code uint8}, {@code uint16}, {@code float32}). */
    public String dataType() {
        return dataType;
    }

    /** The NoData value the file declares ({@code NaN} for NDVI), or {@code null} when every value is data. */
    public Double nodata() {
        return nodata;
    }

    /** The unit of the values, or {@code null} for codes. */
    public String unit() {
        return unit;
    }

    /**
     * The STAC asset role: {@code date} for the day-of-year map (per-pixel acquisition dates, STAC's best practice),
     * {@code data} for the others (not {@code metadata}, which names sidecar files and which GDAL's STACIT driver skips).
     */
    public String role() {
        return role;
    }

    /** What the pixel values mean, in one sentence. */
    public String description() {
        return description;
    }

    /**
     * The values of a class map and what they mean ({@link #FOREST}: the legend's classes with their colours;
     * {@link #SENSOR}: none and the sensor families); empty for the continuous maps.
     */
    public List<MapClass> classes() {
        return switch (this) {
            case FOREST -> ForestLegend.classes().stream().map(c -> new MapClass(c.code(), c.name(),
                    c.code() == ForestLegend.NODATA ? c.name() + ": cloud, shadow or no scene (NoData)" : c.name(),
                    c.hex().substring(1).toUpperCase(Locale.ROOT))).toList();
            case SENSOR -> Stream.concat(Stream.of(new MapClass(0, "none", "no observation chosen", null)),
                    Stream.of(SensorFamily.values()).map(f -> new MapClass(f.mapCode(),
                            f.name().toLowerCase(Locale.ROOT), f == SensorFamily.UNKNOWN ? "other" : f.label(), null)))
                    .toList();
            case NDVI, COUNT, DOY -> List.of();
        };
    }

    private static String sensorCodes() {
        return Stream.of(SensorFamily.values()).map(f -> f.mapCode() + " " + (f == SensorFamily.UNKNOWN
                ? "other" : f.label())).collect(Collectors.joining(", "));
    }
}
