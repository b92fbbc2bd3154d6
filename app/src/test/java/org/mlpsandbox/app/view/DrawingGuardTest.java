package org.mlpsandbox.app.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.app.model.InputMapping;
import org.mlpsandbox.app.model.Plane;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * An activation that never returns while the output view draws must not freeze the window: the pass is abandoned
 * after the plugins' time limit, the view names the plugin call, and it does not call the plugin again for that
 * network; another network draws as before.
 */
class DrawingGuardTest {

    /** Released after the tests, so the abandoned threads end. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    /** Waits for {@link #RELEASE} whatever happens, interrupts included: a plugin that hangs. */
    public static final class Hangs implements Activation {
        @Override
        public String id() {
            return "test.hangs";
        }

        @Override
        public String displayName() {
            return "Hangs";
        }

        @Override
        public double apply(double z) {
            while (RELEASE.getCount() > 0) {
                try {
                    RELEASE.await();
                } catch (InterruptedException ignored) {
                    // a hung plugin does not listen
                }
            }
            return z;
        }

        @Override
        public double derivative(double z) {
            return 1;
        }
    }

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    private static Network network(PluginRegistry plugins, String hidden) {
        NetworkSpec spec = new NetworkSpec(2, List.of(LayerSpec.of(3, hidden), LayerSpec.of(1, "sigmoid")),
                PluginChoice.of("log-loss"), PluginChoice.of("xavier-uniform"), 1);
        return Network.build(spec, plugins);
    }

    @Test
    void predictGivesNullAndTheReasonForAStuckPluginAndOutputsOtherwise() {
        PluginRegistry plugins = TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION, new Hangs(),
                PluginSource.BUILT_IN));
        DrawingGuard guard = new DrawingGuard();
        double[] x = {0.5, -0.5, 1, 2};
        long start = System.nanoTime();
        assertNull(guard.predict(network(plugins, "test.hangs"), x, 2));
        assertTrue((System.nanoTime() - start) / 1_000_000 < PluginThreads.CHECK_LIMIT_MILLIS + 3000);
        assertTrue(guard.stuckMessage().contains("test.hangs"), guard.stuckMessage());
        Network tanh = network(plugins, "tanh");
        double[] guarded = guard.predict(tanh, x, 2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(tanh.predict(x, 2), guarded, "the same outputs as predict");
        assertNull(guard.stuckMessage());
    }

    @Test
    void aPluginThatHangsWhileDrawingIsAbandonedAndNamed() {
        PluginRegistry plugins = TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION, new Hangs(),
                PluginSource.BUILT_IN));
        Dataset data = Generators.generate("circle", 50, 0.1, 1);
        OutputRenderer renderer = new OutputRenderer();
        InputMapping mapping = InputMapping.identity(2);
        Plane plane = Plane.square(6);

        long start = System.nanoTime();
        renderer.render(network(plugins, "test.hangs"), data, mapping, plane);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(firstMillis < PluginThreads.CHECK_LIMIT_MILLIS + 3000, "the render gave up after the limit, took "
                + firstMillis + " ms");
        assertNull(renderer.image(), "nothing is drawn from a pass that did not finish");
        String message = renderer.stuckMessage();
        assertNotNull(message, "the view says why it is not drawn");
        assertTrue(message.contains("activation 'test.hangs' of layer 1") && message.contains("Hangs.apply"), message);

        start = System.nanoTime();
        renderer.render(network(plugins, "test.hangs"), data, mapping, plane);
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(againMillis < 1000, "the same network is not drawn again (no second wait): " + againMillis + " ms");

        renderer.render(network(plugins, "tanh"), data, mapping, plane);
        assertNull(renderer.stuckMessage(), "another network draws again");
        assertNotNull(renderer.image());
    }
}
