package org.forestcoverage.qa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.forestcoverage.survey.Stratum;

/**
 * The strata a sample was drawn from, as {@code forest sample} records them in {@code design.json}: each stratum's
 * name (the {@code stratum} column of plots.csv) and its population area. The strata are those of the map the sample
 * was drawn from; a later year's map may classify the same pixels differently, which is why estimates use these
 * strata and not the later map's classes (Stehman 2014). Immutable.
 *
 * <pre>{@code
 * DrawnStrata d = DrawnStrata.read(Path.of("field/design.json"));   // or the folder field/
 * int h = d.indexOf("forest");
 * }</pre>
 *
 * @param file            the design file read
 * @param strata          the strata in file order; areas in m2, or in pixels when the file has no areas
 * @param areasFromPixels true when the file gives pixel counts only (a geographic grid): ratios are then exact only if
 *                        every pixel has the same area
 */
public record DrawnStrata(String file, List<Stratum> strata, boolean areasFromPixels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DrawnStrata {
        strata = List.copyOf(strata);
    }

    /**
     * Reads {@code design.json} (or {@code design.json} inside the folder {@code path}).
     *
     * @throws PlotFileException naming the file when it is missing, not JSON, or has no usable strata
     */
    public static DrawnStrata read(Path path) {
        Path file = Files.isDirectory(path) ? path.resolve("design.json") : path;
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new PlotFileException(name, "", "no such design file (the design.json written by forest sample)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new PlotFileException(name, "", "not a design file: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode strata = root == null ? null : root.get("strata");
        if (strata == null || !strata.isArray() || strata.isEmpty()) {
            throw new PlotFileException(name, "", "no 'strata' list (the design.json written by forest sample)");
        }
        List<Stratum> out = new ArrayList<>();
        boolean pixelsOnly = false;
        for (int i = 0; i < strata.size(); i++) {
            JsonNode s = strata.get(i);
            String where = "stratum " + i;
            String stratum = s.path("stratum").asText("");
            if (stratum.isBlank()) {
                throw new PlotFileException(name, where, "no 'stratum' name");
            }
            double size;
            if (s.path("area_m2").isNumber()) {
                size = s.get("area_m2").doubleValue();
            } else if (s.path("pixels").isNumber()) {
                size = s.get("pixels").doubleValue();
                pixelsOnly = true;
            } else {
                throw new PlotFileException(name, where, "stratum '" + stratum + "' has neither 'area_m2' nor 'pixels'");
            }
            for (Stratum h : out) {
                if (h.name().equals(stratum)) {
                    throw new PlotFileException(name, where, "stratum '" + stratum + "' is listed twice");
                }
            }
            try {
                out.add(new Stratum(stratum, size));
            } catch (IllegalArgumentException e) {
                throw new PlotFileException(name, where, e.getMessage());
            }
        }
        if (pixelsOnly) {
            // a file mixing areas and pixel counts would weigh its strata in two units
            List<Stratum> pixels = new ArrayList<>();
            for (int i = 0; i < strata.size(); i++) {
                pixels.add(new Stratum(out.get(i).name(), strata.get(i).path("pixels").asDouble(Double.NaN)));
            }
            out = pixels;
        }
        return new DrawnStrata(name, out, pixelsOnly);
    }

    /** Index of the stratum named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int h = 0; h < strata.size(); h++) {
            if (strata.get(h).name().equals(name)) {
                return h;
            }
        }
        return -1;
    }

    /** The strata's names, for messages. */
    public List<String> names() {
        return strata.stream().map(Stratum::name).toList();
    }
}
