package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The chart's Export PNG and CSV replace their target as a whole (a new file renamed over the old) instead of writing
 * into it: a second hard link to the old file keeps the old content, which a write in place would have changed. A
 * plugin jar dropped on the window is installed the same way (there the link cannot tell: the copy it replaced also
 * made a new file, but one that was visible half-written).
 */
class AtomicWritesTest {

    private static Path oldFileWithLink(Path target) throws IOException {
        Files.writeString(target, "old content");
        return Files.createLink(target.resolveSibling(target.getFileName() + ".link"), target);
    }

    @Test
    void theChartExportsReplaceTheirFile(@TempDir Path dir) throws Exception {
        PluginRegistry plugins = PluginRegistry.builtIn();
        MainWindow window = SandboxApp.openAndWait(plugins, () -> plugins);
        try {
            Path csv = dir.resolve("loss.csv");
            Path png = dir.resolve("loss.png");
            Path csvLink = oldFileWithLink(csv);
            Path pngLink = oldFileWithLink(png);
            window.lossChart().exportCsv(csv.toFile());
            window.lossChart().exportPng(png.toFile(), 300, 200);
            assertEquals("old content", Files.readString(csvLink));
            assertEquals("old content", Files.readString(pngLink));
            assertTrue(Files.readString(csv).startsWith("step,train_loss"), Files.readString(csv));
            assertEquals((byte) 0x89, Files.readAllBytes(png)[0], "a PNG");
        } finally {
            SwingUtilities.invokeAndWait(window::dispose);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(4, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aDroppedJarReplacesTheInstalledOne(@TempDir Path dir) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path installed = plugins.resolve("acme.jar");
        Path link = oldFileWithLink(installed);
        Path dropped = Files.writeString(Files.createDirectories(dir.resolve("downloads")).resolve("acme.jar"),
                "new jar");
        boolean[] reloaded = {false};
        FileDrop drop = new FileDrop(() -> reloaded[0] = true, p -> { }, p -> { }, message -> { });
        drop.setPluginFolder(plugins);
        assertTrue(drop.accept(List.of(dropped)) || reloaded[0]);
        assertEquals("new jar", Files.readString(installed));
        assertEquals("old content", Files.readString(link));
        try (Stream<Path> files = Files.list(plugins)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }
}
