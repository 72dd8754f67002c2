package org.forestcoverage.trajectory;

import java.math.BigDecimal;

/**
 * An officially reported coverage value.
 *
 * @param scope   {@link Trajectory#CITY} or a district name
 * @param year    the year the value refers to (end of year unless the source says otherwise)
 * @param percent reported coverage, percent, exactly as published
 * @param source  where it was published (link and/or citation)
 */
public record ReportedValue(String scope, int year, BigDecimal percent, String source) {

    public ReportedValue {
        if (scope == null || scope.isBlank() || percent == null) {
            throw new IllegalArgumentException("scope and percent are required, got " + scope + ", " + percent);
        }
        source = source == null ? "" : source;
    }
}
