package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.TestNets;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginChoice;

/** Smoke tests that the whole loop learns the lessons' problems, each with a fixed seed. */
class LearningTest {

    private static Evaluation train(String layout, String loss, String data, int samples, double noise,
                                    TrainingSettings settings, int epochs) {
        Dataset all = Generators.generate(data, samples, noise, 11);
        Network net = TestNets.build(layout, loss, "xavier-uniform", 3);
        TrainTestSplit split = TrainTestSplit.split(all.withTargetColumns(net.outputs()), 0.3, 5);
        Trainer t = new Trainer(net, split.train(), split.test(), settings, TestNets.PLUGINS);
        for (int e = 0; e < epochs; e++) {
            t.epoch();
        }
        return t.evaluate(split.test());
    }

    private static TrainingSettings adam(double lr, int batch) {
        return TrainingSettings.defaults().withOptimizer(PluginChoice.of("adam")).withLearningRate(lr)
                .withBatchSize(batch);
    }

    @Test
    void circleWithTwoTanhLayers() {
        Evaluation e = train("2,8:tanh,8:tanh,1:sigmoid", "log-loss", "circle", 500, 0.1, adam(0.01, 10), 100);
        assertTrue(e.accuracy() >= 0.97, "circle test accuracy " + e.accuracy());
    }

    @Test
    void circleWithTheTutorials232Softmax() {
        Evaluation e = train("2,3:relu,2:softmax", "categorical-cross-entropy", "circle", 500, 0.1, adam(0.02, 10),
                200);
        assertTrue(e.accuracy() >= 0.9, "2-3-2 circle test accuracy " + e.accuracy());
    }

    @Test
    void spiralWithALargerNet() {
        Evaluation e = train("2,32:tanh,32:tanh,32:tanh,1:sigmoid", "log-loss", "spiral", 600, 0.05,
                adam(0.01, 16), 300);
        assertTrue(e.accuracy() >= 0.90, "spiral test accuracy " + e.accuracy());
    }

    @Test
    void sineIsFitted() {
        Evaluation e = train("1,16:tanh,16:tanh,1:identity", "mse", "sine", 300, 0.0, adam(0.01, 10), 300);
        assertTrue(e.loss() < 0.01, "sine test MSE " + e.loss());
    }
}
