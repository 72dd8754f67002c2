package org.forestcoverage.plan;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether red and NIR of ETM+/TM and Sentinel-2 MSI scenes are transformed to Landsat-8 OLI's
 * ({@link org.forestcoverage.scene.CrossSensor}): {@link #AUTO} (default) when the run mixes sensors, {@link #ON}
 * always, {@link #OFF} never (a run that mixes sensors then warns).
 */
public enum Harmonise {
    AUTO, ON, OFF;

    /** {@code auto}, {@code on} or {@code off}; else an error naming the choices. */
    public static Harmonise parse(String s) {
        for (Harmonise h : values()) {
            if (h.name().equalsIgnoreCase(s)) {
                return h;
            }
        }
        throw new IllegalArgumentException("--harmonise must be one of " + Arrays.stream(values())
                .map(h -> h.name().toLowerCase(Locale.ROOT)).toList() + ", got " + s);
    }
}
