package org.forestcoverage.catalog;

/** A product is refused, or the catalogue cannot be used; the message names the file or product and the problem. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
