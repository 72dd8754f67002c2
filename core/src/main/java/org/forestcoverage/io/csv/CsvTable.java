package org.forestcoverage.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV file with a header line, read whole, whose fields are looked up by column name, so that columns added by
 * later versions of a writer are simply ignored and optional ones can be asked for. Immutable.
 *
 * <pre>{@code
 * CsvTable t = CsvTable.read(Path.of("out/coverage.csv"), List.of("year", "district", "coverage_pct"));
 * for (CsvTable.Row r : t.rows()) { r.get("coverage_pct"); r.optional("filled_pct"); }
 * }</pre>
 *
 * @param file    the file read (for messages)
 * @param columns the header's column names, in order
 * @param rows    the data lines
 */
public record CsvTable(Path file, List<String> columns, List<Row> rows) {

    public CsvTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One data line: its line number (1-based) and its fields by column name. */
    public record Row(Path file, int line, Map<String, String> fields) {
        public Row {
            fields = Map.copyOf(fields);
        }

        /** The field of a required column (the table checked that it exists). */
        public String get(String column) {
            String v = fields.get(column);
            if (v == null) {
                throw new IllegalArgumentException(file + ": no column '" + column + "'");
            }
            return v;
        }

        /** The field of an optional column, empty when the column is absent or the field blank. */
        public Optional<String> optional(String column) {
            String v = fields.get(column);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
        }
    }

    /**
     * Reads {@code file} (UTF-8, optional BOM, blank lines skipped).
     *
     * @throws IllegalArgumentException naming the file (and line) when it is missing, empty, lacks one of
     *                                  {@code required} or has a line with another number of fields than the header
     */
    public static CsvTable read(Path file, List<String> required) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": file not found");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(file + ": empty, no header line");
        }
        String head = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        List<String> columns = split(file, 1, head);
        List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + ": no column " + String.join(", ", missing) + " in its header");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = split(file, i + 1, lines.get(i));
            if (f.size() != columns.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + f.size() + " fields, the header has "
                        + columns.size());
            }
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                m.put(columns.get(c), f.get(c));
            }
            rows.add(new Row(file, i + 1, m));
        }
        return new CsvTable(file, columns, rows);
    }

    private static List<String> split(Path file, int line, String text) {
        try {
            return CsvLine.split(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
        }
    }
}
