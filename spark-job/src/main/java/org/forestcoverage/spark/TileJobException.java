package org.forestcoverage.spark;

/** The tile job failed for a reason that is not one of ours (no domain exception came back from the task). */
public class TileJobException extends RuntimeException {
    public TileJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
