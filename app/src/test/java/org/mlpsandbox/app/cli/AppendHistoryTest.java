package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.RunHistory;
import org.mlpsandbox.app.model.RunRecord;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** {@code train --append-history FILE}: each run joins the file's run history, which the app then shows. */
class AppendHistoryTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path dir;

    @Test
    void eachTrainingRunIsAppendedAndTheFileKeepsItsOwnNetwork() throws IOException {
        Path file = dir.resolve("circle.json");
        Cli.run("train", "--data", "circle", "--samples", "200", "--layers", "4:tanh", "--epochs", "5", "--lr",
                "0.3", "-q", "--append-history", file.toString()).expect(0);
        Experiment first = ExperimentFiles.load(file, PLUGINS);
        assertEquals(1, first.runs().size(), "a missing file is made from the run");
        Cli.Result r = Cli.run("train", "--data", "circle", "--samples", "200", "--layers", "4:tanh", "--epochs",
                "5", "--lr", "0.03", "-q", "--append-history", file.toString()).expect(0);
        assertTrue(r.out().contains("run 2 to " + file), r.out());

        Experiment e = ExperimentFiles.load(file, PLUGINS);
        assertEquals(List.of("Run 1", "Run 2"), e.runs().stream().map(SavedRun::name).toList());
        assertEquals(first.parameters(), e.parameters(), "the file's own network stays");
        SavedRun run2 = e.runs().get(1);
        assertEquals(0.03, run2.training().learningRate());
        assertEquals(5, run2.curve().size(), "one row per epoch");
        assertTrue(run2.testAccuracy() > 0.4);
        assertEquals(40, run2.thumbnailSize());
        // the initial weights are the seeded ones: building the spec again gives them
        Network seeded = Network.build(run2.network(), PLUGINS);
        assertArrayEquals(seeded.layer(0).weights(), run2.initialParameters().get(0).weights(), 0.0);

        // the app lists them and names what differed
        try (SandboxModel model = new SandboxModel(PLUGINS)) {
            model.file().open(e);
            List<RunRecord> runs = model.runs().runs();
            assertEquals(2, runs.size());
            assertEquals("lr 0.03", model.runs().whatDiffered(runs.get(1)));
            assertEquals(List.of("Run 1: lr 0.3", "Run 2: lr 0.03"), RunHistory.legend(runs));
        }
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedBeforeTraining() {
        Cli.Result r = Cli.run("train", "--epochs", "1", "--append-history",
                dir.resolve("nowhere/runs.json").toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--append-history"), r.err());
    }
}
