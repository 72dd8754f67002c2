package org.forestcoverage.spark;

/**
 * The cluster cannot run the job: no executor registered, or GDAL cannot be loaded on some executor. The
 * message is one line naming the hosts and the fix.
 */
public class ExecutorSetupException extends RuntimeException {
    public ExecutorSetupException(String message) {
        super(message);
    }
}
