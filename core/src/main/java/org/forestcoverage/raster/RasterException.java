package org.forestcoverage.raster;

/** A raster could not be opened, read or written; the message names the file and what is wrong. */
public class RasterException extends RuntimeException {
    private final String path;

    public RasterException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public RasterException(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    /** The file (or GDAL path) the problem is about. */
    public String path() {
        return path;
    }
}
