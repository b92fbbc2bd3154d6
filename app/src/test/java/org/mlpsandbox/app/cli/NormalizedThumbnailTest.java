package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.app.model.PlotRanges;
import org.mlpsandbox.app.model.RunThumbnail;
import org.mlpsandbox.app.model.SandboxModel;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * A run trained with {@code --normalize} and written with its thumbnail: the thumbnail's plane is the raw data's (what
 * the user sees in the app), and each point is scaled as in training before the network sees it.
 */
class NormalizedThumbnailTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();

    @TempDir
    Path dir;

    @Test
    void aNormalisedRunsThumbnailShowsTheRawPlaneAsTheAppDrawsIt() throws Exception {
        Path model = dir.resolve("model.json");
        Path runs = dir.resolve("runs.json");
        Cli.run("train", "--data", "circle", "--samples", "300", "--normalize", "standard", "--layers", "8:tanh",
                "--epochs", "60", "--quiet", "--save", model.toString(), "--append-history", runs.toString())
                .expect(0);
        Experiment trained = ExperimentFiles.load(model, PLUGINS);
        SavedRun run = ExperimentFiles.load(runs, PLUGINS).runs().get(0);
        Network network = trained.buildNetwork(PLUGINS);
        Normalization scaling = trained.data().normalization();
        assertTrue(!scaling.isNone() && scaling.isFitted(), "trained with standardised inputs: " + scaling);
        int size = run.thumbnailSize();
        assertEquals(RunThumbnail.SIZE, size);
        byte[] cells = run.thumbnail();

        try (SandboxModel app = new SandboxModel(PLUGINS)) {
            app.file().open(trained);
            // what the app records for this network on the opened data: the same picture
            RunThumbnail drawn = RunThumbnail.of(network, app.data().rawData(), app.data().inputMapping(), size);
            assertEquals(drawn.classes(), run.thumbnailClasses());
            byte[] expected = drawn.cells();
            int differ = 0;
            for (int i = 0; i < cells.length; i++) {
                differ += Math.abs((expected[i] & 0xff) - (cells[i] & 0xff)) > 1 ? 1 : 0;
            }
            assertEquals(0, differ, "cells unlike the app's rendering");

            // independently, at a few raw points: scale by hand, ask the network
            Plane plane = PlotRanges.plane(app.data().rawData());
            assertTrue(plane.x1() >= 4 && plane.y1() >= 4, "the circle's raw plane " + plane
                    + " reaches wider than the scaled one");
            double[] shift = scaling.shift();
            double[] scale = scaling.scale();
            for (int[] rc : new int[][] {{20, 20}, {0, 0}, {39, 39}, {5, 31}, {26, 12}}) {
                int r = rc[0];
                int c = rc[1];
                double x1 = plane.xAt((c + 0.5) / size);
                double x2 = plane.yAt((r + 0.5) / size);
                double[] out = network.predict(new double[] {(x1 - shift[0]) / scale[0], (x2 - shift[1]) / scale[1]},
                        1);
                double p = out.length == 2 ? out[1] : out[0];
                assertEquals(Math.round(255 * Math.max(0, Math.min(1, p))), cells[r * size + c] & 0xff, 1,
                        "cell (" + r + ", " + c + ") at raw (" + x1 + ", " + x2 + ")");
            }
            // it learned the circle: the centre and a corner are told apart
            int centre = cells[20 * size + 20] & 0xff;
            int corner = cells[0] & 0xff;
            assertTrue(Math.abs(centre - corner) > 128, "centre " + centre + ", corner " + corner);
        }
    }
}
