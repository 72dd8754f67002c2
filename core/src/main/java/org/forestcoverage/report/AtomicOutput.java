package org.forestcoverage.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder that appears only when complete: everything is written into a hidden temporary sibling,
 * which {@link #commit()} renames to the final name (replacing an earlier result); {@link #close()} without
 * commit deletes the temporary folder, so a failed run leaves nothing behind.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(Path.of("out"))) {
 *     Files.writeString(out.dir().resolve("coverage.csv"), csv);
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicOutput(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    public static AtomicOutput create(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Path parent = abs.getParent();
            Files.createDirectories(parent);
            return new AtomicOutput(abs, Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder next to " + abs + ": " + e.getMessage(), e);
        }
    }

    /** The temporary folder to write into. */
    public Path dir() {
        return temp;
    }

    /** The final folder. */
    public Path target() {
        return target;
    }

    /** Moves the complete result into place. */
    public void commit() {
        try {
            if (Files.exists(target)) {
                Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + temp + " to " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover temporary folder is hidden and harmless
        }
    }
}
