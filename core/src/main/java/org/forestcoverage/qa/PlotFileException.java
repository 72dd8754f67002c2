package org.forestcoverage.qa;

/**
 * A plot file that cannot be read as plots. Carries the file and the location inside it ({@code line 7} for CSV with
 * 1-based lines counting the header, {@code feature 3} for GeoJSON with 0-based feature indexes), both included in
 * the message: {@code plots.csv line 7: label 'shrub' is not one of ...}.
 */
public final class PlotFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    public PlotFileException(String file, String location, String problem) {
        this(file, location, problem, null);
    }

    public PlotFileException(String file, String location, String problem, Throwable cause) {
        super(file + (location.isEmpty() ? "" : " " + location) + ": " + problem, cause);
        this.file = file;
        this.location = location;
    }

    /** The file (or source name) as given to the reader. */
    public String file() {
        return file;
    }

    /** {@code line N}, {@code feature N}, or empty when the problem concerns the whole file. */
    public String location() {
        return location;
    }
}
