package org.forestcoverage.stac;

/** A STAC item cannot be used as a scene; the message names the item and what is wrong, briefly. */
public class StacException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StacException(String message) {
        super(message);
    }

    public StacException(String message, Throwable cause) {
        super(message, cause);
    }
}
