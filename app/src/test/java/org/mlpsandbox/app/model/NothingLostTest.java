package org.mlpsandbox.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.plugin.PluginSource;
import org.mlpsandbox.engine.plugin.PluginStatus;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/** Plugin reloads keep trained work; a reopened experiment comes back with its history and counters. */
class NothingLostTest {

    private final SandboxModel model = new SandboxModel(TestPlugins.registry());

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void aReloadWithEveryPluginStillThereKeepsTheWeightsTheCountersAndTheHistory() throws InterruptedException {
        model.run().stepEpoch();
        model.run().stepEpoch();
        Snapshot trained = waitFor(s -> s.progress().step() >= 2L * model.run().stepsPerEpoch());
        long step = model.run().step();
        long epoch = model.run().epoch();
        int points = model.run().history().size();
        assertTrue(step > 0 && points > 0);

        List<String> lost = model.pluginsReloaded(TestPlugins.registry());

        assertEquals(List.of(), lost);
        Snapshot after = model.run().poll().orElseThrow();
        assertEquals(0, after.progress().step(), "a new session trains the same network");
        assertEquals(step, model.run().step(), "the step counter goes on");
        assertEquals(epoch, model.run().epoch(), "the epoch counter goes on");
        assertEquals(points, model.run().history().size(), "the loss history is kept");
        assertWeightsEqual(trained.network(), after.network());

        model.run().stepBatch();
        waitFor(s -> s.progress().step() == 1);
        assertEquals(step + 1, model.run().step());
        assertEquals(step + 1, (long) model.run().history().step(model.run().history().size() - 1),
                "new points continue the chart");
    }

    @Test
    void aReloadThatRefusesALayersPluginSaysSoAndKeepsTheRunUntouched() throws InterruptedException {
        PluginRegistry withSwish = TestPlugins.registry(TestPlugins.entry(PluginKind.ACTIVATION,
                new TestPlugins.Swish(1.0), PluginSource.BUILT_IN));
        model.pluginsReloaded(withSwish);
        model.network().setLayerActivation(1, PluginChoice.of("test.swish"));
        model.run().stepEpoch();
        Snapshot trained = waitFor(s -> s.progress().step() > 0);
        long step = model.run().step();

        PluginEntry refused = new PluginEntry(PluginKind.ACTIVATION, "test.swish", "Swish (test)",
                TestPlugins.Swish.class.getName(), null, PluginSource.BUILT_IN, PluginStatus.REFUSED,
                "derivative does not match", List.of());
        List<String> lost = model.pluginsReloaded(TestPlugins.registry(refused));

        assertEquals(1, lost.size(), lost.toString());
        assertTrue(lost.get(0).contains("hidden layer 2") && lost.get(0).contains("test.swish")
                && lost.get(0).contains("derivative does not match"), lost.get(0));
        assertEquals("test.swish", model.network().hiddenLayers().get(1).activation().id(),
                "no silent swap to another activation");
        Snapshot after = model.run().poll().orElseThrow();
        assertSame(trained.network().layer(1).activation().getClass(), after.network().layer(1).activation()
                .getClass());
        assertEquals(step, model.run().step(), "the run goes on untouched");
        assertWeightsEqual(trained.network(), after.network());

        List<String> gone = model.pluginsReloaded(TestPlugins.registry());
        assertTrue(gone.get(0).contains("no longer installed"), gone.toString());
    }

    @Test
    void aReopenedExperimentHasItsHistoryAndCounters() throws Exception {
        for (int e = 1; e <= 3; e++) { // wait for each epoch: the history holds the snapshots the window polled
            model.run().stepEpoch();
            long steps = e * model.run().stepsPerEpoch();
            waitFor(s -> s.progress().step() >= steps);
        }
        var experiment = model.file().toExperiment();
        assertTrue(experiment.history().size() > 1);
        var last = experiment.history().get(experiment.history().size() - 1);

        try (SandboxModel other = new SandboxModel(TestPlugins.registry())) {
            List<SandboxModel.Change> changes = new ArrayList<>();
            other.addListener(changes::add);
            other.file().open(experiment);
            other.run().poll();
            assertEquals(last.step(), other.run().step());
            assertEquals(last.epoch(), other.run().epoch());
            assertEquals(3, other.run().epoch());
            LossHistory h = other.run().history();
            assertEquals(experiment.history().size(), h.size());
            for (int i = 0; i < h.size(); i++) {
                assertEquals(experiment.history().get(i).step(), (long) h.step(i));
                assertEquals(experiment.history().get(i).trainLoss(), h.trainLoss(i));
            }
            assertEquals(last.trainLoss(), other.run().trainLoss());
            assertTrue(changes.contains(SandboxModel.Change.DATA) && changes.contains(SandboxModel.Change.NETWORK));

            other.run().stepBatch();
            long deadline = System.currentTimeMillis() + 5000;
            while (other.run().poll().orElseThrow().progress().step() < 1 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(last.step() + 1, other.run().step(), "training goes on from the saved step");
            assertEquals(experiment.history().size() + 1, other.run().history().size());
            var again = other.file().toExperiment();
            assertEquals(last.step() + 1, again.history().get(again.history().size() - 1).step(),
                    "saved again, the history continues");
        }
    }

    private static void assertWeightsEqual(Network expected, Network actual) {
        assertEquals(expected.layerCount(), actual.layerCount());
        for (int l = 0; l < expected.layerCount(); l++) {
            assertArrayEquals(expected.layer(l).weights(), actual.layer(l).weights(), "layer " + l);
            assertArrayEquals(expected.layer(l).bias(), actual.layer(l).bias(), "layer " + l);
        }
    }

    private Snapshot waitFor(Predicate<Snapshot> condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < end) {
            Snapshot s = model.run().poll().orElseThrow();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out");
    }
}
