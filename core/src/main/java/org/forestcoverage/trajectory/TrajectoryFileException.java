package org.forestcoverage.trajectory;

/**
 * A trajectory file that cannot be read; the message names the file and the 1-based line:
 * {@code beijing-trajectory.csv line 4: percent 'x' is not a number}.
 */
public final class TrajectoryFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public TrajectoryFileException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
