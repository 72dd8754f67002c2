package org.forestcoverage.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.forestcoverage.scene.BandRef;

/**
 * A command's output folder ({@code --out}) that never destroys anything. Results are written into a staging folder
 * ({@link #dir()}) and put in place by {@link #commit()}; {@link #close()} without a commit removes the staging
 * folder, so a failed or interrupted run leaves nothing behind.
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.create(Path.of("out"), "qa", overwrite, List.of(plots.toString()))) {
 *     Files.writeString(out.dir().resolve("qa.csv"), csv);
 *     out.commit();
 * }
 * }</pre>
 *
 * <p><b>What may be written to.</b> A path that does not exist (missing parent folders are created, and removed
 * again if the run fails), an empty folder (a mount point included), or, with {@code overwrite}, a complete previous
 * output of forest: a folder whose {@code .forest-output.json} lists every file in it with an unchanged size and
 * time. Anything else is refused with an {@link OutputRefusedException} before anything is written: a file, the root
 * folder, a folder holding any file forest did not write (or one the user edited), a previous output without
 * {@code overwrite}, a folder holding one of the run's {@code inputs}. Only files listed in the previous marker and
 * the run's own temporaries are ever deleted.
 *
 * <p><b>How it is put in place.</b> A new path: the staging folder is a hidden sibling
 * ({@code .NAME.forest-tmp-PID-START-X}), renamed to the final name in one atomic step. An existing folder (empty, or
 * a previous output): the folder itself is never renamed or removed, so a reader never sees it vanish and a mount
 * point works; the staging folder is inside it ({@code .forest-staging-PID-START-X}, same filesystem), each file is
 * renamed over its old version (atomic per file), old files the new output does not have are deleted, and the
 * marker is written last. During that swap the marker is in state {@code replacing} and lists old and new files, so
 * even a folder left by {@code kill -9} mid-swap is recognised (and replaced with {@code overwrite}).
 *
 * <p><b>Concurrency and interruption.</b> An {@link OutputLock} ({@code .NAME.forest-lock} beside a new path,
 * {@code .forest-lock} inside an existing folder) makes a second run into the same folder fail at once, naming the
 * one that holds it. Open folders are registered with {@link Interruption}, whose shutdown hook removes their
 * temporaries on SIGINT or SIGTERM. Temporaries and locks of processes that died ({@code kill -9}, power loss) are
 * removed by the next run into the same parent folder, after checking that their PID is gone or now belongs to a
 * later process ({@link RunOwner}). Folders and files are created with the process's umask.
 *
 * <p>Thread-safety: {@link #commit()} and {@link #close()} are synchronized with the interrupt hook; write into
 * {@link #dir()} from any threads of the run.
 */
public final class OutputFolder implements AutoCloseable {
    static final String TEMP_INFIX = ".forest-tmp-";
    static final String STAGING_PREFIX = ".forest-staging-";
    static final String LOCK_SUFFIX = ".forest-lock";
    private static final Pattern TEMP = Pattern.compile("\\..+" + Pattern.quote(TEMP_INFIX) + "(\\d+-\\d+)-[0-9a-f]+");
    private static final Pattern STAGING = Pattern.compile(Pattern.quote(STAGING_PREFIX) + "(\\d+-\\d+)-[0-9a-f]+");
    private static final int SHOWN = 4;

    private enum State { OPEN, COMMITTED, ABORTED }

    private final String shown;
    private final Path target;
    private final boolean inPlace;
    private final Path staging;
    private final OutputLock lock;
    private final OutputMarker previous;
    private final String command;
    private final List<Path> createdParents;
    private State state = State.OPEN;
    private volatile boolean interrupting;

    private OutputFolder(String shown, Path target, boolean inPlace, Path staging, OutputLock lock,
                         OutputMarker previous, String command, List<Path> createdParents) {
        this.shown = shown;
        this.target = target;
        this.inPlace = inPlace;
        this.staging = staging;
        this.lock = lock;
        this.previous = previous;
        this.command = command;
        this.createdParents = createdParents;
    }

    /**
     * Checks {@code target}, takes its lock and opens a staging folder.
     *
     * @param command   the command writing (recorded in the marker and named to a concurrent run)
     * @param overwrite replace a complete previous output of forest
     * @param inputs    the run's input files and folders (GDAL virtual paths and URLs are ignored): none may lie
     *                  inside {@code target}
     * @throws OutputRefusedException when {@code target} may not be written, naming it and the reason
     */
    public static OutputFolder create(Path target, String command, boolean overwrite, Collection<String> inputs) {
        String shown = target.toString().isEmpty() ? "." : target.toString();
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw refused(shown, "is the root folder, which cannot be an output folder");
        }
        try {
            removeStaleTemporaries(abs.getParent());
            for (int attempt = 0; ; attempt++) {
                Target t = inspect(shown, abs, overwrite, inputs);
                OutputFolder f = t.folder == null ? openNew(shown, abs, command) : openInPlace(shown, t, command);
                if (f != null) {
                    Interruption.register(f);
                    return f;
                }
                if (attempt == 3) {
                    throw refused(shown, "keeps changing while forest checks it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(shown + ": cannot prepare the output folder: " + describe(e), e);
        }
    }

    /** The folder to write into: the staging folder, put in place by {@link #commit()}. */
    public Path dir() {
        return staging;
    }

    /** The final folder (absolute). */
    public Path target() {
        return target;
    }

    /** What an existing target is: a folder to write into (with its previous marker, if any), or none (new). */
    private record Target(Path folder, OutputMarker previous) {
    }

    private static Target inspect(String shown, Path abs, boolean overwrite, Collection<String> inputs) throws IOException {
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            return new Target(null, null);
        }
        Path folder;
        try {
            folder = abs.toRealPath();
        } catch (NoSuchFileException e) {
            throw refused(shown, "is a link to " + Files.readSymbolicLink(abs) + ", which does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw refused(shown, "is a file, not a folder; give a new folder name for the results");
        }
        for (String in : inputs) {
            Optional<Path> p = localPath(in);
            if (p.isPresent() && p.get().startsWith(folder)) {
                throw refused(shown, "holds " + in + ", an input of this run: writing there would replace what the"
                        + " run reads; give another output folder");
            }
        }
        Optional<OutputMarker> marker = OutputMarker.read(folder.resolve(OutputMarker.NAME));
        List<String> foreign = foreign(folder, marker.orElse(null));
        if (!foreign.isEmpty()) {
            throw refused(shown, "holds files that are not part of a forest output (" + list(foreign) + "); give a new or empty folder"
                    + (marker.isPresent() ? ", or move those files out of this earlier output" : ""));
        }
        if (marker.isPresent() && !overwrite) {
            throw refused(shown, "holds the " + (marker.get().complete() ? "output" : "incomplete output")
                    + " of an earlier forest " + marker.get().command() + " run; add --overwrite to replace it, or"
                    + " give a new folder");
        }
        return new Target(folder, marker.orElse(null));
    }

    private static Optional<Path> localPath(String input) {
        if (input == null || BandRef.isRemote(input)) {
            return Optional.empty();
        }
        Path p = Path.of(input).toAbsolutePath().normalize();
        try {
            return Optional.of(p.toRealPath());
        } catch (IOException e) {
            return Optional.of(p);
        }
    }

    /**
     * The entries of {@code folder} forest did not write: not listed in {@code marker}, or listed but changed since.
     * The marker, the lock and staging folders of runs (the lock decides whether they are live) are forest's. An
     * empty {@code lost+found} at the top of a mount point is the filesystem's and does not count.
     */
    private static List<String> foreign(Path folder, OutputMarker marker) throws IOException {
        List<String> out = new ArrayList<>();
        boolean mountPoint = folder.getParent() != null
                && !Files.getFileStore(folder).equals(Files.getFileStore(folder.getParent()));
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                if (d.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = OutputMarker.relative(folder, d);
                if (d.getParent().equals(folder) && (ownStaging(d) || (mountPoint && rel.equals("lost+found")))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (marker == null || !marker.listsDirectory(rel)) {
                    // another command's output inside this one (qa --out run/qa) is not this output's to replace
                    out.add(rel + "/" + OutputMarker.read(d.resolve(OutputMarker.NAME))
                            .map(m -> " (a separate output of forest " + m.command() + ")").orElse(""));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                String rel = OutputMarker.relative(folder, f);
                if (f.getParent().equals(folder) && (rel.equals(OutputMarker.NAME) && marker != null
                        || rel.equals(LOCK_SUFFIX) && a.isRegularFile())) {
                    return FileVisitResult.CONTINUE;
                }
                if (marker == null || !a.isRegularFile() || !marker.owns(rel, a)) {
                    out.add(marker != null && marker.listsFile(rel) ? rel + " (changed since forest wrote it)" : rel);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                out.add(OutputMarker.relative(folder, f) + " (unreadable)");
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    private static String list(List<String> entries) {
        List<String> sorted = entries.stream().sorted().toList();
        String head = String.join(", ", sorted.subList(0, Math.min(SHOWN, sorted.size())));
        return sorted.size() > SHOWN ? head + " and " + (sorted.size() - SHOWN) + " more" : head;
    }

    /** A new folder: lock and staging folder beside it, missing parents created. Null when it appeared meanwhile. */
    private static OutputFolder openNew(String shown, Path abs, String command) throws IOException {
        List<Path> created = createParents(abs.getParent());
        String name = abs.getFileName().toString();
        OutputLock lock = lock(shown, abs.resolveSibling("." + name + LOCK_SUFFIX), command, created);
        try {
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
                lock.close();
                return null;
            }
            Path staging = abs.resolveSibling("." + name + TEMP_INFIX + RunOwner.current().token() + "-" + nonce());
            openStaging(staging, command);
            return new OutputFolder(shown, abs, false, staging, lock, null, command, created);
        } catch (IOException | RuntimeException e) {
            lock.close();
            removeEmpty(created);
            throw e;
        }
    }

    /** An existing folder: lock and staging folder inside it. Null when its contents changed before the lock. */
    private static OutputFolder openInPlace(String shown, Target t, String command) throws IOException {
        Path folder = t.folder;
        OutputLock lock = lock(shown, folder.resolve(LOCK_SUFFIX), command, List.of());
        try {
            removeStaleTemporaries(folder);
            Optional<OutputMarker> now = OutputMarker.read(folder.resolve(OutputMarker.NAME));
            if (!now.equals(Optional.ofNullable(t.previous)) || !foreign(folder, now.orElse(null)).isEmpty()) {
                lock.close();
                return null;
            }
            Path staging = folder.resolve(STAGING_PREFIX + RunOwner.current().token() + "-" + nonce());
            openStaging(staging, command);
            return new OutputFolder(shown, folder, true, staging, lock, t.previous, command, List.of());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static OutputLock lock(String shown, Path file, String command, List<Path> created) throws IOException {
        OutputLock.Acquired a = OutputLock.acquire(file, command);
        if (a.lock() == null) {
            removeEmpty(created);
            throw refused(shown, "another run is writing it (" + a.holder() + "); wait for it to finish or stop it");
        }
        return a.lock();
    }

    /** Creates the staging folder with a {@code staging} marker naming this process (the mark of our temporaries). */
    private static void openStaging(Path staging, String command) throws IOException {
        Files.createDirectory(staging);
        new OutputMarker(command, OutputMarker.STAGING, RunOwner.current(), List.of(), List.of())
                .write(staging.resolve(OutputMarker.NAME));
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Creates the missing ancestors of {@code dir}, returning those created, outermost first. */
    private static List<Path> createParents(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path p : missing) {
                Files.createDirectory(p);
                created.add(p);
            }
        } catch (IOException e) {
            removeEmpty(created);
            throw e;
        }
        return created;
    }

    /**
     * Removes, in {@code dir}, the temporaries of forest runs whose process is gone: staging folders (recognised by
     * their name and the {@code staging} marker inside, naming the same process) and lock files nobody holds.
     */
    static void removeStaleTemporaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(LOCK_SUFFIX)) {
                    OutputLock.removeIfStale(p);
                } else if (isOurs(p) && !ownerOf(p).map(RunOwner::isAlive).orElse(true)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder we cannot list or clean holds nothing we could remove
        }
    }

    /** True when {@code p} is a staging folder of a forest run (name and marker agree on the process). */
    private static boolean isOurs(Path p) {
        Optional<RunOwner> owner = ownerOf(p);
        return owner.isPresent() && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                && OutputMarker.read(p.resolve(OutputMarker.NAME))
                        .filter(m -> OutputMarker.STAGING.equals(m.state()) && owner.get().equals(m.owner())).isPresent();
    }

    private static boolean ownStaging(Path p) {
        return STAGING.matcher(p.getFileName().toString()).matches() && isOurs(p);
    }

    private static Optional<RunOwner> ownerOf(Path p) {
        String name = p.getFileName().toString();
        Matcher m = TEMP.matcher(name);
        if (!m.matches()) {
            m = STAGING.matcher(name);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return RunOwner.parse(m.group(1));
    }

    /**
     * Puts the complete result in place (see the class comment), writes the marker last and releases the lock.
     *
     * @throws IllegalStateException when the folder was already committed or aborted (an interrupt)
     */
    public synchronized void commit() {
        if (state != State.OPEN) {
            throw new IllegalStateException(shown + ": the output was " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        try {
            OutputMarker result = OutputMarker.scan(staging, command, OutputMarker.COMPLETE);
            if (inPlace) {
                swapInto(result);
                deleteTree(staging);
            } else {
                result.write(staging.resolve(OutputMarker.NAME));
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("it was created by someone else during the run");
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(shown + ": cannot put the output in place: " + describe(e), e);
        }
        state = State.COMMITTED;
        lock.close();
        Interruption.unregister(this);
    }

    /** The in-place swap: marker {@code replacing}, files renamed over their old versions, old files gone, marker. */
    private void swapInto(OutputMarker result) throws IOException {
        OutputMarker replacing = previous == null ? new OutputMarker(command, OutputMarker.REPLACING, null,
                result.files(), result.directories()) : result.union(previous, OutputMarker.REPLACING);
        writeMarker(replacing);
        for (String d : result.directories()) {
            Path p = target.resolve(d);
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                deleteIfOwned(d);
                Files.createDirectory(p);
            }
        }
        for (OutputMarker.Entry e : result.files()) {
            Path to = target.resolve(e.path());
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                deleteIfOwned(e.path());
            }
            move(staging.resolve(e.path()), to);
        }
        if (previous != null) {
            for (OutputMarker.Entry e : previous.files()) {
                if (!result.listsFile(e.path())) {
                    deleteIfOwned(e.path());
                }
            }
            previous.directories().stream().filter(d -> !result.listsDirectory(d))
                    .sorted(Comparator.reverseOrder()).forEach(d -> deleteIfOwned(d));
        }
        writeMarker(result);
    }

    private void writeMarker(OutputMarker m) throws IOException {
        Path next = staging.resolve(OutputMarker.NAME + ".next");
        m.write(next);
        move(next, target.resolve(OutputMarker.NAME));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes an entry of the previous output: a file with its recorded fingerprint, or an empty listed folder. */
    private void deleteIfOwned(String rel) {
        if (previous == null) {
            return;
        }
        Path p = target.resolve(rel);
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && previous.owns(rel, a)) {
                Files.delete(p);
            } else if (a.isDirectory() && previous.listsDirectory(rel)) {
                try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
                    if (!s.iterator().hasNext()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            // gone already, or not ours to delete
        }
    }

    /**
     * Without a commit: removes the staging folder, the lock and the parent folders this run created (when empty).
     * Idempotent. During an interrupt it does nothing: the interrupt hook removes them after stopping the work.
     */
    @Override
    public void close() {
        if (interrupting) {
            return;     // the interrupt hook removes it once the work has stopped: a task may still be writing
        }
        abort();
    }

    /** Called by the interrupt hook before it stops the work: from now on only the hook removes this folder. */
    void interrupting() {
        interrupting = true;
    }

    /** True once {@link #commit()} put the output in place. */
    synchronized boolean committed() {
        return state == State.COMMITTED;
    }

    /** {@link #close()}, returning true when there was something to remove (the run had not committed). */
    synchronized boolean abort() {
        if (state != State.OPEN) {
            return false;
        }
        state = State.ABORTED;
        try {
            deleteTree(staging);
        } finally {
            lock.close();
            removeEmpty(createdParents);
            Interruption.unregister(this);
        }
        return true;
    }

    private static void removeEmpty(List<Path> createdOutermostFirst) {
        for (int i = createdOutermostFirst.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdOutermostFirst.get(i));
            } catch (IOException e) {
                return;                                       // not empty: something else was put there
            }
        }
    }

    /** Deletes a tree this run (or a dead run) created, without following links. */
    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.deleteIfExists(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;          // removed by a writer in the meantime
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** "PATH: permission denied" rather than Java's bare path for a refused file operation. */
    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() == null) {
            return f.getFile() + ": " + f.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
                    .replace(" Exception", "").toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage();
    }

    private static OutputRefusedException refused(String shown, String problem) {
        return new OutputRefusedException(shown + ": " + problem + "; nothing was changed");
    }
}
