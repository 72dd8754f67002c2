package org.forestcoverage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forestcoverage.coverage.CrsUnits;
import org.forestcoverage.zones.DistrictReport;

/**
 * What the district checks found, for the console and for coverage.json's run info: repaired features, overlaps
 * (km2, which pairs) and gaps inside the union (km2, where, which districts around), and a note when
 * longitude/latitude districts in China were not declared GCJ-02. Areas are converted from the grid CRS's units with
 * {@link CrsUnits}; overlaps and gaps under 1 m2 (rounding noise of shared borders) are left out. Stateless.
 *
 * <pre>{@code
 * DistrictCheckReport.lines("districts.geojson", p.checks(), p.units(), p.lonLatInChina()).forEach(System.out::println);
 * }</pre>
 */
public final class DistrictCheckReport {
    /** Overlaps and gaps below this many m2 are not listed. */
    static final double REPORT_MIN_M2 = 1.0;

    private DistrictCheckReport() {
    }

    /** The console lines of a district check of file {@code fileName}. */
    public static List<String> lines(String fileName, DistrictReport r, CrsUnits units, boolean lonLatInChina) {
        List<String> lines = new ArrayList<>();
        for (DistrictReport.Invalid i : r.invalid()) {
            lines.add("warning: " + fileName + ": " + i.text() + "; repaired (--invalid-districts refuse to stop)");
        }
        List<DistrictReport.Overlap> overlaps = r.overlaps().stream()
                .filter(o -> overlapM2(units, o) >= REPORT_MIN_M2)
                .sorted((a, b) -> Double.compare(overlapM2(units, b), overlapM2(units, a))).toList();
        List<DistrictReport.Gap> gaps = r.gaps().stream().filter(g -> gapM2(units, g) >= REPORT_MIN_M2).toList();
        if (overlaps.isEmpty() && gaps.isEmpty()) {
            lines.add("districts: no overlaps, no gaps inside their union");
        }
        if (!overlaps.isEmpty()) {
            double km2 = overlaps.stream().mapToDouble(o -> overlapM2(units, o)).sum() / 1e6;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "warning: districts overlap: %.4f km2 in %d pair(s), counted in both:", km2, overlaps.size()));
            for (DistrictReport.Overlap o : overlaps.subList(0, Math.min(10, overlaps.size()))) {
                b.append(String.format(Locale.ROOT, " %s/%s %.4f km2,", o.idA(), o.idB(), overlapM2(units, o) / 1e6));
            }
            b.setLength(b.length() - 1);
            lines.add(overlaps.size() > 10 ? b + " ..." : b.toString());
        }
        if (!gaps.isEmpty()) {
            double km2 = gaps.stream().mapToDouble(g -> gapM2(units, g)).sum() / 1e6;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "warning: gaps inside the districts' union: %.4f km2 in %d hole(s), counted in none:", km2,
                    gaps.size()));
            for (DistrictReport.Gap g : gaps.subList(0, Math.min(10, gaps.size()))) {
                b.append(String.format(Locale.ROOT, " %.4f km2 at (%.6f, %.6f) between %s,", gapM2(units, g) / 1e6,
                        g.interiorPoint().x, g.interiorPoint().y, String.join("/", g.bordering())));
            }
            b.setLength(b.length() - 1);
            lines.add(gaps.size() > 10 ? b + " ..." : b.toString());
        }
        if (lonLatInChina) {
            lines.add("note: the districts are longitude/latitude in China; boundaries taken from Chinese web maps"
                    + " (AMap, Tencent, DataV) are GCJ-02 and lie 50-500 m off: if so, add --districts-gcj02");
        }
        return lines;
    }

    /** The check for coverage.json's run info: areas in km2, every overlap and gap of at least 1 m2. */
    public static Map<String, Object> json(DistrictReport r, CrsUnits units, boolean gcj02Converted,
                                           boolean refuseInvalid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gcj02_converted", gcj02Converted);
        m.put("invalid_policy", refuseInvalid ? "refuse" : "repair");
        List<Map<String, Object>> invalid = new ArrayList<>();
        for (DistrictReport.Invalid i : r.invalid()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("district", i.id());
            e.put("feature", i.index());
            e.put("reason", i.reason());
            e.put("repaired", i.repaired());
            invalid.add(e);
        }
        m.put("invalid", invalid);
        List<Map<String, Object>> overlaps = new ArrayList<>();
        double overlapM2 = 0;
        for (DistrictReport.Overlap o : r.overlaps()) {
            double a = overlapM2(units, o);
            if (a >= REPORT_MIN_M2) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("districts", List.of(o.idA(), o.idB()));
                e.put("area_km2", a / 1e6);
                overlaps.add(e);
                overlapM2 += a;
            }
        }
        m.put("overlap_km2", overlapM2 / 1e6);
        m.put("overlaps", overlaps);
        List<Map<String, Object>> gaps = new ArrayList<>();
        double gapM2 = 0;
        for (DistrictReport.Gap g : r.gaps()) {
            double a = gapM2(units, g);
            if (a >= REPORT_MIN_M2) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("area_km2", a / 1e6);
                e.put("point", List.of(g.interiorPoint().x, g.interiorPoint().y));
                e.put("bordering", g.bordering());
                gaps.add(e);
                gapM2 += a;
            }
        }
        m.put("gap_km2", gapM2 / 1e6);
        m.put("gaps", gaps);
        return m;
    }

    private static double overlapM2(CrsUnits u, DistrictReport.Overlap o) {
        return u.areaM2(o.area(), o.interiorPoint().y);
    }

    private static double gapM2(CrsUnits u, DistrictReport.Gap g) {
        return u.areaM2(g.area(), g.interiorPoint().y);
    }
}
