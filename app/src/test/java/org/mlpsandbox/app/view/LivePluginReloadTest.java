package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginLibrary;

/** The window watches its plugin folders: a jar dropped in (or removed) is loaded (or gone) without Plugins → Reload. */
class LivePluginReloadTest {

    @TempDir
    Path work;

    @Test
    void aJarCopiedIntoThePluginFolderAppearsWithinSeconds() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.stripes(work.resolve("build"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            MainWindow window = SandboxApp.openAndWait(library.registry(), library::reload);
            try {
                assertFalse(window.model().plugins().find(PluginKind.DATASET, PluginJars.STRIPES_ID).isPresent());
                long t0 = System.nanoTime();
                Files.copy(jar, folder.resolve("stripes.jar"));
                assertTrue(waitFor(() -> window.model().plugins().find(PluginKind.DATASET, PluginJars.STRIPES_ID)
                        .isPresent()), "the new jar was loaded");
                System.out.printf("live reload: jar loaded %.1f s after the copy%n", (System.nanoTime() - t0) / 1e9);
                Files.delete(folder.resolve("stripes.jar"));
                assertTrue(waitFor(() -> window.model().plugins().find(PluginKind.DATASET, PluginJars.STRIPES_ID)
                        .isEmpty()), "the removed jar is gone");
            } finally {
                Gui.run(window::dispose);
            }
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier ok) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            if (Gui.edt(ok::getAsBoolean)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
