package org.forestcoverage.qa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each plot returned by {@link PlotReader#read} came from in its file, in the reader's terms: {@code line N}
 * for CSV (1-based, header = a line) and {@code feature N} for GeoJSON (0-based), so later checks (a plot outside the
 * raster, an unknown CRS) can name the line as {@link PlotFileException} does.
 *
 * <pre>{@code
 * List<Plot> plots = PlotReader.read(file, crs);
 * List<String> where = PlotLocations.of(file, plots.size());   // "line 2", "line 3", ...
 * }</pre>
 *
 * <p>The reader keeps every data line in order (it fails on any line it cannot use), so the i-th plot is the i-th
 * data line: non-blank, not a {@code #} comment, after the header. Stateless and thread-safe.
 */
public final class PlotLocations {

    private PlotLocations() {
    }

    /**
     * The location of each of the {@code plotCount} plots read from {@code file}; {@code plot N} (0-based) when the
     * file does not have exactly that many data lines.
     */
    public static List<String> of(Path file, int plotCount) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(plotCount);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            csvLines(file, out);
        } else {
            for (int i = 0; i < plotCount; i++) {
                out.add("feature " + i);
            }
        }
        if (out.size() != plotCount) {
            out.clear();
            for (int i = 0; i < plotCount; i++) {
                out.add("plot " + i);
            }
        }
        return List.copyOf(out);
    }

    private static void csvLines(Path file, List<String> out) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                } else {
                    out.add("line " + n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plots from " + file, e);
        }
    }
}
