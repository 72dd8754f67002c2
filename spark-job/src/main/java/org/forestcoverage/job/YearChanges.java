package org.forestcoverage.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.forestcoverage.plan.AnalysisPlan;
import org.forestcoverage.plan.BandPlan;
import org.forestcoverage.plan.ScenePlan;
import org.forestcoverage.plan.TileYearKeys;
import org.forestcoverage.provenance.FileChecksum;
import org.forestcoverage.provenance.YearHistory;
import org.forestcoverage.provenance.YearResult;
import org.forestcoverage.sums.CoverageRow;

/**
 * The diff report of a run with a results store: each year's result is compared with the last one recorded for the
 * same districts; a year whose key changed and whose figures moved is written to {@code changes.csv} (district,
 * coverage before and after, change in percentage points, forest area before and after) and {@code changes.json}
 * (with the inputs and settings that changed). Then the year's result is recorded as the last. Stateless.
 */
final class YearChanges {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private YearChanges() {
    }

    /**
     * Compares, records and writes the report into {@code dir} when a past year changed; returns one console line per
     * changed year (empty when none changed).
     *
     * @param series the districts' identity: their file's SHA-256 and id field
     */
    static List<String> compare(YearHistory history, String series, AnalysisPlan plan, TileYearKeys keys,
                                Map<String, FileChecksum> checksums, Map<String, String> settings,
                                List<CoverageRow> rows, Path dir) {
        List<Map<String, Object>> report = new ArrayList<>();
        StringBuilder csv = new StringBuilder(
                "year,district,coverage_pct_before,coverage_pct_after,change_pp,forest_m2_before,forest_m2_after\n");
        List<String> lines = new ArrayList<>();
        for (int y = 0; y < plan.years().size(); y++) {
            int year = plan.year(y);
            YearResult now = new YearResult(keys.year(y), inputs(plan, y, checksums), settings, districts(rows, year));
            Optional<String> last = history.last(series, year);
            if (last.isPresent()) {
                YearResult before = YearResult.fromJson(last.get());
                List<YearResult.Move> moves = before.key().equals(now.key()) ? List.of() : now.movesSince(before);
                if (!moves.isEmpty()) {
                    List<String> causes = now.causesSince(before);
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("year", year);
                    entry.put("causes", causes);
                    entry.put("districts", moves);
                    report.add(entry);
                    for (YearResult.Move m : moves) {
                        csv.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%s%n", year, m.district(),
                                num(m.coverageBeforePct()), num(m.coverageAfterPct()), num(m.changePp()),
                                num(m.forestBeforeM2()), num(m.forestAfterM2())));
                    }
                    lines.add(year + ": " + moves.size() + " district(s) moved; " + String.join("; ", causes));
                }
            }
            history.record(series, year, now.toJson());
        }
        if (!report.isEmpty()) {
            try {
                Files.writeString(dir.resolve("changes.csv"), csv);
                JSON.writeValue(dir.resolve("changes.json").toFile(), Map.of("changed_years", report));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the change report in " + dir + ": " + e.getMessage(), e);
            }
        }
        return lines;
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    /** The SHA-256 of every band file of year index {@code y}, by path. */
    private static Map<String, String> inputs(AnalysisPlan plan, int y, Map<String, FileChecksum> checksums) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ScenePlan s : plan.years().get(y).scenes()) {
            for (BandPlan b : s.quality() == null ? List.of(s.red(), s.nir()) : List.of(s.red(), s.nir(), s.quality())) {
                String path = Path.of(b.ref().path()).toAbsolutePath().normalize().toString();
                FileChecksum c = checksums.get(path);
                m.put(path, c == null ? "" : c.sha256());
            }
        }
        return m;
    }

    private static Map<String, YearResult.District> districts(List<CoverageRow> rows, int year) {
        Map<String, YearResult.District> m = new LinkedHashMap<>();
        for (CoverageRow r : rows) {
            if (r.year() == year) {
                double c = r.coveragePct();
                m.put(r.districtId(), new YearResult.District(Double.isNaN(c) ? null : c, r.forestM2().doubleValue()));
            }
        }
        return m;
    }
}
