package org.mlpsandbox.engine.data;

import java.io.IOException;

/**
 * A data file that cannot be read as data: a CSV value that is not a number, a ragged row, an IDX file with the wrong
 * magic number or too few bytes. The message names the file and, where there is one, the line and column, so that it
 * can be shown to a person as it is.
 */
public class DataFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A problem described by {@code message}, which already names the file. */
    public DataFileException(String message) {
        super(message);
    }

    /** A problem described by {@code message}, which already names the file, found while handling {@code cause}. */
    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
