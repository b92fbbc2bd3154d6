package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginLibrary;

/**
 * A plugin hangs in the middle of training and the user presses Reset: the banner says which plugin, which call, and
 * that the worker was abandoned; the window stays usable and a new run trains.
 */
class StuckRunResetTest {

    @TempDir
    Path work;

    @Test
    void resetOnARunStuckInAPluginSaysWhatHappenedAndANewRunTrains() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.hangLater(work.resolve("build"));
        Files.copy(jar, folder.resolve("later.jar"));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder))) {
            MainWindow window = SandboxApp.openAndWait(library.registry(), library::reload);
            try {
                Gui.run(() -> window.model().network().setLayerActivation(0,
                        PluginChoice.of(PluginJars.HANG_LATER_ID)));
                System.setProperty("acme.hang", "true");
                try {
                    Gui.run(() -> window.model().run().play());
                    Thread.sleep(1500); // stuck in apply() for more than the second Reset waits for
                    Gui.run(() -> Gui.find(window.getContentPane(), "reset", javax.swing.AbstractButton.class)
                            .doClick(0));
                    Gui.await("the banner to say what happened", 3000, () -> window.bannerMessage()
                            .contains("abandoned"));
                    String said = Gui.edt(window::bannerMessage);
                    for (String part : List.of("activation 'acme.hang-later'", "acme.HangLater.apply in later.jar",
                            "abandoned", "worker thread")) {
                        assertTrue(said.contains(part), "expected '" + part + "' in: " + said);
                    }
                    assertTrue(!Gui.edt(() -> window.model().run().isPlaying()),
                            "the new run waits, since it may use the same plugin");
                } finally {
                    System.clearProperty("acme.hang");
                }
                // still usable: the new run trains, and the note goes once it does
                Gui.run(() -> window.model().run().play());
                Gui.await("the new run to train", 10_000, () -> window.model().run().step() > 20);
                Gui.await("the note to go", 3000, () -> window.bannerMessage().isEmpty());
            } finally {
                Gui.run(window::dispose);
            }
        }
    }
}
