package org.forestcoverage.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checksums against the JDK's own SHA-256 of the bytes written, also after the file changes in place. */
class FileChecksumTest {
    @TempDir
    Path dir;

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void aFileRewrittenWithTheSameSizeIsReadAgain() throws Exception {
        Path f = dir.resolve("band.tif");
        byte[] first = "forest-coverage band one".getBytes();
        byte[] second = "forest-coverage band two".getBytes();
        Files.write(f, first);
        FileTime t = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(f, t);
        assertEquals(sha256(first), FileChecksum.of(f).sha256());
        assertEquals(sha256(first), FileChecksum.of(f).sha256(), "unchanged: the remembered checksum");

        Files.write(f, second);                                  // same size, new content, new time
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_001_000L));
        assertEquals(sha256(second), FileChecksum.of(f).sha256());
        assertNotEquals(sha256(first), sha256(second));
        assertEquals(second.length, FileChecksum.of(f).bytes());
    }
}
