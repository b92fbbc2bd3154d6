package org.mlpsandbox.app.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.app.model.TestPlugins;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * The backprop step-through runs plugin code on the event thread: an activation that never returns must not freeze
 * the window (the pass is abandoned after the plugins' time limit and the plugin is named), one that throws is named
 * instead of escaping as a stack trace, and a network of other plugins steps as before.
 */
public class PluginGuardTest {

    /** Released after the tests, so the abandoned threads end. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);
    /** Limit plus slack: a test that takes longer froze on the old code. */
    private static final Duration FROZEN = Duration.ofMillis(PluginThreads.CHECK_LIMIT_MILLIS + 4000);

    /** Waits for its latch whatever happens, interrupts included. */
    public static final class Hangs implements Activation {
        private final CountDownLatch release;

        /** @param release ends the wait (after the test, so that the abandoned threads end) */
        public Hangs(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public String id() {
            return "test.backprop-hangs";
        }

        @Override
        public String displayName() {
            return "Hangs";
        }

        @Override
        public double apply(double z) {
            while (release.getCount() > 0) {
                try {
                    release.await();
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

    /** Throws once {@link #armed}: lets a first pass through, then fails. */
    public static final class Throws implements Activation {
        public static volatile boolean armed = true;

        @Override
        public String id() {
            return "test.backprop-throws";
        }

        @Override
        public String displayName() {
            return "Throws";
        }

        @Override
        public double apply(double z) {
            if (armed) {
                throw new IllegalStateException("broken on purpose");
            }
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z) {
            double t = Math.tanh(z);
            return 1 - t * t;
        }
    }

    @AfterAll
    static void release() {
        RELEASE.countDown();
    }

    private static final PluginRegistry PLUGINS = TestPlugins.registry(
            TestPlugins.entry(PluginKind.ACTIVATION, new Hangs(RELEASE), PluginSource.BUILT_IN),
            TestPlugins.entry(PluginKind.ACTIVATION, new Throws(), PluginSource.BUILT_IN));

    private static Network network(String hidden) {
        NetworkSpec spec = new NetworkSpec(2, List.of(LayerSpec.of(3, hidden), LayerSpec.of(1, "sigmoid")),
                PluginChoice.of("log-loss"), PluginChoice.of("xavier-uniform"), 1);
        return Network.build(spec, PLUGINS);
    }

    private static final double[] X = {0.5, -0.5};
    private static final double[] T = {1};

    @Test
    void aHangingActivationIsNamedWithinTheLimitAndNotCalledAgainForThatNetwork() {
        BackpropStepper stepper = new BackpropStepper(network("test.backprop-hangs"), 0.1);
        assertTimeoutPreemptively(FROZEN, () -> stepper.setSample(X, T), "setSample froze on a hanging plugin");
        assertFalse(stepper.hasSample(), "no pass to step through");
        String problem = stepper.problem();
        assertTrue(problem.contains("activation 'test.backprop-hangs' of layer 1") && problem.contains("Hangs.apply")
                && problem.contains("did not answer within 2 s"), problem);
        assertEquals(problem, stepper.describe(), "the caption names the plugin");

        long start = System.nanoTime();
        stepper.setLearningRate(0.2); // the same network: refused at once, no second wait
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "waited again for a network known to be stuck");
        assertTrue(stepper.problem().contains("test.backprop-hangs"), stepper.problem());

        stepper.setNetwork(network("tanh"));
        assertTrue(stepper.hasSample(), "another network steps as before");
        assertEquals("", stepper.problem());
        stepper.next();
        assertEquals(Stage.Kind.FORWARD, stepper.stage().kind());
    }

    @Test
    void aThrowingActivationIsNamedInsteadOfEscaping() {
        Throws.armed = true;
        BackpropStepper stepper = new BackpropStepper(network("test.backprop-throws"), 0.1);
        assertTimeoutPreemptively(FROZEN, () -> stepper.setSample(X, T));
        assertFalse(stepper.hasSample());
        String problem = stepper.problem();
        assertTrue(problem.startsWith("Backprop stopped: the activation 'test.backprop-throws'")
                && problem.contains("broken on purpose"), problem);
        assertFalse(problem.contains("\n") || problem.contains("\tat "), "one line, no stack trace: " + problem);
    }

    @Test
    void aPluginThatFailsOnTheNextPassLeavesTheStepperAtAppliedAndSaysWhy() {
        Throws.armed = false;
        BackpropStepper stepper = new BackpropStepper(network("test.backprop-throws"), 0.1);
        stepper.setSample(X, T);
        stepper.applyUpdate();
        assertEquals(Stage.Kind.APPLIED, stepper.stage().kind());
        Throws.armed = true;
        try {
            stepper.next();
        } finally {
            Throws.armed = false;
        }
        assertEquals(Stage.Kind.APPLIED, stepper.stage().kind(), "no second pass without its numbers");
        assertEquals(0, stepper.pass());
        assertTrue(stepper.describe().contains("test.backprop-throws"), stepper.describe());
        stepper.back();
        assertEquals("", stepper.problem(), "moving on forgets the old problem");
        stepper.next();
        stepper.next();
        assertEquals(1, stepper.pass(), "the plugin works again: the next pass comes");
    }

    @Test
    void aSampleThatDoesNotFitIsStillTheCallersMistake() {
        BackpropStepper stepper = new BackpropStepper(network("tanh"), 0.1);
        assertThrows(IllegalArgumentException.class, () -> stepper.setSample(new double[3], T));
        PluginGuard guard = new PluginGuard("Test");
        assertThrows(IllegalArgumentException.class, () -> guard.run(network("tanh"), () -> {
            throw new IllegalArgumentException("not a plugin");
        }), "an exception outside plugin code is not blamed on a plugin");
    }
}
