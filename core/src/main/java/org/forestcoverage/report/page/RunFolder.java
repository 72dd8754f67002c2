package org.forestcoverage.report.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.forestcoverage.io.csv.CsvTable;
import org.forestcoverage.trajectory.ReportedValue;
import org.forestcoverage.trajectory.Trajectory;
import org.forestcoverage.trajectory.TrajectoryLine;

/**
 * What a run folder of {@code forest analyze} holds, as the report reads it: {@code coverage.csv} (required: the
 * figures shown), {@code coverage.json} (the run's settings under {@code run}), {@code districts.gpkg} (the polygons
 * of the maps), {@code forest_YEAR.tif} (the previews) and {@code run.json} (a run record, when a later version
 * writes one). Files that are absent leave their part of the report out, with a note; a folder without
 * {@code coverage.csv} is refused. Immutable (the JSON trees are not to be modified).
 *
 * @param dir        the folder
 * @param rows       every row of coverage.csv, in file order
 * @param settings   {@code run} of coverage.json (an empty object when the file is absent)
 * @param runRecord  run.json, when present
 * @param districts  districts.gpkg, when present
 * @param forestMaps forest_YEAR.tif by year
 * @param read       the files read, for the provenance section
 */
public record RunFolder(Path dir, List<DistrictYear> rows, JsonNode settings, Optional<JsonNode> runRecord,
                        Optional<Path> districts, SortedMap<Integer, Path> forestMaps, List<Path> read) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FOREST_MAP = Pattern.compile("forest_(\\d{4})\\.tif");
    static final List<String> REQUIRED = List.of("year", "district", "name", "coverage_pct", "observed_pct",
            "forest_km2", "total_m2");

    public RunFolder {
        rows = List.copyOf(rows);
        forestMaps = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(forestMaps));
        read = List.copyOf(read);
    }

    /**
     * Reads the folder.
     *
     * @throws IllegalArgumentException naming the folder or file when it is not a run folder or a file is malformed
     */
    public static RunFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder (give the --out folder of forest analyze)");
        }
        Path csv = dir.resolve("coverage.csv");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(dir + ": not a run folder of forest analyze (no coverage.csv)");
        }
        List<Path> read = new ArrayList<>(List.of(csv));
        List<DistrictYear> rows = coverage(CsvTable.read(csv, REQUIRED));
        JsonNode settings = JsonNodeFactory.instance.objectNode();
        Path json = dir.resolve("coverage.json");
        if (Files.isRegularFile(json)) {
            JsonNode run = json(json).get("run");
            if (run != null && run.isObject()) {
                settings = run;
            }
            read.add(json);
        }
        Optional<JsonNode> record = Optional.empty();
        Path runJson = dir.resolve("run.json");
        if (Files.isRegularFile(runJson)) {
            record = Optional.of(json(runJson));
            read.add(runJson);
        }
        Path gpkg = dir.resolve("districts.gpkg");
        Optional<Path> districts = Files.isRegularFile(gpkg) ? Optional.of(gpkg) : Optional.empty();
        districts.ifPresent(read::add);
        SortedMap<Integer, Path> maps = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> {
                Matcher m = FOREST_MAP.matcher(p.getFileName().toString());
                if (m.matches()) {
                    maps.put(Integer.parseInt(m.group(1)), p);
                }
            });
        } catch (IOException e) {
            throw new IllegalArgumentException(dir + ": cannot list: " + e.getMessage(), e);
        }
        read.addAll(maps.values());
        return new RunFolder(dir, rows, settings, record, districts, maps, read);
    }

    private static List<DistrictYear> coverage(CsvTable t) {
        List<DistrictYear> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            try {
                Figure cov = Figure.parse(r.get("coverage_pct"));
                Figure low = Figure.of(r.optional("coverage_ci95_low_pct"));
                Figure high = Figure.of(r.optional("coverage_ci95_high_pct"));
                Optional<String> half = r.optional("coverage_ci95_pp");
                if (!low.present() && half.isPresent() && cov.present()) {
                    BigDecimal h = new BigDecimal(half.get());
                    low = Figure.parse(new BigDecimal(cov.text()).subtract(h).toPlainString());
                    high = Figure.parse(new BigDecimal(cov.text()).add(h).toPlainString());
                }
                Figure total = Figure.parse(r.get("total_m2"));
                out.add(new DistrictYear(Integer.parseInt(r.get("year").trim()), r.get("district"), r.get("name"), cov,
                        Figure.parse(r.get("observed_pct")), Figure.parse(r.get("forest_km2")),
                        total.present() ? Figure.parse(new BigDecimal(total.text()).movePointLeft(6).toPlainString())
                                : Figure.MISSING,
                        Figure.of(r.optional("filled_pct").or(() -> r.optional("filled_share_pct"))), low, high));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(t.file() + " line " + r.line() + ": " + e.getMessage(), e);
            }
        }
        if (out.stream().noneMatch(DistrictYear::city)) {
            throw new IllegalArgumentException(t.file() + ": has no city rows (district " + DistrictYear.CITY + ")");
        }
        return out;
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
    }

    /** The years of the run, ascending. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> y = new TreeSet<>();
        rows.forEach(r -> y.add(r.year()));
        return y;
    }

    /** The city's row of {@code year}. */
    public Optional<DistrictYear> city(int year) {
        return rows.stream().filter(r -> r.city() && r.year() == year).findFirst();
    }

    /** The districts' rows of {@code year}, in file order. */
    public List<DistrictYear> districtsOf(int year) {
        return rows.stream().filter(r -> !r.city() && r.year() == year).toList();
    }

    /** A district's row of {@code year}. */
    public Optional<DistrictYear> row(int year, String district) {
        return rows.stream().filter(r -> r.year() == year && r.district().equals(district)).findFirst();
    }

    /** The label the run was given (e.g. "SYNTHETIC demo data ..."), or empty. */
    public String label() {
        JsonNode l = settings.get("label");
        return l == null ? "" : l.asText();
    }

    /**
     * The city's trajectory recorded by analyze in coverage.json ({@code run.trajectory}), when the run was compared
     * with one.
     */
    public Optional<Trajectory> recordedTrajectory() {
        JsonNode t = settings.get("trajectory");
        if (t == null || !t.isObject() || !t.has("baseline_year") || !t.has("target_year")) {
            return Optional.empty();
        }
        TrajectoryLine line = new TrajectoryLine(Trajectory.CITY, t.get("baseline_year").asInt(),
                t.get("baseline_pct").decimalValue(), t.get("target_year").asInt(), t.get("target_pct").decimalValue());
        List<ReportedValue> reported = new ArrayList<>();
        for (JsonNode r : t.path("reported")) {
            reported.add(new ReportedValue(Trajectory.CITY, r.get("year").asInt(), r.get("pct").decimalValue(),
                    r.path("source").asText("")));
        }
        return Optional.of(new Trajectory(line, java.util.Map.of(), reported));
    }
}
