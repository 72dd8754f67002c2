package org.forestcoverage.sensor;

/**
 * A scene cannot be described: its metadata is missing or malformed, its scaling is unknown, or the
 * manifest entry contradicts the preset. The message names the scene or file, the field, and what to
 * state in the manifest to fix it.
 */
public class SensorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SensorException(String message) {
        super(message);
    }

    public SensorException(String message, Throwable cause) {
        super(message, cause);
    }
}
