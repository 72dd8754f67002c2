package org.forestcoverage.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

    /**
     * The file at {@code path} when {@code is} accepts it, or the one file of the folder {@code path} it accepts; empty
     * when there is none (or {@code path} is neither).
     *
     * @param kind   what the files are, plural, for the message ({@code "MTL files"})
     * @param advice what to do instead, for the message
     * @throws CatalogException when the folder holds more than one
     */
    static Optional<Path> single(Path path, Predicate<Path> is, String kind, String advice) {
        if (Files.isRegularFile(path)) {
            return is.test(path) ? Optional.of(path) : Optional.empty();
        }
        if (!Files.isDirectory(path)) {
            return Optional.empty();
        }
        List<Path> found;
        try (Stream<Path> s = Files.list(path)) {
            found = s.filter(p -> Files.isRegularFile(p) && is.test(p)).sorted().toList();
        } catch (IOException e) {
            throw new CatalogException(path + ": cannot list (" + e.getMessage() + ")", e);
        }
        if (found.size() > 1) {
            throw new CatalogException(path + ": holds " + found.size() + " " + kind + " (" + found.get(0).getFileName()
                    + ", " + found.get(1).getFileName() + "...); " + advice);
        }
        return found.stream().findFirst();
    }

    /** The distinct files of {@code paths}, sorted. */
    static List<Path> of(Collection<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).distinct().sorted().toList();
    }
}
