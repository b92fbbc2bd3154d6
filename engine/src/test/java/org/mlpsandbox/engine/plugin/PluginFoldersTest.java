package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PluginFoldersTest {

    @Test
    void theHomePropertyWinsOverEverything() {
        assertEquals(Path.of("/tmp/portable"), PluginFolders.home("/tmp/portable", "/home/x", "/root"));
    }

    @Test
    void theHomeEnvironmentVariableMovesTheFolderAlthoughUserHomeStays() {
        // HOME=/x java -jar ...: Java's user.home still names the account's home (/root), the folder follows HOME
        assertEquals(Path.of("/x", ".mlp-sandbox"), PluginFolders.home(null, "/x", "/root"));
        assertEquals(Path.of("/x", ".mlp-sandbox", "plugins"),
                PluginFolders.home(" ", "/x", "/root").resolve("plugins"));
    }

    @Test
    void withoutHomeTheJavaUserHomeIsUsed() {
        assertEquals(Path.of("/root", ".mlp-sandbox"), PluginFolders.home(null, null, "/root"));
        assertEquals(Path.of("/root", ".mlp-sandbox"), PluginFolders.home("", "", "/root"));
    }

    @Test
    void testsNeverUseTheRealHome() {
        // surefire points mlpsandbox.home at a folder under target/
        Path home = PluginFolders.home().toAbsolutePath().normalize();
        assertEquals(true, home.toString().contains("target"), home.toString());
    }
}
