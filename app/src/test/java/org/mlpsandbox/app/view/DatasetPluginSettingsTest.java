package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.swing.JComboBox;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginLibrary;

/**
 * A dataset plugin's own settings become controls under the Dataset combo: changing one draws the data again, a value
 * the plugin refuses or that lies outside the range gets a one-line message, and an experiment keeps them.
 */
class DatasetPluginSettingsTest {

    @TempDir
    Path work;

    @Test
    void aDatasetPluginsSettingIsAControlThatRedrawsTheDataAndIsSavedWithTheExperiment() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.bands(work.resolve("build"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder));
             SandboxModel model = Gui.edt(() -> new SandboxModel(library.registry()))) {
            DataPanel panel = Gui.edt(() -> new DataPanel(model, b -> { }));
            assertNull(Gui.edt(() -> showing(panel, "dataset.edge")), "the circle has no settings of its own");

            select(panel, PluginJars.BANDS_ID);
            JSpinner edge = Gui.edt(() -> showing(panel, "dataset.edge"));
            assertNotNull(edge, "picking the plugin shows its setting");
            assertEquals(0.5, Gui.edt(() -> ((Number) edge.getValue()).doubleValue()));
            assertBandsAt(0.5, Gui.edt(() -> model.data().rawData()));

            Gui.run(() -> edge.setValue(-2.0));
            assertEquals(Map.of("edge", -2.0), Gui.edt(() -> model.data().settings().parameters()));
            Dataset moved = Gui.edt(() -> model.data().rawData());
            assertBandsAt(-2.0, moved);
            assertTrue(Gui.edt(() -> model.run().hasRun()), "the network is rebuilt for the new data");

            // a value the plugin refuses: a message naming the plugin and its reason; the data stays
            Gui.run(() -> edge.setValue(3.5));
            JTextArea message = Gui.edt(() -> Gui.find(panel, "dataMessage", JTextArea.class));
            String refused = Gui.edt(message::getText);
            assertTrue(Gui.edt(message::isVisible) && refused.contains(PluginJars.BANDS_ID)
                    && refused.contains("too few points in class 1"), refused);
            assertEquals(Map.of("edge", -2.0), Gui.edt(() -> model.data().settings().parameters()));

            // a value typed outside the range: a message saying what is allowed
            Gui.run(() -> ((JSpinner.DefaultEditor) edge.getEditor()).getTextField().setText("9"));
            String typed = Gui.edt(message::getText);
            assertTrue(typed.contains("Class edge") && typed.contains("from -4 to 4"), typed);
            Gui.run(() -> ((JSpinner.DefaultEditor) edge.getEditor()).getTextField().setText("-2"));
            assertFalse(Gui.edt(message::isVisible), "an allowed text clears the message");

            Path file = work.resolve("bands.json");
            ExperimentFiles.save(file, Gui.edt(() -> model.file().toExperiment()));
            assertTrue(Files.readString(file).contains("\"edge\""), "the file keeps the setting");
            try (SandboxModel other = Gui.edt(() -> new SandboxModel(library.registry()))) {
                DataPanel otherPanel = Gui.edt(() -> new DataPanel(other, b -> { }));
                Gui.run(() -> {
                    try {
                        other.file().open(ExperimentFiles.load(file, library.registry()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertEquals(Map.of("edge", -2.0), Gui.edt(() -> other.data().settings().parameters()));
                assertEquals(java.util.Arrays.toString(moved.x()) + java.util.Arrays.toString(moved.y()),
                        Gui.edt(() -> java.util.Arrays.toString(other.data().rawData().x())
                                + java.util.Arrays.toString(other.data().rawData().y())));
                JSpinner reopened = Gui.edt(() -> showing(otherPanel, "dataset.edge"));
                assertNotNull(reopened);
                assertEquals(-2.0, Gui.edt(() -> ((Number) reopened.getValue()).doubleValue()));
            }

            // opened where the plugin is missing: a clear message, and nothing changes
            try (SandboxModel bare = Gui.edt(() -> new SandboxModel(
                    org.mlpsandbox.engine.plugin.PluginRegistry.builtIn()))) {
                String why = Gui.edt(() -> {
                    try {
                        bare.file().open(ExperimentFiles.load(file, library.registry()));
                        return "opened";
                    } catch (IllegalArgumentException e) {
                        return e.getMessage();
                    }
                });
                assertTrue(why.contains("unknown dataset 'acme.bands'"), why);
                assertEquals("circle", Gui.edt(() -> bare.data().settings().generator()));
                assertEquals("circle", Gui.edt(() -> bare.data().rawData().name()));
            }

            // another dataset: the plugin's setting goes away and its value is not carried over
            select(panel, "circle");
            assertNull(Gui.edt(() -> showing(panel, "dataset.edge")));
            assertEquals(Map.of(), Gui.edt(() -> model.data().settings().parameters()));
        }
    }

    /** The plugin's rule, checked independently of the app: class 1 right of x₁ = edge, away from the blurred edge. */
    private static void assertBandsAt(double edge, Dataset raw) {
        int checked = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (Math.abs(raw.x()[2 * i] - edge) > 1.2) {
                assertEquals(raw.x()[2 * i] > edge ? 1 : 0, raw.label(i), "sample " + i + " with edge " + edge);
                checked++;
            }
        }
        assertTrue(checked > raw.size() / 2, "checked " + checked);
    }

    private static JSpinner showing(DataPanel panel, String name) {
        JSpinner s = Gui.search(panel, name, JSpinner.class);
        return s != null && s.getParent().isVisible() ? s : null;
    }

    private static void select(DataPanel panel, String generator) throws Exception {
        Gui.run(() -> {
            @SuppressWarnings("unchecked")
            JComboBox<Generator> combo = Gui.find(panel, "dataset", JComboBox.class);
            for (int i = 0; i < combo.getItemCount(); i++) {
                if (combo.getItemAt(i).name().equals(generator)) {
                    combo.setSelectedIndex(i);
                }
            }
        });
    }
}
