package org.mlpsandbox.engine.plugin;

import java.nio.file.Path;

/**
 * Something wrong with a plugin folder or jar as a whole rather than with one plugin: a folder that does not exist, a
 * file that is not a readable jar, a jar without any {@code META-INF/services} file for the plugin interfaces.
 *
 * @param path   the folder or jar
 * @param reason what is wrong, and what to do about it
 */
public record LoadProblem(Path path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
