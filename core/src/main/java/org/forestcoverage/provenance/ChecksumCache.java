package org.forestcoverage.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256s already computed, remembered by absolute path with the file's size, modification time (nanoseconds) and
 * file key (device and inode): a file whose stat facts are all unchanged is not read again. This is the rule of
 * {@code make}, {@code rsync} and {@code git}'s index: a run over an archive of scenes hashes each file once, not on
 * every analysis (a Landsat band is 100-200 MB; reading every input again would cost each run as much as its tiles).
 * A file rewritten in place with the same size within the same nanosecond would be missed; {@code FOREST_REHASH=1}
 * reads every file again.
 *
 * <p>One tab-separated line per file in {@code $XDG_CACHE_HOME/forest-coverage/sha256.tsv} (else
 * {@code ~/.cache/forest-coverage/}), appended as files are hashed; several processes may append at once (a lost or
 * torn line only costs a re-read: lines that do not parse are skipped). Thread-safe.
 */
final class ChecksumCache {
    /** Above this size the file is started afresh (entries of files long gone accumulate). */
    private static final long MAX_BYTES = 16L << 20;
    private static Map<String, String[]> entries;

    private ChecksumCache() {
    }

    private static Path file() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("forest-coverage").resolve("sha256.tsv");
    }

    private static boolean off() {
        return System.getenv("FOREST_REHASH") != null;
    }

    /** The stat facts a remembered checksum must match: size, modification time in ns, file key. */
    private static String[] facts(BasicFileAttributes a) {
        return new String[] {Long.toString(a.size()), Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)),
                String.valueOf(a.fileKey())};
    }

    /** The remembered SHA-256 of {@code abs} when its stat facts are unchanged. */
    static synchronized Optional<String> lookup(String abs, BasicFileAttributes a) {
        if (off()) {
            return Optional.empty();
        }
        String[] e = load().get(abs);
        String[] f = facts(a);
        return e != null && e[0].equals(f[0]) && e[1].equals(f[1]) && e[2].equals(f[2]) ? Optional.of(e[3])
                : Optional.empty();
    }

    /** Remembers {@code sha256} for {@code abs} with the stat facts it had when it was read. */
    static synchronized void remember(String abs, BasicFileAttributes a, String sha256) {
        if (abs.indexOf('\t') >= 0 || abs.indexOf('\n') >= 0 || abs.indexOf('\r') >= 0) {
            return;                                                // not representable in a line: read each time
        }
        String[] f = facts(a);
        load().put(abs, new String[] {f[0], f[1], f[2], sha256});
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.delete(file);
            }
            Files.writeString(file, abs + "\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + sha256 + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only means the file is read again next time
        }
    }

    private static Map<String, String[]> load() {
        if (entries == null) {
            entries = new HashMap<>();
            try {
                for (String line : Files.readAllLines(file(), StandardCharsets.UTF_8)) {
                    String[] p = line.split("\t", -1);
                    if (p.length == 5 && p[4].matches("[0-9a-f]{64}")) {
                        entries.put(p[0], new String[] {p[1], p[2], p[3], p[4]});
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no cache yet, or an unreadable one: every file is read
            }
        }
        return entries;
    }
}
