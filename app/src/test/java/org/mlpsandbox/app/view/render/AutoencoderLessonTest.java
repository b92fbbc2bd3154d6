package org.mlpsandbox.app.view.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.lesson.LessonLibrary;
import org.mlpsandbox.app.view.WindowRenderer;
import org.mlpsandbox.app.view.lesson.ReconstructionView;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The autoencoder lesson (8) shows its test inputs beside the network's reconstructions, in the output view, and the
 * reconstructions move as the network trains.
 */
class AutoencoderLessonTest {

    @Test
    void reconstructionsFollowTraining() throws Exception {
        WindowRenderer.Scene scene = WindowRenderer.build(new WindowRenderer.Request("8", null, false, 1024, 768, 0),
                PluginRegistry.builtIn(), new LessonLibrary(Files.createTempDirectory("no-user-lessons")));
        try {
            ReconstructionView view = edt(() -> scene.lessons().opener().reconstructions().orElseThrow());
            assertTrue(edt(() -> SwingUtilities.isDescendingFrom(view, scene.root())), "in the window");
            double[] before = waitForPairs(scene, view, null);
            edt(() -> {
                Dataset test = scene.model().data().networkData().test();
                for (int i = 0; i < ReconstructionView.SAMPLES; i++) {
                    for (int k = 0; k < 2; k++) {
                        assertEquals(test.y()[i * 2 + k], view.input(i, k), 1e-12, "the targets are the inputs");
                    }
                }
                for (int step = 0; step < 150; step++) {
                    scene.model().run().stepBatch();
                }
                return null;
            });
            double[] after = waitForPairs(scene, view, before);
            assertEquals(before.length, after.length);
            // once training has done its 150 steps, they are that network's outputs for those inputs
            long end = System.currentTimeMillis() + 20_000;
            boolean matches = false;
            while (!matches && System.currentTimeMillis() < end) {
                matches = edt(() -> {
                    scene.frame();
                    var last = scene.model().run().lastSnapshot().orElseThrow();
                    if (last.progress().step() < 150) {
                        return false;
                    }
                    double[] x = new double[ReconstructionView.SAMPLES * 2];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = view.input(i / 2, i % 2);
                    }
                    double[] expected = last.network().predict(x, ReconstructionView.SAMPLES);
                    for (int i = 0; i < x.length; i++) {
                        if (Math.abs(expected[i] - view.output(i / 2, i % 2)) > 1e-12) {
                            return false;
                        }
                    }
                    return true;
                });
                Thread.sleep(30);
            }
            assertTrue(matches, "the view shows the trained network's reconstructions");
        } finally {
            SwingUtilities.invokeAndWait(scene::close);
        }
    }

    /** Runs frames until the view shows all its pairs (and, given {@code old}, outputs other than those). */
    private static double[] waitForPairs(WindowRenderer.Scene scene, ReconstructionView view, double[] old)
            throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            double[] now = edt(() -> {
                scene.frame();
                if (view.pairs() != ReconstructionView.SAMPLES) {
                    return null;
                }
                double[] o = new double[ReconstructionView.SAMPLES * 2];
                for (int i = 0; i < o.length; i++) {
                    o[i] = view.output(i / 2, i % 2);
                }
                return o;
            });
            if (now != null && (old == null || !java.util.Arrays.equals(now, old))) {
                return now;
            }
            Thread.sleep(30);
        }
        throw new AssertionError(old == null ? "the view never showed " + ReconstructionView.SAMPLES + " pairs"
                : "the reconstructions did not change while the network trained");
    }

    private static <T> T edt(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
