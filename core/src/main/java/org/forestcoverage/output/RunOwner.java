package org.forestcoverage.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The process that wrote a temporary or holds a lock: its PID and start time (epoch milliseconds, 0 when the OS
 * does not say). A PID alone is not enough to tell that a process is gone, since the OS reuses PIDs: an owner is
 * alive only when a process with its PID exists <em>and</em> started at the recorded time. Immutable.
 *
 * <pre>{@code
 * RunOwner me = RunOwner.current();
 * String name = ".out.forest-tmp-" + me.token() + "-x1y2";   // 12345-1764483600123
 * RunOwner.parse(name.substring(...)).get().isAlive();         // true while this JVM runs
 * }</pre>
 */
record RunOwner(long pid, long startMillis) {
    private static final Pattern TOKEN = Pattern.compile("(\\d+)-(\\d+)");

    /** This JVM. */
    public static RunOwner current() {
        ProcessHandle me = ProcessHandle.current();
        return new RunOwner(me.pid(), startOf(me));
    }

    /** The owner encoded by {@link #token()}, if {@code s} is one. */
    public static Optional<RunOwner> parse(String s) {
        Matcher m = TOKEN.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunOwner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code PID-STARTMILLIS}, for file names. */
    public String token() {
        return pid + "-" + startMillis;
    }

    /**
     * True when this process still runs: a process with this PID exists and, when both start times are known, it
     * started when recorded (a PID reused by a later process does not count).
     */
    public boolean isAlive() {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return false;
        }
        long start = startOf(p.get());
        return start == 0 || startMillis == 0 || start == startMillis;
    }

    private static long startOf(ProcessHandle p) {
        return p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }
}
