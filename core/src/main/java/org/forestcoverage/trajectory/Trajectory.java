package org.forestcoverage.trajectory;

import org.forestcoverage.io.csv.CsvLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An official coverage trajectory: the city's baseline and target, optional per-district baselines and targets, and
 * reported official values by year with their sources. Immutable.
 *
 * <pre>{@code
 * Trajectory t = Trajectory.readCsv(Path.of("config/beijing-trajectory.csv"));
 * t.city().expectedPercent(2022);               // 44.64
 * t.reported(Trajectory.CITY, 2022);            // Optional[44.8 % with its source]
 * }</pre>
 *
 * <p><b>CSV format</b> (UTF-8; blank lines and lines starting with {@code #} are ignored; fields may be
 * double-quoted, e.g. a source containing commas):
 * <pre>
 * kind,scope,year,percent,source
 * baseline,city,2020,44.4,http://...
 * target,city,2025,45.0,http://...
 * reported,city,2022,44.8,http://...
 * baseline,Yanqing,2020,58.0,district plan ...
 * target,Yanqing,2025,60.0,district plan ...
 * </pre>
 * {@code kind} is {@code baseline}, {@code target} or {@code reported}; {@code scope} is {@code city} for the whole
 * area or a district name (matched exactly); {@code year} an integer; {@code percent} a decimal coverage in percent;
 * {@code source} free text, may be empty. Every scope with a baseline needs exactly one baseline and one target, the
 * city is required, and each (scope, year) has at most one reported value. Errors throw
 * {@link TrajectoryFileException} naming the file and line.
 *
 * @param city      the city line
 * @param districts district lines by district name (possibly empty)
 * @param reported  reported values sorted by scope (city first) and year
 */
public record Trajectory(TrajectoryLine city, Map<String, TrajectoryLine> districts, List<ReportedValue> reported) {

    /** The scope name of the whole area. */
    public static final String CITY = "city";

    public Trajectory {
        if (city == null || !CITY.equals(city.scope())) {
            throw new IllegalArgumentException("the city line is required (scope '" + CITY + "'), got " + city);
        }
        districts = Map.copyOf(districts);
        List<ReportedValue> sorted = new ArrayList<>(reported);
        sorted.sort(Comparator.comparing((ReportedValue r) -> !CITY.equals(r.scope()))
                .thenComparing(ReportedValue::scope).thenComparingInt(ReportedValue::year));
        reported = List.copyOf(sorted);
    }

    /** The line of {@code scope} ({@link #CITY} or a district), if the trajectory has one. */
    public Optional<TrajectoryLine> line(String scope) {
        return CITY.equals(scope) ? Optional.of(city) : Optional.ofNullable(districts.get(scope));
    }

    /** The reported value of {@code scope} in {@code year}, if any. */
    public Optional<ReportedValue> reported(String scope, int year) {
        for (ReportedValue r : reported) {
            if (r.year() == year && r.scope().equals(scope)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static Trajectory readCsv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TrajectoryFileException(file.toString(), 0, Files.isDirectory(file) ? "a folder, not a trajectory"
                    + " file" : "no such file");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parseCsv(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trajectory " + file, e);
        }
    }

    /** Parses the CSV format above from {@code reader}; {@code sourceName} names the input in errors. */
    public static Trajectory parseCsv(Reader reader, String sourceName) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Map<String, Integer> columns = null;
        Map<String, Row> baselines = new LinkedHashMap<>();
        Map<String, Row> targets = new LinkedHashMap<>();
        Map<String, Integer> reportedLines = new HashMap<>();
        List<ReportedValue> reported = new ArrayList<>();
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields;
                try {
                    fields = CsvLine.split(line);
                } catch (IllegalArgumentException e) {
                    throw new TrajectoryFileException(sourceName, lineNumber, e.getMessage());
                }
                if (columns == null) {
                    columns = header(fields, sourceName, lineNumber);
                    continue;
                }
                if (fields.size() != columns.size()) {
                    throw new TrajectoryFileException(sourceName, lineNumber, fields.size()
                            + " fields, the header has " + columns.size());
                }
                Row row = row(fields, columns, sourceName, lineNumber);
                switch (row.kind) {
                    case "baseline" -> putOnce(baselines, row, "baseline", sourceName);
                    case "target" -> putOnce(targets, row, "target", sourceName);
                    case "reported" -> {
                        Integer first = reportedLines.putIfAbsent(row.scope + "\u0000" + row.year, lineNumber);
                        if (first != null) {
                            throw new TrajectoryFileException(sourceName, lineNumber, "second reported value for "
                                    + row.scope + " " + row.year + " (first on line " + first + ")");
                        }
                        reported.add(new ReportedValue(row.scope, row.year, row.percent, row.source));
                    }
                    default -> throw new TrajectoryFileException(sourceName, lineNumber, "kind '" + row.kind
                            + "' is not one of baseline, target, reported");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trajectory " + sourceName, e);
        }
        if (columns == null) {
            throw new TrajectoryFileException(sourceName, 0, "no header line; expected kind,scope,year,percent,source");
        }
        return assemble(baselines, targets, reported, sourceName);
    }

    private record Row(String kind, String scope, int year, BigDecimal percent, String source, int line) {
    }

    private static Map<String, Integer> header(List<String> fields, String source, int line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            columns.put(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String c : List.of("kind", "scope", "year", "percent", "source")) {
            if (!columns.containsKey(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty() || columns.size() != fields.size()) {
            throw new TrajectoryFileException(source, line, "header " + fields + " must name the columns kind, scope,"
                    + " year, percent, source once each; missing " + missing);
        }
        return columns;
    }

    private static Row row(List<String> f, Map<String, Integer> c, String source, int line) {
        String kind = f.get(c.get("kind")).toLowerCase(Locale.ROOT);
        String scope = f.get(c.get("scope"));
        if (scope.isEmpty()) {
            throw new TrajectoryFileException(source, line, "empty scope");
        }
        String yearText = f.get(c.get("year"));
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new TrajectoryFileException(source, line, "year '" + yearText + "' is not an integer");
        }
        String percentText = f.get(c.get("percent"));
        BigDecimal percent;
        try {
            percent = new BigDecimal(percentText);
        } catch (NumberFormatException e) {
            throw new TrajectoryFileException(source, line, "percent '" + percentText + "' is not a decimal number");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new TrajectoryFileException(source, line, "percent " + percentText + " is outside [0, 100]");
        }
        return new Row(kind, scope, year, percent, f.get(c.get("source")), line);
    }

    private static void putOnce(Map<String, Row> rows, Row row, String kind, String source) {
        Row first = rows.putIfAbsent(row.scope, row);
        if (first != null) {
            throw new TrajectoryFileException(source, row.line, "second " + kind + " for " + row.scope
                    + " (first on line " + first.line + ")");
        }
    }

    private static Trajectory assemble(Map<String, Row> baselines, Map<String, Row> targets,
                                       List<ReportedValue> reported, String source) {
        if (!baselines.containsKey(CITY) || !targets.containsKey(CITY)) {
            throw new TrajectoryFileException(source, 0, "the city ('" + CITY + "') needs a baseline and a target row");
        }
        Map<String, TrajectoryLine> districts = new LinkedHashMap<>();
        for (Row b : baselines.values()) {
            Row t = targets.get(b.scope);
            if (t == null) {
                throw new TrajectoryFileException(source, b.line, "baseline of " + b.scope + " has no target row");
            }
            if (t.year <= b.year) {
                throw new TrajectoryFileException(source, t.line, "target year " + t.year + " of " + b.scope
                        + " is not after its baseline year " + b.year + " (line " + b.line + ")");
            }
            if (!CITY.equals(b.scope)) {
                districts.put(b.scope, new TrajectoryLine(b.scope, b.year, b.percent, t.year, t.percent));
            }
        }
        for (Row t : targets.values()) {
            if (!baselines.containsKey(t.scope)) {
                throw new TrajectoryFileException(source, t.line, "target of " + t.scope + " has no baseline row");
            }
        }
        Row b = baselines.get(CITY);
        Row t = targets.get(CITY);
        return new Trajectory(new TrajectoryLine(CITY, b.year, b.percent, t.year, t.percent), districts, reported);
    }
}
