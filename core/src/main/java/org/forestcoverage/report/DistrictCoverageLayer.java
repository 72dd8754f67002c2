package org.forestcoverage.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.forestcoverage.io.gdal.DistrictGeoPackage;
import org.forestcoverage.sums.AreaUnits;
import org.forestcoverage.sums.CoverageRow;
import org.forestcoverage.zones.District;

/**
 * Writes {@code districts.gpkg}: the districts (as the analysis used them, in the grid's CRS) with their coverage
 * per year as attributes, so that a GIS user colours a map by year without joining tables. Columns, for every year
 * YYYY of the run: {@code coverage_pct_YYYY} (forest / observed land, percent; NULL when no land was observed),
 * {@code observed_pct_YYYY} (observed share of the district's area, percent) and {@code forest_km2_YYYY}; then
 * {@code area_km2} (the district's area on the grid) and, with two or more years, {@code change_pp_FIRST_LAST}
 * (coverage of the last year minus the first, percentage points). The values are those of {@code coverage.csv}.
 *
 * <pre>{@code
 * DistrictCoverageLayer.write(dir.resolve("districts.gpkg"), grid.crsWkt(), districts, rows);
 * }</pre>
 */
public final class DistrictCoverageLayer {
    /** File name in a run folder. */
    public static final String FILE = "districts.gpkg";

    private DistrictCoverageLayer() {
    }

    public static void write(Path file, String crsWkt, List<District> districts, List<CoverageRow> rows) {
        Map<String, CoverageRow> byKey = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (CoverageRow r : rows) {
            byKey.put(r.year() + "/" + r.districtId(), r);
            years.add(r.year());
        }
        List<DistrictGeoPackage.Column> columns = new ArrayList<>();
        for (int year : years) {
            columns.add(column("coverage_pct_" + year, districts, d -> row(byKey, year, d).coveragePct()));
            columns.add(column("observed_pct_" + year, districts, d -> row(byKey, year, d).observedPct()));
            columns.add(column("forest_km2_" + year, districts,
                    d -> AreaUnits.km2(row(byKey, year, d).forestM2().doubleValue())));
        }
        if (!years.isEmpty()) {
            int first = years.first();
            columns.add(column("area_km2", districts, d -> AreaUnits.km2(row(byKey, first, d).totalM2().doubleValue())));
        }
        if (years.size() > 1) {
            int first = years.first();
            int last = years.last();
            columns.add(column("change_pp_" + first + "_" + last, districts,
                    d -> row(byKey, last, d).coveragePct() - row(byKey, first, d).coveragePct()));
        }
        DistrictGeoPackage.write(file, crsWkt, districts, columns);
    }

    private static CoverageRow row(Map<String, CoverageRow> byKey, int year, District d) {
        CoverageRow r = byKey.get(year + "/" + d.id());
        if (r == null) {
            throw new IllegalArgumentException("no coverage row for district " + d.id() + " in " + year);
        }
        return r;
    }

    private static DistrictGeoPackage.Column column(String name, List<District> districts,
                                               java.util.function.ToDoubleFunction<District> value) {
        List<Double> v = new ArrayList<>(districts.size());
        for (District d : districts) {
            v.add(value.applyAsDouble(d));
        }
        return new DistrictGeoPackage.Column(name, v);
    }
}
