package org.forestcoverage.scene;

import java.util.Locale;

/**
 * The bands a scene can have, by what they measure: red and near-infrared for NDVI, green and short-wave infrared for
 * the water indices. {@link #key()} is the band's name in a manifest entry ({@code "red"}, {@code "nir"},
 * {@code "green"}, {@code "swir"}).
 */
public enum BandRole {
    RED, NIR, GREEN, SWIR;

    /** The band's key in a manifest entry. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
