package org.forestcoverage.report.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.forestcoverage.io.csv.CsvTable;

/**
 * The output folder of {@code forest qa}, as the report reads it: {@code qa.csv} (required; one row per year and
 * area, {@code ALL} being the city) and the settings of {@code qa.json} when present. Immutable.
 *
 * @param dir      the folder
 * @param areas    the rows of qa.csv, in file order
 * @param settings {@code settings} of qa.json, when present
 * @param read     the files read
 */
public record QaFolder(Path dir, List<QaArea> areas, Optional<JsonNode> settings, List<Path> read) {

    static final List<String> REQUIRED = List.of("year", "area", "plots_used", "n_map_forest_ref_forest",
            "n_map_forest_ref_nonforest", "n_map_nonforest_ref_forest", "n_map_nonforest_ref_nonforest",
            "overall_accuracy", "overall_ci95", "kappa", "forest_users_accuracy", "forest_users_ci95",
            "forest_producers_accuracy", "forest_producers_ci95", "nonforest_users_accuracy",
            "nonforest_producers_accuracy", "mapped_forest_ha", "mapped_coverage_pct", "adjusted_forest_ha",
            "adjusted_forest_ci95_ha", "adjusted_coverage_pct", "adjusted_coverage_ci95_pp", "note");

    public QaFolder {
        areas = List.copyOf(areas);
        read = List.copyOf(read);
    }

    /**
     * One row of qa.csv: its year, area and fields (read with {@link #figure} and {@link #text}).
     */
    public record QaArea(int year, String area, CsvTable.Row row) {
        public boolean city() {
            return DistrictYear.CITY.equals(area);
        }

        public Figure figure(String column) {
            return Figure.of(row.optional(column));
        }

        public String text(String column) {
            return row.optional(column).orElse("");
        }
    }

    /**
     * Reads the folder.
     *
     * @throws IllegalArgumentException naming the folder or file when it holds no qa.csv or the file is malformed
     */
    public static QaFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder (give the --out folder of forest qa)");
        }
        Path csv = dir.resolve("qa.csv");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(dir + ": not an output folder of forest qa (no qa.csv)");
        }
        CsvTable t = CsvTable.read(csv, REQUIRED);
        List<QaArea> areas = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            try {
                areas.add(new QaArea(Integer.parseInt(r.get("year").trim()), r.get("area"), r));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(csv + " line " + r.line() + ": year '" + r.get("year")
                        + "' is not a number", e);
            }
        }
        List<Path> read = new ArrayList<>(List.of(csv));
        Optional<JsonNode> settings = Optional.empty();
        Path json = dir.resolve("qa.json");
        if (Files.isRegularFile(json)) {
            settings = Optional.ofNullable(RunFolder.json(json).get("settings"));
            read.add(json);
        }
        return new QaFolder(dir, areas, settings, read);
    }

    /** The city's row of {@code year}. */
    public Optional<QaArea> city(int year) {
        return areas.stream().filter(a -> a.city() && a.year() == year).findFirst();
    }
}
