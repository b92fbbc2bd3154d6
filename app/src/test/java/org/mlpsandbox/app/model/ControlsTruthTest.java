package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** What the model tells the controls is what the engine uses: no control may keep a stale value. */
class ControlsTruthTest {

    private final SandboxModel model = new SandboxModel(PluginRegistry.builtIn());
    private final List<SandboxModel.Change> changes = new ArrayList<>();

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void aThreeClassCsvRefitsTheLossAndSaysTheNetworkChanged(@TempDir Path dir) throws Exception {
        assertEquals("log-loss", model.network().loss().id(), "two classes of the circle: log-loss");
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i % 7 * 0.1).append(',').append(i % 5 * 0.2).append(',').append("abc".charAt(i % 3)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("three.csv"), csv);
        model.addListener(changes::add);

        model.data().useCsv(CsvImport.read(file), file);

        assertEquals(3, model.data().rawData().classCount());
        assertEquals("categorical-cross-entropy", model.network().loss().id());
        int data = changes.indexOf(SandboxModel.Change.DATA);
        int network = changes.indexOf(SandboxModel.Change.NETWORK);
        assertTrue(data >= 0 && network > data, "the loss picker is told after the data: " + changes);
        assertTrue(model.run().hasRun(), model.run().problem());
    }

    @Test
    void readyDataNamesItselfAndItsSampleCountAndNoNoise() {
        DataSettings drawn = new DataSettings("circle", 300, 0.3, 0.2, 4);
        model.data().setSettings(drawn);
        assertEquals("circle", model.data().sourceName());
        assertEquals(300, model.data().sampleCount());
        assertEquals(0.3, model.data().noiseInUse());
        assertEquals(0.2, model.data().testRatioInUse());

        Dataset blobs = Generators.generate("gauss", 90, 0.1, 3);
        TrainTestSplit split = TrainTestSplit.split(blobs, 0.25, 4);
        model.data().useData(split, DataSpec.generated("gauss", 90, 0.1, 0.25, 3));

        assertEquals(blobs.name(), model.data().sourceName(), "not a generator that is not in use");
        assertEquals(split.train().size() + split.test().size(), model.data().sampleCount());
        assertEquals(0.0, model.data().noiseInUse());
        assertEquals(split.test().size() / 90.0, model.data().testRatioInUse(), 1e-12);
    }

    @Test
    void anOpenedFileBringsItsSeedsAlong() throws Exception {
        SandboxModel saved = new SandboxModel(PluginRegistry.builtIn());
        try (saved) {
            saved.data().setSettings(new DataSettings("xor", 200, 0.1, 0.2, 31));
            saved.network().setSeed(77);
            saved.setSettings(saved.settings().withSeed(55));
            var experiment = saved.file().toExperiment();
            model.network().setSeed(5);
            model.setSettings(model.settings().withSeed(6));
            model.addListener(changes::add);

            model.file().open(experiment);

            assertEquals(77, model.network().seed());
            assertEquals(55, model.settings().seed());
            assertEquals(31, model.data().settings().seed());
            assertTrue(changes.contains(SandboxModel.Change.NETWORK) && changes.contains(SandboxModel.Change.SETTINGS)
                    && changes.contains(SandboxModel.Change.DATA), "every control is told: " + changes);
        }
    }
}
