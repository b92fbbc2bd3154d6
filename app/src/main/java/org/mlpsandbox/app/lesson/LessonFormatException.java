package org.mlpsandbox.app.lesson;

/** A lesson file that is not valid: not JSON, a missing or unknown field, a bad value, or a setup the engine refuses. */
public class LessonFormatException extends Exception {

    public LessonFormatException(String message) {
        super(message);
    }

    public LessonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
