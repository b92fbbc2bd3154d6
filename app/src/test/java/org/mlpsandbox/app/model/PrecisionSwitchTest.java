package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.app.KernelProperties;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Precision;
import org.mlpsandbox.engine.math.ResidentWeights;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.train.TrainingSession;

/**
 * Switching the precision of the products in the app: the next step trains in the new precision (the trainer's native
 * weights are float32, {@link Kernels#backendName()} says so) while the weights, the loss history and the counters
 * are kept, paused or playing; without OpenBLAS there is nothing to switch. Every property is put back afterwards.
 */
class PrecisionSwitchTest {

    private KernelProperties kept;
    private SandboxModel model;

    @BeforeEach
    void keepProperties() {
        kept = KernelProperties.keepAndStartAtFloat64();
    }

    @AfterEach
    void restoreProperties() {
        if (model != null) {
            model.close();
        }
        kept.restore();
    }

    /** 2-64-64-1 with plain SGD, batch 10: the 64×64 layer is large enough for the trainer to keep it native. */
    private SandboxModel wideModel() {
        SandboxModel m = new SandboxModel(PluginRegistry.builtIn());
        m.network().setLayerSize(0, 64);
        m.network().setLayerSize(1, 64);
        assertTrue(m.run().hasRun(), m.run().problem());
        return m;
    }

    @Test
    void aPausedRunGoesOnInFloat32WithItsWeightsHistoryAndCounters() throws Exception {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        model = wideModel();
        assertEquals(Precision.FLOAT64, model.precision().current());
        assertEquals(Precision.FLOAT64, residentPrecision(1), "float64 before the switch");
        for (int i = 0; i < 7; i++) {
            model.run().stepBatch();
        }
        await("7 steps", () -> poll() == 7);
        int historyBefore = model.run().history().size();
        Network before = model.run().latestSnapshot().orElseThrow().network();

        model.precision().use(Precision.FLOAT32);

        assertEquals("openblas-float32", Kernels.backendName());
        assertEquals(Precision.FLOAT32, model.precision().current());
        assertEquals(7, model.run().step(), "the step counter goes on");
        assertEquals(7, model.run().stepsBefore(), "a new session, carrying the old one's steps");
        assertEquals(historyBefore, model.run().history().size(), "the loss history is kept");
        assertFalse(model.run().isPlaying());
        Network after = model.run().latestSnapshot().orElseThrow().network();
        for (int l = 0; l < before.layerCount(); l++) {
            assertArrayEquals(before.layer(l).weights(), after.layer(l).weights(), "weights of layer " + l);
            assertArrayEquals(before.layer(l).bias(), after.layer(l).bias(), "biases of layer " + l);
        }
        assertEquals(Precision.FLOAT32, residentPrecision(1), "the next trainer keeps its large layer in float32");

        model.run().stepBatch();
        await("the 8th step", () -> poll() == 8);
        Network trained = model.run().latestSnapshot().orElseThrow().network();
        assertFalse(java.util.Arrays.equals(after.layer(1).weights(), trained.layer(1).weights()), "it trains");

        model.precision().use(Precision.FLOAT64);
        assertEquals("openblas-float64", Kernels.backendName());
        assertEquals(Precision.FLOAT64, residentPrecision(1));
        assertEquals(8, model.run().step());
    }

    @Test
    void aPlayingRunKeepsPlayingAndItsCountersOnlyGoForward() throws Exception {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        model = wideModel();
        model.run().play();
        await("training", () -> poll() > 20);
        TrainingSession old = model.run().session().orElseThrow();

        long t0 = System.nanoTime();
        model.precision().use(Precision.FLOAT32);
        System.out.printf("precision switch while playing: %.1f ms on the model's thread%n",
                (System.nanoTime() - t0) / 1e6);

        TrainingSession.Snapshot last = old.latest();
        assertEquals(TrainingSession.State.CLOSED, last.state(), "the old session ended before the switch");
        assertEquals(last.progress().step(), model.run().stepsBefore(), "every step of the old session counts");
        assertTrue(model.run().isPlaying());
        long switched = model.run().step();
        await("training on", () -> poll() > switched + 20);
        assertEquals(Precision.FLOAT32, residentPrecision(1));
        model.run().pause();
    }

    @Test
    void withoutARunTheNextRunTrainsInTheNewPrecision() throws Exception {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        model = wideModel();
        model.network().setLayerActivation(0, PluginChoice.of("no-such-activation"));
        assertFalse(model.run().hasRun());
        model.precision().use(Precision.FLOAT32);
        assertEquals("openblas-float32", Kernels.backendName());
        model.network().setLayerActivation(0, PluginChoice.of("tanh"));
        assertTrue(model.run().hasRun(), model.run().problem());
        assertEquals(Precision.FLOAT32, residentPrecision(1));
    }

    @Test
    void aRunWhosePluginAReloadLostGoesOnWithItsOwnPlugin() throws Exception {
        assertTrue(Kernels.nativeInUse(), "this test needs OpenBLAS: " + Kernels.description());
        model = new SandboxModel(TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION,
                new TestPlugins.Swish(1.0), PluginSource.BUILT_IN)));
        model.network().setLayerActivation(1, PluginChoice.of("test.swish"));
        model.run().stepBatch();
        await("a step", () -> poll() == 1);
        assertEquals(1, model.pluginsReloaded(TestPlugins.registry()).size(), "the reload lost test.swish");

        model.precision().use(Precision.FLOAT32);

        assertTrue(model.run().hasRun(), model.run().problem());
        assertEquals(1, model.run().step());
        assertSame(TestPlugins.Swish.class,
                model.run().latestSnapshot().orElseThrow().network().layer(1).activation().getClass());
        model.run().stepBatch();
        await("a step with the run's own swish", () -> poll() == 2);
    }

    @Test
    void withTheJavaKernelsThereIsNothingToSwitch() {
        System.setProperty(Kernels.BACKEND_PROPERTY, "java");
        model = new SandboxModel(PluginRegistry.builtIn());
        assertFalse(model.precision().available());
        assertThrows(IllegalStateException.class, () -> model.precision().use(Precision.FLOAT32));
        assertEquals("java", Kernels.backendName());
        assertEquals(null, System.getProperty(Kernels.PRECISION_PROPERTY), "nothing was switched");
    }

    /** Polls the run as the window's timer does; returns the step count people see. */
    private long poll() {
        model.run().poll();
        return model.run().step();
    }

    /** The precision the current trainer keeps layer {@code l}'s weights in, or null when it keeps them in Java. */
    private Precision residentPrecision(int l) throws Exception {
        CompletableFuture<Precision> found = new CompletableFuture<>();
        model.run().inspector().orElseThrow().inspect(trainer -> {
            ResidentWeights resident = trainer.network().residentWeights(l);
            found.complete(resident == null ? null : resident.precision());
        });
        Precision p = found.get(10, TimeUnit.SECONDS);
        assertNotNull(p, "the trainer keeps layer " + (l + 1) + " native");
        return p;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
