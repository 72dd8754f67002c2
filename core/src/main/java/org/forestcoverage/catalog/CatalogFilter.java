package org.forestcoverage.catalog;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Which catalogued products a listing or an analysis wants: years, season, sensor, cloud. Every part is optional
 * ({@code null}: any). Immutable.
 *
 * <pre>{@code
 * CatalogFilter f = CatalogFilter.parse("2020-2025", "06-01..09-30", null, 20.0);
 * String why = f.refusal(entry);    // null when the entry passes, else the reason
 * }</pre>
 *
 * @param fromYear    first year, inclusive
 * @param toYear      last year, inclusive
 * @param seasonStart first day of the season, inclusive (a season may wrap the new year: 11-01..02-28)
 * @param seasonEnd   last day of the season, inclusive
 * @param sensor      sensor preset id
 * @param maxCloudPct largest cloud share accepted, percent, inclusive
 */
public record CatalogFilter(Integer fromYear, Integer toYear, MonthDay seasonStart, MonthDay seasonEnd, String sensor,
                            Double maxCloudPct) {
    /** Everything passes. */
    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null, null);

    public CatalogFilter {
        if ((seasonStart == null) != (seasonEnd == null)) {
            throw new IllegalArgumentException("a season needs a first and a last day");
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + "-" + toYear + ": the first is after the last");
        }
        if (maxCloudPct != null && !(maxCloudPct >= 0 && maxCloudPct <= 100)) {
            throw new IllegalArgumentException("--max-cloud must be a percentage in [0, 100], got " + maxCloudPct);
        }
    }

    /**
     * A filter from command-line text: {@code years} as {@code 2020-2025} or {@code 2024}, {@code season} as
     * {@code MM-DD..MM-DD}; any may be {@code null}.
     *
     * @throws IllegalArgumentException naming the option and the text when it cannot be read
     */
    public static CatalogFilter parse(String years, String season, String sensor, Double maxCloudPct) {
        Integer from = null;
        Integer to = null;
        if (years != null) {
            String[] p = years.strip().split("-", -1);
            try {
                from = Integer.parseInt(p[0]);
                to = p.length == 1 ? from : Integer.parseInt(p[1]);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("--years must be YYYY or YYYY-YYYY, got '" + years + "'");
            }
            if (p.length > 2) {
                throw new IllegalArgumentException("--years must be YYYY or YYYY-YYYY, got '" + years + "'");
            }
        }
        MonthDay start = null;
        MonthDay end = null;
        if (season != null) {
            String[] p = season.strip().split("\\.\\.", -1);
            try {
                if (p.length != 2) {
                    throw new DateTimeParseException("", season, 0);
                }
                start = MonthDay.parse("--" + p[0]);
                end = MonthDay.parse("--" + p[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--season must be MM-DD..MM-DD (e.g. 06-01..09-30), got '" + season
                        + "'");
            }
        }
        return new CatalogFilter(from, to, start, end, sensor == null ? null : sensor.toLowerCase(Locale.ROOT),
                maxCloudPct);
    }

    /** The filter as text values (for run.json): years, season, sensor, max_cloud_pct; absent parts are null. */
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("years", fromYear == null ? null : fromYear + "-" + toYear);
        m.put("season", seasonStart == null ? null : seasonStart.toString().substring(2) + ".."
                + seasonEnd.toString().substring(2));
        m.put("sensor", sensor);
        m.put("max_cloud_pct", maxCloudPct);
        return m;
    }

    /** Why {@code e} does not pass, or {@code null} when it does; cloud as {@link CatalogEntry#cloudPctFor}(null). */
    public String refusal(CatalogEntry e) {
        return refusal(e, null);
    }

    /**
     * Why {@code e} does not pass, or {@code null} when it does; the cloud share is the one over the districts of
     * {@code districtsSha256} when the product was measured over them, else over the product.
     */
    public String refusal(CatalogEntry e, String districtsSha256) {
        if (fromYear != null && (e.year() < fromYear || e.year() > toYear)) {
            return "year " + e.year() + " outside " + fromYear + (fromYear.equals(toYear) ? "" : "-" + toYear);
        }
        if (seasonStart != null && !inSeason(MonthDay.from(e.acquired()))) {
            return "acquired " + e.acquired() + ", outside the season " + seasonStart.toString().substring(2) + ".."
                    + seasonEnd.toString().substring(2);
        }
        if (sensor != null && !sensor.equals(e.sensor())) {
            return "sensor " + e.sensor() + ", not " + sensor;
        }
        if (maxCloudPct != null && e.cloudPctFor(districtsSha256) > maxCloudPct) {
            return e.cloudText(districtsSha256) + " above " + maxCloudPct + " %";
        }
        return null;
    }

    private boolean inSeason(MonthDay d) {
        return seasonStart.isAfter(seasonEnd) ? !d.isBefore(seasonStart) || !d.isAfter(seasonEnd)
                : !d.isBefore(seasonStart) && !d.isAfter(seasonEnd);
    }
}
