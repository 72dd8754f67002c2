package org.forestcoverage.definition;

/**
 * A forest definition or calibration file that cannot be used: the message names the file and the problem.
 */
public final class DefinitionFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public DefinitionFileException(String file, String problem) {
        super(file + ": " + problem);
    }
}
