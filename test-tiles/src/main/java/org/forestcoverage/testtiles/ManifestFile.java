package org.forestcoverage.testtiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a scene manifest in the format of {@code org.forestcoverage.scene.ManifestReader}: one entry per scene,
 * red in band 1 and NIR in band 2 of {@code file} (relative to the manifest), sensor {@code generic}, reflectance =
 * DN x scale + offset. A top-level {@code description} says where the data came from (the reader ignores it).
 */
final class ManifestFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One scene of the manifest. */
    record Entry(int year, String id, String file, double scale, double offset, int nodata) {
    }

    private ManifestFile() {
    }

    static void write(Path manifest, String description, List<Entry> entries) {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", description);
        ArrayNode scenes = root.putArray("scenes");
        for (Entry e : entries) {
            ObjectNode s = scenes.addObject();
            s.put("year", e.year());
            s.put("id", e.id());
            s.put("sensor", "generic");
            s.putObject("red").put("file", e.file()).put("band", 1);
            s.putObject("nir").put("file", e.file()).put("band", 2);
            s.put("scale", e.scale());
            s.put("offset", e.offset());
            s.put("nodata", e.nodata());
        }
        try {
            Files.writeString(manifest, JSON.writeValueAsString(root) + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + manifest, ex);
        }
    }
}
