package org.forestcoverage.zones;

/** The districts file or one of its features is unusable; the message names the file and the feature. */
public class DistrictException extends RuntimeException {
    public DistrictException(String message) {
        super(message);
    }
}
