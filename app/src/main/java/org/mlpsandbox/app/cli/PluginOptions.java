package org.mlpsandbox.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.plugin.PluginFolders;
import org.mlpsandbox.engine.plugin.PluginFolders.Location;
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
        return PluginFolders.locations(System.getenv(PluginFolders.ENVIRONMENT_VARIABLE), folders());
    }

    /**
     * The plugin library of this command, opened on first use: built-ins plus every jar in {@link #locations()}. Kept
     * open for the life of the command (the jars' classes are needed while it runs).
     */
    public synchronized PluginLibrary library() {
        if (library == null) {
            library = PluginLibrary.open(locations().stream().map(Location::path).toList());
        }
        return library;
    }

    /** The plugins of this command: the built-ins plus every jar in the plugin folders, each checked. */
    public PluginRegistry registry() {
        return library().registry();
    }
}
