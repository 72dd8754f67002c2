package org.forestcoverage.qa;

import java.io.Serializable;

/**
 * A sampling stratum: a map class, optionally within one zone (district). {@link #WHOLE_AREA} as zone means the
 * stratum is the map class over the whole analysed area. Immutable.
 *
 * <pre>{@code
 * StratumKey forest = StratumKey.of(1);                 // map class 1 everywhere
 * StratumKey forestInYanqing = StratumKey.of(1, "Yanqing");
 * }</pre>
 *
 * @param mapClass the map class code (e.g. 1 forest, 0 non-forest)
 * @param zone     the district or zone id, or {@link #WHOLE_AREA}; never null or blank
 */
public record StratumKey(int mapClass, String zone) implements Serializable {

    /** Zone of a stratum that is not split by district. */
    public static final String WHOLE_AREA = "*";

    public StratumKey {
        if (zone == null || zone.isBlank()) {
            throw new IllegalArgumentException("zone of stratum (map class " + mapClass + ") must not be blank: '"
                    + zone + "'; use StratumKey.WHOLE_AREA");
        }
    }

    /** Map class over the whole area. */
    public static StratumKey of(int mapClass) {
        return new StratumKey(mapClass, WHOLE_AREA);
    }

    public static StratumKey of(int mapClass, String zone) {
        return new StratumKey(mapClass, zone);
    }

    @Override
    public String toString() {
        return WHOLE_AREA.equals(zone) ? "class " + mapClass : "class " + mapClass + " in " + zone;
    }
}
