package org.forestcoverage.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on an output target: an OS file lock ({@code fcntl}) on a small lock file that names its holder.
 * The OS releases the lock when the holder dies, even by {@code kill -9}, so a lock file nobody holds is stale and
 * the next run takes it over. Not thread-safe; one instance per run.
 *
 * <p>Taking the lock: create or open the file, try the lock, write a fresh token and read it back through the path.
 * A holder deletes its file before releasing it, so a run that locked a file just deleted finds another file (or
 * none) at the path and tries again. POSIX drops all of a process's locks on a file when it closes <em>any</em>
 * descriptor of it, so this JVM never opens a lock file it holds a second time (it remembers them), and the
 * descriptor that read the token back stays open until the lock is released.
 */
final class OutputLock implements AutoCloseable {
    static final String SIGNATURE = "forest-coverage lock";
    private static final int ATTEMPTS = 5;
    /** Lock files this JVM holds, with their holder's description: never opened again while held. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();
    private final Path file;
    private final FileChannel channel;
    private final FileChannel readBack;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileChannel readBack, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.readBack = readBack;
        this.lock = lock;
    }

    /** The result of {@link #acquire}: the lock, or who holds it. */
    record Acquired(OutputLock lock, String holder) {
    }

    /** Takes the lock of {@code file} for {@code command}, or returns who holds it. */
    static Acquired acquire(Path file, String command) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String heldHere = HELD.get(key);
            if (heldHere != null) {
                return new Acquired(null, heldHere);
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                return new Acquired(null, holder(file).orElse("another forest run"));
            }
            RunOwner me = RunOwner.current();
            String content = SIGNATURE + "\npid=" + me.pid() + "\nprocess_start_ms=" + me.startMillis() + "\ncommand="
                    + command + "\ntoken=" + UUID.randomUUID() + "\n";
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            FileChannel back = null;
            try {
                back = FileChannel.open(file, StandardOpenOption.READ);
                if (read(back).equals(content)
                        && HELD.putIfAbsent(key, "forest " + command + " (PID " + me.pid() + ")") == null) {
                    return new Acquired(new OutputLock(key, ch, back, l), null);
                }
            } catch (NoSuchFileException e) {
                // deleted by its holder after we opened it
            }
            if (back != null) {
                back.close();
            }
            l.release();
            ch.close();
        }
        throw new IOException(file + ": the lock file keeps changing; is another program writing it?");
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) Math.min(ch.size(), 1 << 16));
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    /** "forest analyze (PID 123)" from a lock file, if it is one of ours. */
    private static Optional<String> holder(Path file) {
        try {
            String s = Files.readString(file);
            if (!s.startsWith(SIGNATURE)) {
                return Optional.empty();
            }
            String cmd = field(s, "command");
            return Optional.of("forest " + (cmd == null ? "" : cmd + " ") + "(PID " + field(s, "pid") + ")");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String field(String content, String key) {
        for (String line : content.split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1);
            }
        }
        return null;
    }

    /**
     * Deletes {@code file} when it is one of our lock files (or an empty one, from a run killed before it wrote its
     * name) that no process holds; returns true when deleted.
     */
    static boolean removeIfStale(Path file) {
        if (HELD.containsKey(file.toAbsolutePath().normalize()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            String s = read(ch);
            if (!s.isEmpty() && !s.startsWith(SIGNATURE)) {
                return false;
            }
            Files.delete(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes the lock file, then releases the lock. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the lock file " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                if (lock.isValid()) {
                    lock.release();
                }
                readBack.close();
                channel.close();
            } catch (IOException e) {
                // the OS releases the lock with the descriptors or the process anyway
            } finally {
                HELD.remove(file);
            }
        }
    }
}
