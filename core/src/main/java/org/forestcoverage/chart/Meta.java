package org.forestcoverage.chart;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a mark says beyond its paint, for the page: a tooltip ({@code title}, may be empty) and {@code data-*}
 * attributes (sorted by key, so the SVG text is reproducible). PNG output ignores it. Immutable.
 */
public record Meta(String title, Map<String, String> data) {
    public static final Meta NONE = new Meta("", Map.of());

    public Meta {
        title = title == null ? "" : title;
        data = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(data));
    }

    public static Meta title(String title) {
        return new Meta(title, Map.of());
    }
}
