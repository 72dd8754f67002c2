package org.forestcoverage.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.forestcoverage.scene.BandRef;
import org.forestcoverage.scene.ManifestException;
import org.forestcoverage.scene.ManifestReader;
import org.forestcoverage.scene.SceneSpec;
import org.forestcoverage.sensor.Excerpt;

/**
 * Plain band files described by a small JSON sidecar beside them, named {@value #SUFFIX} or {@code NAME}{@value
 * #SUFFIX} (the sidecar, or a folder holding exactly one). The sidecar holds the keys of one manifest entry and is
 * read by the manifest's own reader ({@link ManifestReader#entry}), with the acquisition {@code date}
 * ({@code YYYY-MM-DD}, required) in place of {@code year}:
 *
 * <pre>{@code
 * {"date": "2021-07-14", "id": "plot-flight-2021", "sensor": "generic",
 *  "red": {"file": "red.tif"}, "nir": {"file": "nir.tif"}, "scale": 0.0001, "offset": 0,
 *  "quality": {"file": "qa.tif", "maskedValues": [1, 2]}}
 * }</pre>
 *
 * <p>Product id: {@code id}, else the sidecar's name without {@value #SUFFIX}; files: the sidecar and the band files
 * the scene reads. Errors name the sidecar and the field. Stateless.
 */
public final class SidecarReader implements ProductReader {
    /** How a sidecar's name ends. */
    public static final String SUFFIX = "scene.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Optional<Product> read(Path path) {
        Optional<Path> found = sidecar(path);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get().toAbsolutePath().normalize();
        String where = file + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new CatalogException(where + "not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + Excerpt.of(e.getOriginalMessage(), 120));
        } catch (IOException e) {
            throw new CatalogException(where + "cannot read (" + e.getMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new CatalogException(where + "expected a JSON object describing the scene (date, red, nir, scaling)");
        }
        if (node.has("year")) {
            throw new CatalogException(where + "field \"year\": a sidecar gives the acquisition \"date\" "
                    + "(YYYY-MM-DD); the year is the date's");
        }
        if (node.has("stac")) {
            throw new CatalogException(where + "field \"stac\": add the STAC item itself to the catalogue, not a "
                    + "sidecar naming it");
        }
        LocalDate date = date(where, node.get("date"));
        ObjectNode entry = ((ObjectNode) node).deepCopy();
        entry.remove("date");
        entry.put("year", date.getYear());
        String name = file.getFileName().toString();
        String defaultId = name.equals(SUFFIX) ? file.getParent().getFileName().toString()
                : name.substring(0, name.length() - SUFFIX.length() - 1);
        SceneSpec spec;
        try {
            spec = ManifestReader.entry(where, defaultId, entry, file.getParent()).acquiredOn(date);
        } catch (ManifestException e) {
            throw new CatalogException(e.getMessage(), e);
        }
        return Optional.of(new Product(spec.id(), date, spec, file, ProductFiles.of(files(file, spec))));
    }

    private static LocalDate date(String where, JsonNode d) {
        if (d == null || d.isNull()) {
            throw new CatalogException(where + "missing field \"date\" (the acquisition date, YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(d.asText().strip());
        } catch (DateTimeParseException e) {
            throw new CatalogException(where + "field \"date\" must be a date YYYY-MM-DD, got "
                    + Excerpt.of(d.toString()), e);
        }
    }

    /** The sidecar and the local files its scene reads. */
    private static List<Path> files(Path sidecar, SceneSpec spec) {
        List<Path> files = new ArrayList<>(List.of(sidecar));
        for (BandRef b : spec.bands()) {
            if (!BandRef.isRemote(b.path())) {
                files.add(Path.of(b.path()));
            }
        }
        return files;
    }

    /** The sidecar at {@code path}: the file itself, or the one sidecar of a folder. */
    private static Optional<Path> sidecar(Path path) {
        return ProductFiles.single(path, SidecarReader::isSidecar, "sidecars", "add each sidecar file on its own");
    }

    private static boolean isSidecar(Path p) {
        String n = p.getFileName().toString();
        return n.equals(SUFFIX) || n.endsWith("." + SUFFIX);
    }
}
