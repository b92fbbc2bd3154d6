package org.mlpsandbox.app.view;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.util.prefs.Preferences;
import org.mlpsandbox.app.settings.UserSettings;

/** Light or dark FlatLaf, remembered between runs in the user's preferences. Event thread only. */
public final class Theme {

    private static final String KEY = "theme.dark";
    private static boolean registered;

    private Theme() {
    }

    /** Installs the remembered theme (light the first time). */
    public static void installRemembered() {
        apply(preferences().getBoolean(KEY, false), false);
    }

    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    /** Switches theme, updates every open window and remembers the choice. */
    public static void setDark(boolean dark) {
        apply(dark, true);
        preferences().putBoolean(KEY, dark);
    }

    /** Installs the light or dark theme and updates every open component tree, without remembering the choice. */
    public static void use(boolean dark) {
        apply(dark, true);
    }

    private static void apply(boolean dark, boolean animate) {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("org.mlpsandbox.app.theme");
            registered = true;
        }
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        if (animate) {
            FlatLaf.updateUI();
        }
    }

    private static Preferences preferences() {
        return UserSettings.node("theme");
    }
}
