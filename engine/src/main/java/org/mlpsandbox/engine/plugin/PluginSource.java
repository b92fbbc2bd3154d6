package org.mlpsandbox.engine.plugin;

import java.nio.file.Path;

/**
 * Where a plugin came from: the application's own class path (the built-ins) or an outside jar.
 *
 * @param jar the jar file, or {@code null} for the class path
 */
public record PluginSource(Path jar) {

    /** The application's class path, where the built-ins live. */
    public static final PluginSource BUILT_IN = new PluginSource(null);

    public boolean isBuiltIn() {
        return jar == null;
    }

    @Override
    public String toString() {
        return jar == null ? "built-in" : jar.toString();
    }
}
