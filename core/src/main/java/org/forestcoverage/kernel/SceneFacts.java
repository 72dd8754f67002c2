package org.forestcoverage.kernel;

import java.io.Serializable;

/**
 * What the composite knows of a scene besides its pixels: its acquisition day of year (1..366, 0 unknown), a sensor
 * code for the per-pixel sensor map (0 unknown) and the best-available-pixel preference for its sensor (0..1).
 * Immutable.
 */
public record SceneFacts(int dayOfYear, int sensorCode, double sensorPreference) implements Serializable {
    /** Nothing known. */
    public static final SceneFacts UNKNOWN = new SceneFacts(0, 0, 0.5);

    public SceneFacts {
        if (dayOfYear < 0 || dayOfYear > 366 || sensorCode < 0 || sensorCode > 255
                || !(sensorPreference >= 0 && sensorPreference <= 1)) {
            throw new IllegalArgumentException("scene facts out of range: day " + dayOfYear + ", sensor " + sensorCode
                    + ", preference " + sensorPreference);
        }
    }
}
