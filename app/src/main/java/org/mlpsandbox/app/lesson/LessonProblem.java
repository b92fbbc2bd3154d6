package org.mlpsandbox.app.lesson;

import java.util.Locale;

/**
 * A lesson file that could not be used, and why.
 *
 * @param source  where the file came from: a path, or "built-in lesson name.json"
 * @param message what is wrong, for a teacher: which field, what was found, what is expected
 * @param id      the lesson's id when the file got far enough to name one, else null
 */
public record LessonProblem(String source, String message, String id) {

    /** A problem with a file whose lesson id is not known. */
    public LessonProblem(String source, String message) {
        this(source, message, null);
    }

    /**
     * Whether this is the problem of the lesson a person asked for by {@code name}: its id, its file name, or its file
     * name without ".json" and without a leading order number ("07-big.json" is "big").
     */
    public boolean concerns(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(id)) {
            return true;
        }
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        file = file.startsWith("built-in lesson ") ? file.substring("built-in lesson ".length()) : file;
        String stem = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : file;
        return wanted.equals(file) || wanted.equals(stem) || wanted.equals(stem.replaceFirst("^\\d+-", ""));
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
