package org.mlpsandbox.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.api.Activation;

/** Reloading picks up added, changed and removed jars and closes the old class loaders. */
class PluginReloadTest {

    @TempDir
    Path work;

    private Path jar(String fileName, String className, String source) throws IOException {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        return TestJars.in(work).source(className, source).source("acme.Unused", TestPlugins.UNUSED)
                .service(Activation.class, className).write(folder.resolve(fileName));
    }

    @Test
    void reloadAfterAddingChangingAndRemovingJars() throws IOException {
        Path softsign = jar("softsign.jar", "acme.Softsign", TestPlugins.SOFTSIGN);
        try (PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")))) {
            PluginRegistry first = library.registry();
            assertTrue(first.find(PluginKind.ACTIVATION, "acme.softsign").isPresent());
            assertTrue(first.find(PluginKind.ACTIVATION, "acme.arctan").isEmpty());

            jar("arctan.jar", "acme.Arctan", TestPlugins.ARCTAN);
            PluginRegistry added = library.reload();
            assertNotSame(first, added);
            assertTrue(added.find(PluginKind.ACTIVATION, "acme.softsign").isPresent());
            assertTrue(added.find(PluginKind.ACTIVATION, "acme.arctan").isPresent());
            assertTrue(added == library.registry());

            // the same file rebuilt with another display name
            TestJars.in(work).source("acme.Softsign", TestPlugins.SOFTSIGN.replace("\"Softsign\"", "\"Softsign 2\""))
                    .service(Activation.class, "acme.Softsign").write(softsign);
            PluginRegistry changed = library.reload();
            assertEquals("Softsign 2", changed.require(PluginKind.ACTIVATION, "acme.softsign").displayName());

            Files.delete(softsign);
            PluginRegistry removed = library.reload();
            assertTrue(removed.find(PluginKind.ACTIVATION, "acme.softsign").isEmpty());
            assertTrue(removed.find(PluginKind.ACTIVATION, "acme.arctan").isPresent());
        }
    }

    @Test
    void reloadClosesTheOldClassLoaders() throws Exception {
        Path jar = jar("softsign.jar", "acme.Softsign", TestPlugins.SOFTSIGN);
        try (PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")))) {
            ClassLoader old = library.loaderOf(jar);
            assertNotNull(old.loadClass("acme.Unused"));
            Activation loaded = library.registry().activation(PluginChoice.of("acme.softsign"));
            library.reload();
            // a class not loaded before the reload can no longer be loaded by the old loader
            ClassLoader fresh = library.loaderOf(jar);
            assertNotSame(old, fresh);
            assertThrows(ClassNotFoundException.class, () -> Class.forName("acme.Unused2", true, old));
            assertThrows(ClassNotFoundException.class, () -> old.loadClass("acme.NeverLoaded"));
            // classes already loaded keep working, so a network built before the reload can finish its step
            assertEquals(0.5, loaded.apply(1), 1e-12);
            assertNotNull(fresh.loadClass("acme.Unused"));
        }
    }

    @Test
    void aJarOverwrittenInPlaceDoesNotDisturbTheLoadedCopy() throws Exception {
        Path jar = jar("softsign.jar", "acme.Softsign", TestPlugins.SOFTSIGN);
        try (PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")))) {
            ClassLoader loader = library.loaderOf(jar);
            // an author rebuilds the jar while the app runs: the loader reads its private copy
            Files.write(jar, new byte[] {1, 2, 3});
            assertNotNull(loader.loadClass("acme.Unused"), "a lazily loaded class still comes from the copy");
            PluginRegistry after = library.reload();
            assertTrue(after.find(PluginKind.ACTIVATION, "acme.softsign").isEmpty());
            assertTrue(after.problems().toString().contains("softsign.jar: is not a readable jar"),
                    after.problems().toString());
        }
    }

    @Test
    void closingDeletesThePrivateCopies() throws IOException {
        jar("softsign.jar", "acme.Softsign", TestPlugins.SOFTSIGN);
        PluginLibrary library = PluginLibrary.open(List.of(work.resolve("plugins")));
        Path copy = Path.of(library.registry().require(PluginKind.ACTIVATION, "acme.softsign").prototype().getClass()
                .getProtectionDomain().getCodeSource().getLocation().getPath());
        assertTrue(Files.exists(copy), copy.toString());
        assertTrue(!copy.startsWith(work), "loaded from a copy, not from the plugin folder: " + copy);
        library.close();
        assertTrue(Files.notExists(copy), copy + " should be deleted");
        assertThrows(IllegalStateException.class, library::reload);
    }
}
