package org.mlpsandbox.engine.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where outside plugin jars are looked for: the per-user folder {@code ~/.mlp-sandbox/plugins}, the folders named in
 * the environment variable {@value #ENVIRONMENT_VARIABLE}, and folders given on the command line.
 *
 * <p>The per-user home {@code ~/.mlp-sandbox} can be moved with the system property {@value #HOME_PROPERTY}
 * (tests point it at a temporary folder so they never touch the real home).
 */
public final class PluginFolders {

    /** System property naming MLP Sandbox's home folder, instead of {@code ~/.mlp-sandbox}. */
    public static final String HOME_PROPERTY = "mlpsandbox.home";

    /** Environment variable with more plugin folders, separated by {@link File#pathSeparator}. */
    public static final String ENVIRONMENT_VARIABLE = "MLP_SANDBOX_PLUGINS";

    private PluginFolders() {
    }

    /** MLP Sandbox's per-user folder: the {@value #HOME_PROPERTY} property, or {@code ~/.mlp-sandbox}. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".mlp-sandbox");
    }

    /** The per-user plugin folder, {@code ~/.mlp-sandbox/plugins}. */
    public static Path defaultFolder() {
        return home().resolve("plugins");
    }

    /**
     * The per-user plugin folder, created (with its parents) if it does not exist yet.
     *
     * @throws IOException when it cannot be created
     */
    public static Path createDefaultFolder() throws IOException {
        return Files.createDirectories(defaultFolder());
    }

    /**
     * The folders listed in a value of {@value #ENVIRONMENT_VARIABLE}: split at {@link File#pathSeparator}, blanks
     * skipped.
     *
     * @param value the variable's value, or {@code null} when it is not set
     */
    public static List<Path> parse(String value) {
        List<Path> folders = new ArrayList<>();
        if (value == null) {
            return folders;
        }
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                folders.add(Path.of(part.strip()));
            }
        }
        return folders;
    }

    /** A plugin location and why it is searched, for listings: "per-user folder", the variable's name, "--plugins". */
    public record Location(Path path, String origin) {
    }

    /**
     * The usual plugin locations, in loading order: the per-user folder (created if it does not exist yet), the
     * folders of {@value #ENVIRONMENT_VARIABLE}, then {@code extra} (e.g. the {@code --plugins} folders).
     */
    public static List<Path> standard(List<Path> extra) {
        return locations(System.getenv(ENVIRONMENT_VARIABLE), extra).stream().map(Location::path).toList();
    }

    /**
     * As {@link #standard}, each with its origin.
     *
     * @param environmentValue the value of {@value #ENVIRONMENT_VARIABLE}, or {@code null} when it is not set
     * @param extra            folders given on the command line ({@code --plugins})
     */
    public static List<Location> locations(String environmentValue, List<Path> extra) {
        List<Location> all = new ArrayList<>();
        Path folder = defaultFolder();
        try {
            folder = createDefaultFolder();
        } catch (IOException | SecurityException e) {
            // the library reports the missing folder
        }
        all.add(new Location(folder, "per-user folder"));
        for (Path p : parse(environmentValue)) {
            all.add(new Location(p, ENVIRONMENT_VARIABLE));
        }
        for (Path p : extra) {
            all.add(new Location(p, "--plugins"));
        }
        return all;
    }
}
