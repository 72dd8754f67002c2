package org.forestcoverage.report.page;

/**
 * One row of {@code coverage.csv} as the report shows it. Optional columns that later versions of {@code analyze}
 * may write are read when present: a filled share ({@code filled_pct}) and a 95 % confidence interval on coverage
 * ({@code coverage_ci95_low_pct} and {@code coverage_ci95_high_pct}, or a half-width {@code coverage_ci95_pp}).
 *
 * @param year        the year
 * @param district    district id, {@code ALL} for the city
 * @param name        display name (from the districts file)
 * @param coverage    forest / observed land, percent ({@code coverage_pct})
 * @param observed    observed share of the area, percent ({@code observed_pct})
 * @param forestKm2   forest area, km2 ({@code forest_km2})
 * @param totalKm2    district area, km2 ({@code total_m2} / 10^6)
 * @param filled      filled share, percent, or {@link Figure#MISSING}
 * @param ciLow       lower 95 % bound of coverage, percent, or {@link Figure#MISSING}
 * @param ciHigh      upper 95 % bound of coverage, percent, or {@link Figure#MISSING}
 */
public record DistrictYear(int year, String district, String name, Figure coverage, Figure observed, Figure forestKm2,
                           Figure totalKm2, Figure filled, Figure ciLow, Figure ciHigh) {

    /** The city's id in coverage.csv. */
    public static final String CITY = "ALL";

    public boolean city() {
        return CITY.equals(district);
    }

    public boolean hasCi() {
        return ciLow.present() && ciHigh.present();
    }
}
