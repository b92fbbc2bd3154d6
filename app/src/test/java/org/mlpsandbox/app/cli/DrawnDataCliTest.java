package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/** An experiment on points drawn in the app works headless too: eval remakes the drawn data from the file. */
class DrawnDataCliTest {

    @TempDir
    Path dir;

    @Test
    void evalReadsTheDrawnPointsOfAnExperiment() throws Exception {
        Path file = dir.resolve("drawn.json");
        Cli.run("train", "--data", "circle", "--samples", "100", "--epochs", "1", "--save", file.toString()).expect(0);
        PluginRegistry plugins = PluginRegistry.builtIn();
        DrawnPoints points = DrawnPoints.empty(2, DrawnPoints.DEFAULT_PLANE);
        for (int i = 0; i < 20; i++) {
            double a = i * Math.PI / 10;
            double r = i % 2 == 0 ? 1 : 4;
            points = points.with(r * Math.cos(a), r * Math.sin(a), i % 2);
        }
        Experiment e = ExperimentFiles.load(file, plugins);
        ExperimentFiles.save(file, e.withData(DataSpec.drawn(points, 0.25, 2)));

        Cli.Result r = Cli.run("eval", file.toString()).expect(0);
        assertTrue(r.out().contains("drawn, 20 points of 2 classes, test ratio 0.25, seed 2"), r.out());
        assertTrue(r.out().matches("(?s).*train\\s+15\\s.*"), r.out());
        assertTrue(r.out().matches("(?s).*test\\s+5\\s.*"), r.out());
    }
}
