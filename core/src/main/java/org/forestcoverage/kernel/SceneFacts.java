package org.forestcoverage.kernel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * What the composite knows of a scene besides its pixels: its acquisition day of year (1..366, 0 unknown), a sensor
 * code for the per-pixel sensor map (0 unknown), the best-available-pixel preference for its sensor (0..1) and its
 * acquisition date ({@code null} unknown; the day of year is the date's). Immutable.
 *
 * <pre>{@code
 * SceneFacts f = SceneFacts.of(LocalDate.of(2022, 8, 6), 1, 1.0);   // day 218, OLI
 * }</pre>
 */
public record SceneFacts(int dayOfYear, int sensorCode, double sensorPreference, LocalDate acquired)
        implements Serializable {
    /** Nothing known. */
    public static final SceneFacts UNKNOWN = new SceneFacts(0, 0, 0.5, null);

    /** Scenes by acquisition date, scenes without a date last (the order in which a medoid's ties are broken). */
    public static final Comparator<SceneFacts> BY_DATE = Comparator.comparing(SceneFacts::acquired,
            Comparator.nullsLast(Comparator.naturalOrder()));

    public SceneFacts {
        if (dayOfYear < 0 || dayOfYear > 366 || sensorCode < 0 || sensorCode > 255
                || !(sensorPreference >= 0 && sensorPreference <= 1)
                || (acquired == null ? dayOfYear != 0 : acquired.getDayOfYear() != dayOfYear)) {
            throw new IllegalArgumentException("scene facts out of range: day " + dayOfYear + ", sensor " + sensorCode
                    + ", preference " + sensorPreference + ", date " + acquired);
        }
    }

    /** The facts of a scene acquired on {@code acquired} ({@code null}: unknown). */
    public static SceneFacts of(LocalDate acquired, int sensorCode, double sensorPreference) {
        return new SceneFacts(acquired == null ? 0 : acquired.getDayOfYear(), sensorCode, sensorPreference, acquired);
    }
}
