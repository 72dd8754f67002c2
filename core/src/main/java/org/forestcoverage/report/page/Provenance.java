package org.forestcoverage.report.page;

import java.util.List;

/**
 * Where the page came from: when and by what it was made, and the files it read. Immutable.
 *
 * @param generatedAt ISO-8601 UTC time the page was made
 * @param tool        the tool's name and version
 * @param java        Java runtime version
 * @param gdal        GDAL version
 * @param font        the font used for text
 * @param inputs      files read, with their size and SHA-256
 */
public record Provenance(String generatedAt, String tool, String java, String gdal, String font,
                         List<InputFile> inputs) {
    public Provenance {
        inputs = List.copyOf(inputs);
    }

    /**
     * A file read by the report.
     *
     * @param path   its path
     * @param bytes  its size
     * @param sha256 hex SHA-256 of its content, empty when not hashed (large rasters, read only in part)
     */
    public record InputFile(String path, long bytes, String sha256) {
    }
}
