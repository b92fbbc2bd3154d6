package org.mlpsandbox.app.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.RecentFiles;

/** The suite never touches the real home folder or the real Java preferences. */
class UserSettingsTest {

    /** The account's real home: the environment's HOME as the shell started Maven (surefire moves user.home). */
    private static Path realHome() {
        String home = System.getenv("HOME");
        return Path.of(home == null ? "/nonexistent-home" : home).toAbsolutePath().normalize();
    }

    private static Path build() {
        return Path.of("target").toAbsolutePath().normalize();
    }

    @Test
    void theAppFolderIsUnderTheBuildFolderNotTheRealHome() {
        Path home = UserSettings.home().toAbsolutePath().normalize();
        assertTrue(home.startsWith(build()), home + " is not under " + build());
        assertTrue(!home.startsWith(realHome().resolve(".mlp-sandbox")), home.toString());
    }

    @Test
    void userHomeAndTheJavaPreferencesRootAreUnderTheBuildFolder() throws Exception {
        Path userHome = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        assertTrue(userHome.startsWith(build()), "user.home " + userHome);
        // FileSystemPreferences keeps the user tree in <java.util.prefs.userRoot>/.java/.userPrefs: write a node and
        // find its file there, so anything that still reaches Preferences.userRoot() stays in the build folder
        Preferences probe = Preferences.userRoot().node("org/mlpsandbox/test-probe-" + ProcessHandle.current().pid());
        try {
            probe.put("written", "yes");
            probe.flush();
            Path root = Path.of(System.getProperty("java.util.prefs.userRoot")).toAbsolutePath().normalize();
            assertTrue(root.startsWith(build()), "java.util.prefs.userRoot " + root);
            Path file = root.resolve(".java/.userPrefs/org/mlpsandbox/test-probe-" + ProcessHandle.current().pid()
                    + "/prefs.xml");
            assertTrue(Files.isRegularFile(file), "the probe node was not written to " + file);
        } finally {
            probe.removeNode();
            probe.flush();
        }
    }

    @Test
    void theAppsPreferencesLiveInTheMovedAppFolder() throws Exception {
        RecentFiles recent = RecentFiles.forUser();
        Path remembered = Path.of("target", "remembered-" + System.nanoTime() + ".json");
        recent.add(remembered);
        assertEquals(remembered.toAbsolutePath().normalize(), recent.list().get(0));
        String text = Files.readString(UserSettings.home().resolve(UserSettings.FILE));
        assertTrue(text.contains(remembered.getFileName().toString()), text);
    }

    @Test
    void filePreferencesKeepNodesKeysAndChildrenApart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.properties");
        Preferences root = new FilePreferences(file);
        root.node("lessons").putBoolean("dismissed", true);
        root.node("window/main").putInt("width", 1024);
        root.put("top", "level");

        Preferences again = new FilePreferences(file); // a second instance reads what the first wrote
        assertTrue(again.node("lessons").getBoolean("dismissed", false));
        assertEquals(1024, again.node("window/main").getInt("width", 0));
        assertEquals("level", again.get("top", null));
        assertNull(again.node("lessons").get("top", null));
        String[] children = again.childrenNames();
        Arrays.sort(children);
        assertArrayEquals(new String[] {"lessons", "window"}, children);
        assertArrayEquals(new String[] {"width"}, again.node("window/main").keys());

        again.node("window").removeNode();
        Preferences third = new FilePreferences(file);
        assertEquals(0, third.node("window/main").getInt("width", 0));
        assertTrue(third.node("lessons").getBoolean("dismissed", false));
    }

    @Test
    void anUnreadablePreferencesFileCountsAsEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "\\u12"); // a broken escape: Properties.load fails
        Preferences root = new FilePreferences(file);
        assertEquals("default", root.get("x", "default"));
    }
}
