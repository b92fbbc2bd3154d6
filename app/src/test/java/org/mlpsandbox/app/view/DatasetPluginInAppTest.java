package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginLibrary;
import org.mlpsandbox.engine.train.Evaluator;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/** A dataset plugin jar in the plugin folder shows up in the Dataset combo, draws the data, trains, saves and reopens. */
class DatasetPluginInAppTest {

    @TempDir
    Path work;

    @Test
    void aDatasetPluginAppearsInTheComboTrainsAndReopens() throws Exception {
        Path folder = Files.createDirectories(work.resolve("plugins"));
        Path jar = PluginJars.stripes(work.resolve("build"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        try (PluginLibrary library = PluginLibrary.open(List.of(folder));
             SandboxModel model = new SandboxModel(library.registry())) {
            DataPanel panel = Gui.edt(() -> new DataPanel(model, b -> { }));
            @SuppressWarnings("unchecked")
            JComboBox<Generator> combo = Gui.edt(() -> Gui.search(panel, "dataset", JComboBox.class));
            List<String> names = Gui.edt(() -> {
                List<String> n = new ArrayList<>();
                for (int i = 0; i < combo.getItemCount(); i++) {
                    n.add(combo.getItemAt(i).name());
                }
                return n;
            });
            assertTrue(names.contains("circle") && names.contains(PluginJars.STRIPES_ID), names.toString());
            Gui.run(() -> {
                for (int i = 0; i < combo.getItemCount(); i++) {
                    if (combo.getItemAt(i).name().equals(PluginJars.STRIPES_ID)) {
                        combo.setSelectedIndex(i);
                    }
                }
            });
            assertEquals(PluginJars.STRIPES_ID, model.data().settings().generator());
            Dataset raw = model.data().rawData();
            for (int i = 0; i < raw.size(); i++) {
                // the plugin's own rule, independent of the app: class 1 right of x1 = 0.5 (noise 0.2 blurs the edge)
                if (Math.abs(raw.x()[2 * i] - 0.5) > 1.5) {
                    assertEquals(raw.x()[2 * i] > 0.5 ? 1 : 0, raw.label(i), "sample " + i);
                }
            }

            assertTrue(model.run().hasRun(), model.run().problem());
            Dataset train = model.data().networkData().train();
            double start = Evaluator.evaluate(model.run().poll().orElseThrow().network(), train).loss();
            model.run().play();
            Snapshot later = waitFor(model, s -> s.progress().step() > 1500);
            model.run().pause();
            double end = Evaluator.evaluate(later.network(), train).loss();
            assertTrue(end < start * 0.5, "loss " + start + " -> " + end);

            Path file = work.resolve("stripes.json");
            ExperimentFiles.save(file, model.file().toExperiment());
            try (SandboxModel other = new SandboxModel(library.registry())) {
                other.file().open(ExperimentFiles.load(file, library.registry()));
                assertEquals(PluginJars.STRIPES_ID, other.data().settings().generator());
                assertEquals(raw.size(), other.data().rawData().size());
                assertEquals(java.util.Arrays.toString(raw.x()), java.util.Arrays.toString(other.data().rawData().x()));
                assertTrue(other.run().hasRun(), other.run().problem());
            }
        }
    }

    private static Snapshot waitFor(SandboxModel model, java.util.function.Predicate<Snapshot> ok)
            throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        Object last = null;
        while (System.currentTimeMillis() < end) {
            var s = model.run().poll();
            last = s.orElse(null);
            if (s.isPresent() && ok.test(s.get())) {
                return s.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out; last " + last);
    }
}
