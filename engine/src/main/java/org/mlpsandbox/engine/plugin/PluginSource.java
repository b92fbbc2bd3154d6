package org.mlpsandbox.engine.plugin;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a plugin came from: the application's own class path (the built-ins), an outside jar, or a formula the user
 * typed in the app ({@link FormulaActivation}).
 *
 * @param jar    the jar file, or {@code null} for the class path and for formulas
 * @param origin how it is named for people: "built-in", "formula", or the jar's path
 */
public record PluginSource(Path jar, String origin) {

    /** The application's class path, where the built-ins live. */
    public static final PluginSource BUILT_IN = new PluginSource(null, "built-in");

    /** A formula typed in the app, saved with the experiment. */
    public static final PluginSource FORMULA = new PluginSource(null, "formula");

    public PluginSource {
        Objects.requireNonNull(origin, "origin");
    }

    /** An outside jar. */
    public PluginSource(Path jar) {
        this(Objects.requireNonNull(jar, "jar"), jar.toString());
    }

    public boolean isBuiltIn() {
        return jar == null && origin.equals(BUILT_IN.origin);
    }

    /** Whether it is a formula typed in the app. */
    public boolean isFormula() {
        return jar == null && origin.equals(FORMULA.origin);
    }

    @Override
    public String toString() {
        return origin;
    }
}
