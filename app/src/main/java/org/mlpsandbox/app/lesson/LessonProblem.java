package org.mlpsandbox.app.lesson;

/**
 * A lesson file that could not be used, and why.
 *
 * @param source  where the file came from: a path, or "built-in: name.json"
 * @param message what is wrong, for a teacher: which field, what was found, what is expected
 */
public record LessonProblem(String source, String message) {

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
