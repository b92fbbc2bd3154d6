package org.mlpsandbox.app.view.inspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.inspect.PluginGuardTest;
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
 * The Inside tab's inspection of a network at rest runs on the event thread: a plugin that hangs there must not freeze
 * the window, and one that throws must not escape; the findings name it, and a network of other plugins is inspected
 * as before.
 */
class InsideAtRestGuardTest {

    private static final Duration FROZEN = Duration.ofMillis(PluginThreads.CHECK_LIMIT_MILLIS + 4000);

    /** Released after the tests, so the abandoned threads end. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @BeforeAll
    static void lookAndFeel() throws Exception {
        SwingUtilities.invokeAndWait(org.mlpsandbox.app.view.Theme::installRemembered); // the charts' colours
    }

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    private static Network network(PluginRegistry plugins, String hidden) {
        NetworkSpec spec = new NetworkSpec(2, List.of(LayerSpec.of(4, hidden), LayerSpec.of(1, "sigmoid")),
                PluginChoice.of("log-loss"), PluginChoice.of("xavier-uniform"), 1);
        return Network.build(spec, plugins);
    }

    @Test
    void aHangingOrThrowingPluginIsNamedInTheFindingsAndTheWindowGoesOn() throws Exception {
        PluginRegistry plugins = TestPlugins.registry(
                TestPlugins.entry(PluginKind.ACTIVATION, new PluginGuardTest.Hangs(RELEASE), PluginSource.BUILT_IN),
                TestPlugins.entry(PluginKind.ACTIVATION, new PluginGuardTest.Throws(), PluginSource.BUILT_IN));
        Dataset circle = Generators.generate("circle", 100, 0.1, 1);
        InsideNetworkPanel[] panel = new InsideNetworkPanel[1];
        SwingUtilities.invokeAndWait(() -> panel[0] = new InsideNetworkPanel());

        assertTimeoutPreemptively(FROZEN, () -> SwingUtilities.invokeAndWait(() -> {
            assertFalse(panel[0].inspect(network(plugins, "test.backprop-hangs"), circle));
        }), "the event thread froze on a hanging plugin");
        String hang = panel[0].findingsText();
        assertTrue(hang.contains("activation 'test.backprop-hangs' of layer 1") && hang.contains("did not answer"),
                hang);
        assertNull(panel[0].lastInspection());

        PluginGuardTest.Throws.armed = true;
        SwingUtilities.invokeAndWait(() -> assertFalse(panel[0].inspect(network(plugins, "test.backprop-throws"),
                circle)));
        String thrown = panel[0].findingsText();
        assertTrue(thrown.contains("test.backprop-throws") && thrown.contains("broken on purpose"), thrown);

        SwingUtilities.invokeAndWait(() -> assertTrue(panel[0].inspect(network(plugins, "tanh"), circle)));
        assertNotNull(panel[0].lastInspection(), "another network is inspected as before");
    }
}
