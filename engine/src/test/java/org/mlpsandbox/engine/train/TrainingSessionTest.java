package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

class TrainingSessionTest {

    private static TrainingSession session(long maxEpochs) {
        Network net = TestNets.build("2,4:tanh,1:sigmoid", "log-loss", "xavier-uniform", 5);
        Trainer t = new Trainer(net, TestNets.xor(), TestNets.xor(), TrainingSettings.defaults().withBatchSize(2),
                TestNets.PLUGINS);
        return new TrainingSession(t, maxEpochs, 1_000_000L);
    }

    @Test
    void playTrainsPauseStopsTheStepCount() throws Exception {
        try (TrainingSession s = session(0)) {
            s.play();
            waitFor(() -> s.latest().progress().step() > 1000);
            s.pause();
            waitFor(() -> s.latest().state() == TrainingSession.State.PAUSED);
            long stepsAtPause = s.latest().progress().step();
            Thread.sleep(100);
            assertEquals(stepsAtPause, s.latest().progress().step());
            s.stepBatch();
            waitFor(() -> s.latest().progress().step() == stepsAtPause + 1);
            s.stepEpoch();
            waitFor(() -> s.latest().progress().epoch() > (stepsAtPause + 1) / 2);
        }
    }

    @Test
    void finishesAfterMaxEpochsAndSnapshotsAreCopies() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        TrainingSession s = session(50);
        s.addListener(snap -> {
            if (snap.state() == TrainingSession.State.FINISHED) {
                done.countDown();
            }
        });
        s.play();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(50, s.latest().progress().epoch());
        Network copy = s.latest().network();
        double before = copy.layer(0).weights()[0];
        s.close();
        assertTrue(s.awaitClosed(5000));
        assertEquals(before, copy.layer(0).weights()[0]);
    }

    @Test
    void aStopIsReportedAndTheThreadSurvives() throws Exception {
        try (TrainingSession s = session(0)) {
            s.setSettings(TrainingSettings.defaults().withBatchSize(2).withOptimizer(
                    org.mlpsandbox.engine.plugin.PluginChoice.of("no-such-optimizer")));
            s.stepBatch();
            waitFor(() -> s.latest().state() == TrainingSession.State.STOPPED);
            assertTrue(s.latest().message().contains("no-such-optimizer"), s.latest().message());
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out");
            Thread.sleep(5);
        }
    }
}
