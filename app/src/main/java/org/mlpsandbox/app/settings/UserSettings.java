package org.mlpsandbox.app.settings;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.mlpsandbox.engine.plugin.PluginFolders;

/**
 * The one place that says where the app keeps the user's things: the app folder ({@code ~/.mlp-sandbox}, see {@link
 * PluginFolders#home()}) and the preferences (recent files, theme, lesson start page, window state).
 *
 * <p>When the app folder is moved with {@value PluginFolders#HOME_PROPERTY} (a portable install, and every test run)
 * the preferences move with it, into {@code preferences.properties} there; otherwise they are the user's Java
 * preferences under {@code /org/mlpsandbox/app}.
 */
public final class UserSettings {

    /** The preferences file inside a moved app folder. */
    public static final String FILE = "preferences.properties";

    private UserSettings() {
    }

    /** The app folder in use. */
    public static Path home() {
        return PluginFolders.home();
    }

    /** The app's preference node named {@code name} (a relative path such as {@code "lessons"}). */
    public static Preferences node(String name) {
        return root().node(name);
    }

    /** The app's root preference node. */
    public static Preferences root() {
        String moved = System.getProperty(PluginFolders.HOME_PROPERTY);
        if (moved != null && !moved.isBlank()) {
            return new FilePreferences(home().resolve(FILE));
        }
        return Preferences.userRoot().node("org/mlpsandbox/app");
    }
}
