package org.forestcoverage.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a product consists of, as the catalogue checksums them: absolute, normalised, sorted, hidden files
 * ({@code .name}) left out. Stateless.
 */
final class ProductFiles {
    private ProductFiles() {
    }

    /** Every regular file of {@code folder}; with {@code nested}, of its sub-folders too (a {@code .SAFE}). */
    static List<Path> inFolder(Path folder, boolean nested) {
        try (Stream<Path> s = nested ? Files.walk(folder) : Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException(folder + ": cannot list (" + e.getMessage() + ")", e);
        }
    }

    /** The distinct files of {@code paths}, sorted. */
    static List<Path> of(Collection<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    }
}
