package org.forestcoverage.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every entry under a folder (hidden ones included) with the SHA-256 of each file's content: two equal snapshots mean
 * nothing was added, removed or changed. For tests that check a command left the user's data alone.
 */
public final class FolderSnapshot {
    private FolderSnapshot() {
    }

    /** Relative path -> "dir" or the file's SHA-256; for a plain file, its own name -> its SHA-256. */
    public static Map<String, String> of(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            out.put(root.getFileName().toString(), Files.exists(root) ? sha256(root) : "missing");
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.equals(root)).forEach(p -> out.put(root.relativize(p).toString(),
                    Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : sha256(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
