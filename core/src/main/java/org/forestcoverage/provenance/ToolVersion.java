package org.forestcoverage.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The git commit this build of the tool was made from, recorded at build time ({@code git.properties}, written by
 * core's build with git's own CLI). Immutable.
 *
 * @param commit the full commit hash, or {@code unknown} when the build had no git checkout
 * @param dirty  the checkout had uncommitted changes to tracked files when it was built
 */
public record ToolVersion(String commit, boolean dirty) {
    /** The version of the classes running now. */
    public static ToolVersion current() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("git.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource is an unknown version
        }
        String c = p.getProperty("git.commit.id", "");
        return new ToolVersion(c.matches("[0-9a-f]{40}") ? c : "unknown",
                Boolean.parseBoolean(p.getProperty("git.dirty", "false")));
    }

    /** The commit, with {@code +dirty} when the build had uncommitted changes. */
    public String label() {
        return commit + (dirty ? "+dirty" : "");
    }
}
