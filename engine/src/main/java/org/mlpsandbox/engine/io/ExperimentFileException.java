package org.mlpsandbox.engine.io;

import java.io.IOException;

/**
 * An experiment file that cannot be opened: not JSON, another format or version, a missing field, an unknown plugin,
 * weights of the wrong length or not finite. The message is one line, "{@code <file>: <problem>}", fit to be shown to a
 * person as it is.
 */
public final class ExperimentFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public ExperimentFileException(String file, String problem) {
        this(file, problem, null);
    }

    public ExperimentFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file as it was named when opening it. */
    public String file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
