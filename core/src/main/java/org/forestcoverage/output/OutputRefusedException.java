package org.forestcoverage.output;

/**
 * An output folder cannot be used as asked (a file, a folder with the user's files, a previous output without
 * {@code --overwrite}, a folder holding the run's inputs, another run writing it...). Thrown before anything is
 * written; the message names the folder, the problem and the fix, on one line.
 */
public class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
