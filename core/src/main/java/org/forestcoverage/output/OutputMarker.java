package org.forestcoverage.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file {@value #NAME} a forest command leaves in its output folder: which command wrote it, whether it is complete,
 * and every file and folder it wrote, each file with its size and modification time (its fingerprint). A later run
 * may replace a folder only when every entry in it is listed here with an unchanged fingerprint: a file the user
 * added or edited makes the folder foreign. Paths are relative, with {@code /} separators. Immutable.
 *
 * <p>States: {@code complete} (a finished output), {@code replacing} (written just before a previous output's files
 * are swapped for new ones: it lists both, so a run killed during the swap leaves a folder that is still recognised),
 * {@code staging} (inside a run's temporary folder, naming its {@link RunOwner}).
 *
 * @param command     the command that wrote the output ({@code analyze}, {@code qa}...)
 * @param state       {@code complete}, {@code replacing} or {@code staging}
 * @param owner       the writing process (for {@code staging}), or {@code null}
 * @param files       the files written, with fingerprints
 * @param directories the folders written
 */
record OutputMarker(String command, String state, RunOwner owner, List<Entry> files, List<String> directories) {
    /** The marker's file name. */
    static final String NAME = ".forest-output.json";
    static final String COMPLETE = "complete";
    static final String REPLACING = "replacing";
    static final String STAGING = "staging";
    private static final String TOOL = "forest-coverage";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One file of an output: relative path, size in bytes and modification time in epoch milliseconds (renames keep
     * both, so the fingerprint taken in the staging folder holds in the final one).
     */
    record Entry(String path, long bytes, long modifiedMillis) {
    }

    public OutputMarker {
        files = List.copyOf(files);
        directories = List.copyOf(directories);
    }

    /** True when {@code path} (relative) is a listed file whose size and time are {@code attrs}'. */
    boolean owns(String path, BasicFileAttributes attrs) {
        for (Entry e : files) {
            if (e.path().equals(path) && e.bytes() == attrs.size() && e.modifiedMillis() == attrs.lastModifiedTime().toMillis()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code path} is listed as a file, whatever its fingerprint. */
    boolean listsFile(String path) {
        return files.stream().anyMatch(e -> e.path().equals(path));
    }

    boolean listsDirectory(String path) {
        return directories.contains(path);
    }

    boolean complete() {
        return COMPLETE.equals(state);
    }

    /** This marker with another state, and the files and folders of {@code other} added (for {@code replacing}). */
    OutputMarker union(OutputMarker other, String newState) {
        List<Entry> f = new ArrayList<>(files);
        f.addAll(other.files);
        List<String> d = new ArrayList<>(directories);
        other.directories.stream().filter(x -> !d.contains(x)).forEach(d::add);
        return new OutputMarker(command, newState, null, f, d);
    }

    /**
     * The marker of everything under {@code dir} (the marker file itself excluded): every regular file with its
     * fingerprint and every folder.
     */
    static OutputMarker scan(Path dir, String command, String state) {
        List<Entry> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    if (!d.equals(dir)) {
                        dirs.add(relative(dir, d));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    String rel = relative(dir, f);
                    if (!rel.equals(NAME)) {
                        files.add(new Entry(rel, a.size(), a.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        files.sort(java.util.Comparator.comparing(Entry::path));
        java.util.Collections.sort(dirs);
        return new OutputMarker(command, state, null, files, dirs);
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    /** Writes this marker as {@code file} (JSON). */
    void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", TOOL);
        root.put("format", 1);
        root.put("command", command);
        root.put("state", state);
        root.put("written", Instant.now().toString());
        if (owner != null) {
            root.put("pid", owner.pid());
            root.put("process_start_ms", owner.startMillis());
        }
        ArrayNode f = root.putArray("files");
        for (Entry e : files) {
            f.addObject().put("path", e.path()).put("bytes", e.bytes()).put("modified_ms", e.modifiedMillis());
        }
        ArrayNode d = root.putArray("directories");
        directories.forEach(d::add);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /**
     * The marker in {@code file}, or empty when there is none or it is not a forest marker (unreadable, other JSON):
     * such a file is the user's.
     */
    static Optional<OutputMarker> read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            if (root == null || !TOOL.equals(root.path("tool").asText()) || !root.path("files").isArray()) {
                return Optional.empty();
            }
            List<Entry> files = new ArrayList<>();
            for (JsonNode e : root.get("files")) {
                files.add(new Entry(e.path("path").asText(), e.path("bytes").asLong(-1), e.path("modified_ms").asLong(-1)));
            }
            List<String> dirs = new ArrayList<>();
            root.path("directories").forEach(d -> dirs.add(d.asText()));
            RunOwner owner = root.has("pid") ? new RunOwner(root.get("pid").asLong(), root.path("process_start_ms").asLong())
                    : null;
            return Optional.of(new OutputMarker(root.path("command").asText("?"), root.path("state").asText("?"), owner,
                    files, dirs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
