package org.forestcoverage.scene;

/** A scene manifest is unreadable or incomplete; the message names the file, the entry and the field. */
public class ManifestException extends RuntimeException {
    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
