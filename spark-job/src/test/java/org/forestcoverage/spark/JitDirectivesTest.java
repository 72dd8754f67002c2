package org.forestcoverage.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's compiler directives: HotSpot accepts config/jit-directives.json (a pattern it refuses would silently
 * leave C2 on the start-up code), and a missing or broken file changes nothing but says why.
 */
@Tag("unit")
class JitDirectivesTest {
    @TempDir
    Path dir;

    private static String installFrom(String file) {
        String was = System.getProperty(JitDirectives.PROPERTY);
        try {
            if (file == null) {
                System.clearProperty(JitDirectives.PROPERTY);
            } else {
                System.setProperty(JitDirectives.PROPERTY, file);
            }
            return JitDirectives.install();
        } finally {
            if (was == null) {
                System.clearProperty(JitDirectives.PROPERTY);
            } else {
                System.setProperty(JitDirectives.PROPERTY, was);
            }
        }
    }

    @Test
    void theLaunchersDirectivesAreAccepted() {
        // the module's folder is spark-job/; the file is the one the launcher names
        Path file = Path.of("..", "config", "jit-directives.json").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(file), file.toString());
        assertEquals("2 compiler directives added", installFrom(file.toString()));
    }

    @Test
    void aMissingOrBrokenFileChangesNothing() throws Exception {
        assertEquals("no forest.jit.directives", installFrom(null));
        assertTrue(installFrom(dir.resolve("none.json").toString()).endsWith("none.json: not found"));
        Path bad = Files.writeString(dir.resolve("bad.json"), "[{ match: \"a/*b*.c\", c2: { Exclude: true } }]");
        String answer = installFrom(bad.toString());
        assertFalse(answer.contains("directives added"), answer);
    }
}
