package org.mlpsandbox.app.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.mlpsandbox.app.settings.UserSettings;

/** The most recently saved or opened experiment files, newest first, remembered in the user's preferences. */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 6;
    private static final String KEY = "recent.";

    private final Preferences preferences;

    /** @param preferences where the list is kept (a test passes its own node) */
    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The user's list (kept where {@link UserSettings} says). */
    public static RecentFiles forUser() {
        return new RecentFiles(UserSettings.node("recent"));
    }

    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = preferences.get(KEY + i, null);
            if (p != null) {
                files.add(Path.of(p));
            }
        }
        return files;
    }

    /** Puts {@code file} first, dropping an older mention of it and anything past {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}
