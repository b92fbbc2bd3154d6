package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the per-user folder is: the shell's {@code ~}, not another user's home. */
class PluginFoldersTest {

    @TempDir
    Path work;

    @Test
    void theHomeIsTheShellsHomeWhenItExists() throws IOException {
        Path shellHome = Files.createDirectories(work.resolve("me"));
        assertEquals(shellHome, PluginFolders.userHome(shellHome.toString(), "/root"));
        assertEquals(Path.of("/root"), PluginFolders.userHome(work.resolve("missing").toString(), "/root"));
        assertEquals(Path.of("/root"), PluginFolders.userHome(null, "/root"));
        assertEquals(Path.of("/root"), PluginFolders.userHome("relative/home", "/root"));
    }
}
