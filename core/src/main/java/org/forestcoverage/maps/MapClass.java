package org.forestcoverage.maps;

/**
 * One value of a class map ({@code forest_YEAR.tif}, {@code sensor_YEAR.tif}) as the STAC classification extension
 * lists it. Immutable.
 *
 * @param value       the pixel value
 * @param name        a short machine-readable name ({@code non-forest}, {@code oli}): letters, digits, {@code -}, {@code _}
 * @param description what the value means
 * @param colourHint  the map's colour for it as {@code RRGGBB} (upper case, no {@code #}), or {@code null}
 */
public record MapClass(int value, String name, String description, String colourHint) {
    public MapClass {
        if (!name.matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("class name '" + name + "' is not machine-readable");
        }
    }
}
