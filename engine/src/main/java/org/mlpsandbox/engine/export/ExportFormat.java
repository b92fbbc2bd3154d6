package org.mlpsandbox.engine.export;

import java.nio.file.Path;
import java.util.Locale;

/** The languages a network can be exported to, with their file extensions. */
public enum ExportFormat {
    /** One Java class, no dependencies: {@code public static double[] predict(double[] x)}. */
    JAVA("java", "Java source"),
    /** One Python module needing NumPy only: {@code predict(x)} for one sample or a batch. */
    PYTHON("py", "Python source (NumPy)");

    private final String extension;
    private final String description;

    ExportFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** Without the dot: "java", "py". */
    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /**
     * The format a file name asks for.
     *
     * @throws IllegalArgumentException when the extension is neither .java nor .py
     */
    public static ExportFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the export language from '" + file.getFileName()
                + "': name it .java or .py");
    }
}
