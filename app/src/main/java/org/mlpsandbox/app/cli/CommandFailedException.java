package org.mlpsandbox.app.cli;

/** A command could not do its job; the message is the one line shown after "error: ". */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException(String message) {
        super(message);
    }

    CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
