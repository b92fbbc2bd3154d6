package org.mlpsandbox.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.plugin.PluginLibrary;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --plugins DIR} (repeatable), shared by every command: where outside plugin jars are loaded from, besides the
 * per-user folder {@code ~/.mlp-sandbox/plugins} (created on first run; the system property
 * {@value PluginFolders#HOME_PROPERTY} moves {@code ~/.mlp-sandbox}) and the folders in the environment variable
 * {@value PluginFolders#ENVIRONMENT_VARIABLE}.
 *
 * <p>{@code --plugins} may be given before the command ({@code mlp-sandbox --plugins DIR train ...}) or after it; both
 * count.
 */
public final class PluginOptions {

    /** A plugin location and why it is searched, for listings: "per-user folder", "--plugins". */
    public record Location(Path path, String origin) {
    }

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Also load plugin jars from this folder (repeatable).")
    List<Path> folders = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private PluginLibrary library;

    /** The {@code --plugins} folders given to this command and to the commands it is part of, outermost first. */
    public List<Path> folders() {
        List<Path> all = new ArrayList<>();
        List<CommandSpec> chain = new ArrayList<>();
        for (CommandSpec s = mixee == null ? null : mixee.parent(); s != null; s = s.parent()) {
            chain.add(0, s);
        }
        for (CommandSpec s : chain) {
            for (CommandSpec mixin : s.mixins().values()) {
                if (mixin.userObject() instanceof PluginOptions outer && outer != this) {
                    all.addAll(outer.folders);
                }
            }
        }
        all.addAll(folders);
        return all;
    }

    /** Every plugin location in loading order: the per-user folder, the environment variable's, then --plugins. */
    public List<Location> locations() {
        return locations(System.getenv(PluginFolders.ENVIRONMENT_VARIABLE));
    }

    /** As {@link #locations()}, with the environment variable's value given (for tests). */
    List<Location> locations(String environmentValue) {
        List<Location> all = new ArrayList<>();
        Path home = PluginFolders.defaultFolder();
        try {
            home = PluginFolders.createDefaultFolder();
        } catch (IOException | SecurityException e) {
            // listed as missing by the registry's problems
        }
        all.add(new Location(home, "per-user folder"));
        for (Path p : PluginFolders.parse(environmentValue)) {
            all.add(new Location(p, PluginFolders.ENVIRONMENT_VARIABLE));
        }
        for (Path p : folders()) {
            all.add(new Location(p, "--plugins"));
        }
        return all;
    }

    /**
     * The plugin library of this run, opened on first use: built-ins plus every jar in {@link #locations()}. Kept open
     * for the life of the command (the jars' classes are needed while it runs).
     */
    public synchronized PluginLibrary library() {
        if (library == null) {
            library = PluginLibrary.open(locations().stream().map(Location::path).toList());
        }
        return library;
    }

    /**
     * Loads the plugins: the built-ins plus every jar in the plugin folders, each checked. The first call opens the
     * {@link #library()}; every later call reloads it (picking up added, changed and removed jars, and closing the
     * class loaders of the previous load), which is what the desktop app's "Reload plugins" calls. A command calls
     * this once.
     */
    public synchronized PluginRegistry registry() {
        if (library == null) {
            return library().registry();
        }
        return library.reload();
    }
}
