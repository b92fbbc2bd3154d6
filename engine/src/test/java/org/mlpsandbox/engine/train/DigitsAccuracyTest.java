package org.mlpsandbox.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.data.Mnist;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * The digits target of the handwritten-digits lesson: a 784-100-10 network learns the shipped MNIST subset (8,000
 * training and 2,000 test digits) to at least 92 % test accuracy within 10 epochs, with a fixed seed. Training stops
 * as soon as the target is reached, so the test takes a few seconds.
 */
class DigitsAccuracyTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.builtIn();
    private static TrainTestSplit digits;

    @BeforeAll
    static void readDigits() throws IOException {
        digits = Mnist.shippedDigits();
    }

    /** Trains epoch by epoch until the test accuracy reaches {@code target}; returns the accuracy per epoch. */
    private static double[] trainUntil(NetworkSpec spec, TrainingSettings settings, int maxEpochs, double target) {
        Network network = Network.build(spec, PLUGINS);
        Trainer trainer = new Trainer(network, digits.train(), digits.test(), settings, PLUGINS);
        double[] accuracy = new double[maxEpochs];
        for (int e = 0; e < maxEpochs; e++) {
            trainer.epoch();
            accuracy[e] = trainer.evaluate(digits.test()).accuracy();
            if (accuracy[e] >= target) {
                return java.util.Arrays.copyOf(accuracy, e + 1);
            }
        }
        return accuracy;
    }

    private static NetworkSpec spec(String output, String loss) {
        return new NetworkSpec(784, List.of(LayerSpec.of(100, "sigmoid"), LayerSpec.of(10, output)),
                PluginChoice.of(loss), PluginChoice.of("xavier-uniform"), 12);
    }

    @Test
    void softmaxCrossEntropyReaches92PercentWithin10Epochs() {
        assertEquals(8000, digits.train().size());
        assertEquals(2000, digits.test().size());
        TrainingSettings sgd = new TrainingSettings(PluginChoice.of("sgd"), 0.5, Double.NaN, 10, 0, 0, true, 12);
        long start = System.nanoTime();
        double[] accuracy = trainUntil(spec("softmax", "categorical-cross-entropy"), sgd, 10, 0.92);
        double best = accuracy[accuracy.length - 1];
        System.out.printf("digits 784-100-10 softmax/CE: %.1f %% after %d epoch(s), %.1f s%n", 100 * best,
                accuracy.length, (System.nanoTime() - start) / 1e9);
        assertTrue(best >= 0.92, "test accuracy per epoch: " + java.util.Arrays.toString(accuracy));
    }

    @Test
    void sigmoidMeanSquaredErrorLearnsToo() {
        TrainingSettings sgd = new TrainingSettings(PluginChoice.of("sgd"), 15.0, Double.NaN, 10, 0, 0, true, 12);
        long start = System.nanoTime();
        double[] accuracy = trainUntil(spec("sigmoid", "mse"), sgd, 5, 0.80);
        double best = accuracy[accuracy.length - 1];
        System.out.printf("digits 784-100-10 sigmoid/MSE: %.1f %% after %d epoch(s), %.1f s%n", 100 * best,
                accuracy.length, (System.nanoTime() - start) / 1e9);
        assertTrue(best >= 0.80, "test accuracy per epoch: " + java.util.Arrays.toString(accuracy));
    }
}
