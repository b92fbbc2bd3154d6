package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.net.Network;

/** Divergence: a loss that is not finite, or that explodes to more than ten times the untrained network's. */
class DivergenceTest {

    @Test
    void theStartIsTheFirstBatchOfAtLeastEightSamplesAndTenTimesItIsTooMuch() {
        Divergence d = new Divergence();
        assertNull(d.check(0.7, 10));
        assertEquals(0.7, d.start());
        assertNull(d.check(6.9, 10), "just under ten times");
        assertNull(d.check(0.01, 10));
        String why = d.check(7.1, 10);
        assertTrue(why != null && why.contains("grew from 0.7000 at the start to 7.100"), why);
    }

    @Test
    void withSmallBatchesTheStartIsTheLargestLossOfTheFirstEightSamples() {
        Divergence d = new Divergence();
        double[] first = {1e-4, 0.3, 0.2, 0.5, 0.1, 0.05, 0.4, 0.2};
        for (double loss : first) {
            assertNull(d.check(loss, 1));
        }
        assertEquals(0.5, d.start(), "one lucky sample with a tiny loss does not set the bar");
        assertNull(d.check(4.9, 1));
        assertTrue(d.check(5.1, 1) != null);
    }

    @Test
    void notFiniteIsDivergedAtOnceAndAZeroStartNeverExplodes() {
        assertTrue(new Divergence().check(Double.NaN, 10).contains("NaN"));
        assertTrue(new Divergence().check(Double.POSITIVE_INFINITY, 10).contains("Infinity"));
        Divergence zero = new Divergence();
        assertNull(zero.check(0, 10));
        assertNull(zero.check(5, 10), "no scale to compare with");
    }

    /** The lesson case: log-loss clips, so a learning rate of 1e300 never makes it infinite; it explodes instead. */
    @Test
    void aLearningRateOf1e300StopsAsDivergedWithTheWeightsOfTheLastGoodLoss() {
        Network net = TestNets.build("2,8:tanh,8:tanh,1:sigmoid", "log-loss", "xavier-uniform", 3);
        Network initial = net.copy();
        Dataset circle = Generators.generate("circle", 400, 0, 1);
        Trainer t = new Trainer(net, circle, null, TrainingSettings.defaults().withLearningRate(1e300),
                TestNets.PLUGINS);
        double first = t.step();
        assertTrue(first < 2, "the untrained network's log-loss is near ln 2: " + first);
        TrainingStoppedException e = assertThrows(TrainingStoppedException.class, () -> {
            for (int i = 0; i < 1000; i++) {
                t.step();
            }
        });
        assertEquals(TrainingStoppedException.Reason.DIVERGED, e.reason());
        assertEquals(2, e.step());
        assertTrue(e.getMessage().startsWith("Training diverged at step 2: the loss grew from "), e.getMessage());
        assertTrue(e.getMessage().contains("try a smaller learning rate"), e.getMessage());
        // the explosive update of step 1 is undone: the weights are those whose loss was the last good one
        for (int l = 0; l < net.layerCount(); l++) {
            assertArrayEquals(initial.layer(l).weights(), net.layer(l).weights(), "layer " + (l + 1));
            assertArrayEquals(initial.layer(l).bias(), net.layer(l).bias(), "layer " + (l + 1));
        }
    }

    /** No false alarm where single noisy samples make the batch loss jump: batch 1 on noisy classes and regression. */
    @Test
    void ordinaryTrainingWithSingleSamplesIsNotMistakenForDivergence() {
        Network classifier = TestNets.build("2,8:tanh,1:sigmoid", "log-loss", "xavier-uniform", 4);
        Trainer c = new Trainer(classifier, Generators.generate("circle", 300, 0.3, 2), null,
                TrainingSettings.defaults().withBatchSize(1).withLearningRate(0.3), TestNets.PLUGINS);
        Network regression = TestNets.build("1,8:tanh,1:identity", "mse", "xavier-uniform", 5);
        Trainer r = new Trainer(regression, Generators.generate("sine", 300, 0.1, 2), null,
                TrainingSettings.defaults().withBatchSize(1).withLearningRate(0.05), TestNets.PLUGINS);
        for (int epoch = 0; epoch < 20; epoch++) {
            c.epoch();
            r.epoch();
        }
        assertEquals(20, c.epochCount());
        assertEquals(20, r.epochCount());
    }
}
