package org.forestcoverage.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A file's size and SHA-256, as lower-case hex. Immutable.
 *
 * <pre>{@code
 * FileChecksum c = FileChecksum.of(Path.of("LC08_..._SR_B4.TIF"));   // reads the whole file once (ChecksumCache)
 * }</pre>
 *
 * @param path   the file, absolute
 * @param bytes  its size in bytes
 * @param sha256 SHA-256 of its content, 64 lower-case hex digits
 */
public record FileChecksum(String path, long bytes, String sha256) {
    private static final int BUFFER = 1 << 20;

    public FileChecksum {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(path + ": not a SHA-256 in hex: " + sha256);
        }
    }

    /**
     * Reads {@code file} once and returns its checksum.
     *
     * @throws UncheckedIOException naming the file when it is missing or unreadable
     */
    public static FileChecksum of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        BasicFileAttributes before;
        try {
            before = Files.readAttributes(abs, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(abs + ": file not found", e);
        } catch (IOException e) {
            throw new UncheckedIOException(abs + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (before.isDirectory()) {
            throw new UncheckedIOException(abs + ": is a folder, not a file", new IOException("is a directory"));
        }
        // a file hashed before and unchanged since (size, time, inode) is not read again (ChecksumCache)
        java.util.Optional<String> known = ChecksumCache.lookup(abs.toString(), before);
        if (known.isPresent()) {
            return new FileChecksum(abs.toString(), before.size(), known.get());
        }
        MessageDigest d = digest();
        long n = 0;
        byte[] buf = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(abs)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                d.update(buf, 0, r);
                n += r;
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(abs + ": file not found", e);
        } catch (IOException e) {
            throw new UncheckedIOException(abs + ": cannot read (" + e.getMessage() + ")", e);
        }
        String sha256 = HexFormat.of().formatHex(d.digest());
        try {
            BasicFileAttributes after = Files.readAttributes(abs, BasicFileAttributes.class);
            if (n == before.size() && after.size() == n && after.lastModifiedTime().equals(before.lastModifiedTime())) {
                ChecksumCache.remember(abs.toString(), before, sha256);   // not changed while it was read
            }
        } catch (IOException e) {
            // gone meanwhile: nothing to remember
        }
        return new FileChecksum(abs.toString(), n, sha256);
    }

    /** SHA-256 of the lines "sha256  name" of {@code files}, in order: one checksum for a set of files. */
    public static String combined(List<FileChecksum> files) {
        MessageDigest d = digest();
        for (FileChecksum f : files) {
            d.update((f.sha256 + "  " + Path.of(f.path).getFileName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** SHA-256 of {@code bytes}, hex. */
    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
