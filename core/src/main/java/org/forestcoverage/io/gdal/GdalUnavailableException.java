package org.forestcoverage.io.gdal;

/** GDAL's native library is missing or does not match the Java bindings; the message says how to fix it. */
public class GdalUnavailableException extends RuntimeException {
    public GdalUnavailableException(String message) {
        super(message);
    }

    public GdalUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
