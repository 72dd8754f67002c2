package org.forestcoverage.cli;

import java.nio.file.Path;

/**
 * Paths on the command line as the user meant them: relative to the folder the command was run from (the
 * launcher does not change folder), and {@code ~} or {@code ~/...} in the user's home (a shell leaves a quoted
 * {@code "~/out"} or {@code --out=~/out} alone; a folder literally named {@code ~} is easy to create and dangerous
 * to remove). Write {@code ./~} for such a folder.
 */
final class UserPaths {
    private UserPaths() {
    }

    static Path path(String value) {
        if (value.equals("~") || value.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + value.substring(1));
        }
        return Path.of(value);
    }
}
