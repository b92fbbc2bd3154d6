package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

class EarlyStoppingTest {

    private static ProgressEvent event(long epoch, double trainLoss, double testLoss, double seconds) {
        return new ProgressEvent(epoch * 10, epoch, trainLoss, Double.NaN, new Evaluation(testLoss, Double.NaN, 5),
                new double[0], epoch * 100, (long) (seconds * 1e9));
    }

    @Test
    void patienceStopsAfterNEpochsWithoutGainAndPutsTheBestWeightsBack() {
        Network net = TestNets.build("2,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 4);
        EarlyStopping stopping = new EarlyStopping(new StopConditions(Double.NaN, 3, Double.NaN), net);
        assertNull(stopping.afterEpoch(event(1, 0.9, 0.8, 1)));
        assertNull(stopping.afterEpoch(event(2, 0.7, 0.5, 1)));
        double[] best = net.layer(0).weights().clone();
        net.layer(0).weights()[0] += 1; // training moves on
        assertNull(stopping.afterEpoch(event(3, 0.6, 0.6, 1)));
        assertNull(stopping.afterEpoch(event(4, 0.5, 0.5, 1))); // equal is not better
        StopReason stop = stopping.afterEpoch(event(5, 0.4, 0.7, 1));
        assertEquals(new StopReason(StopReason.Kind.PATIENCE, 5), stop);
        assertEquals(2, stopping.bestEpoch());
        assertEquals(0.5, stopping.bestLoss());
        assertTrue(stopping.restoreBest());
        assertArrayEquals(best, net.layer(0).weights());
        assertTrue(stop.describe(new StopConditions(Double.NaN, 3, Double.NaN)).contains("epoch 5"));
    }

    @Test
    void lossTargetAndTimeLimit() {
        Network net = TestNets.build("2,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 4);
        EarlyStopping loss = new EarlyStopping(new StopConditions(0.1, 0, Double.NaN), net);
        assertNull(loss.afterEpoch(event(1, 0.3, Double.NaN, 1)));
        assertEquals(StopReason.Kind.LOSS_REACHED, loss.afterEpoch(event(2, 0.1, Double.NaN, 2)).kind());
        assertFalse(loss.restoreBest(), "no patience, nothing to restore");
        EarlyStopping time = new EarlyStopping(new StopConditions(Double.NaN, 0, 2.5), net);
        assertNull(time.afterEpoch(event(1, 0.3, 0.3, 2.4)));
        assertEquals(new StopReason(StopReason.Kind.TIME, 2), time.afterEpoch(event(2, 0.3, 0.3, 2.5)));
    }

    @Test
    void withoutATestSetPatienceWatchesTheTrainingLoss() {
        Network net = TestNets.build("2,3:tanh,1:sigmoid", "log-loss", "xavier-uniform", 4);
        EarlyStopping stopping = new EarlyStopping(new StopConditions(Double.NaN, 1, Double.NaN), net);
        assertNull(stopping.afterEpoch(event(1, 0.5, Double.NaN, 0)));
        assertEquals(StopReason.Kind.PATIENCE, stopping.afterEpoch(event(2, 0.6, Double.NaN, 0)).kind());
        assertEquals(1, stopping.bestEpoch());
    }
}
