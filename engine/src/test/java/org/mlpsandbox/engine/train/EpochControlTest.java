package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.net.Network;

/** The rules between epochs, as train, sweep and the app's session apply them. */
class EpochControlTest {

    private static Trainer trainer(double lr) {
        Network net = TestNets.build("2,4:tanh,1:sigmoid", "log-loss", "xavier-uniform", 5);
        return new Trainer(net, TestNets.xor(), TestNets.xor(),
                TrainingSettings.defaults().withBatchSize(2).withLearningRate(lr), TestNets.PLUGINS);
    }

    @Test
    void eachEpochTrainsAtTheScheduledRateCountingEarlierEpochs() {
        Trainer t = trainer(0.8);
        EpochControl control = new EpochControl(t, EpochRules.NONE.withSchedule(
                new LearningRateSchedule.Exponential(0.5)), 3); // three epochs trained before (an opened file)
        List<Double> rates = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            control.beforeEpoch();
            rates.add(t.settings().learningRate());
            t.epoch();
        }
        assertEquals(List.of(0.8 * 0.125, 0.8 * 0.0625, 0.8 * 0.03125, 0.8 * 0.015625), rates);
        control.setBase(t.settings().withLearningRate(0.4)); // chosen while training: scaled at once
        assertEquals(0.4 * Math.pow(0.5, 7), t.settings().learningRate());
        EpochControl.Outcome end = control.finish(null);
        assertEquals(new StopReason(StopReason.Kind.EPOCHS, 7), end.reason());
        assertEquals(0.4, t.settings().learningRate(), "the chosen rate again at the end");
    }

    @Test
    void patienceEndsTheRunAtTheBestEpochCountedAsPeopleDo() {
        Trainer t = trainer(0.5);
        EpochControl control = new EpochControl(t, EpochRules.NONE.withStop(new StopConditions(Double.NaN, 2,
                Double.NaN)), 10);
        // losses made up so that epoch 2 of this trainer (12 overall) is the best
        double[] testLosses = {0.9, 0.5, 0.6, 0.7};
        double[][] bestWeights = null;
        StopReason reason = null;
        for (int e = 0; e < testLosses.length && reason == null; e++) {
            control.beforeEpoch();
            t.epoch();
            if (e == 1) {
                bestWeights = new double[][] {t.network().layer(0).weights().clone(),
                        t.network().layer(1).weights().clone()};
            }
            reason = control.afterEpoch(new ProgressEvent(t.stepCount(), t.epochCount(), 0.5, Double.NaN,
                    new Evaluation(testLosses[e], Double.NaN, 4), new double[2], 0, 0));
        }
        EpochControl.Outcome end = control.finish(reason);
        assertEquals(new StopReason(StopReason.Kind.PATIENCE, 14), end.reason());
        assertEquals(12, end.bestEpoch());
        assertTrue(end.restored());
        assertArrayEquals(bestWeights[0], t.network().layer(0).weights());
        assertArrayEquals(bestWeights[1], t.network().layer(1).weights());
        assertTrue(end.describe().contains("at epoch 14; the weights of epoch 12 (the best) were put back"),
                end.describe());
    }
}
