package org.mlpsandbox.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import picocli.CommandLine.Option;

/** {@code train}'s training options: how the network is trained. */
final class TrainingOptions {

    @Option(names = "--optimizer", paramLabel = "ID",
            description = "Optimizer, e.g. sgd, adam, rmsprop (default sgd).")
    String optimizer = "sgd";

    @Option(names = "--lr", paramLabel = "RATE",
            description = "Learning rate (default 0.1 for sgd, 0.01 for the others).")
    Double learningRate;

    @Option(names = "--bias-lr", paramLabel = "RATE",
            description = "Learning rate of the biases (default: the same as --lr).")
    Double biasLearningRate;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "An optimizer hyperparameter, e.g. beta1=0.9 or momentum=0.9 (repeatable).")
    Map<String, Double> optimizerParameters = new LinkedHashMap<>();

    @Option(names = "--lr-schedule", paramLabel = "SCHEDULE",
            description = "How the rate changes per epoch: constant (default), step(every=E,factor=F), "
                    + "exponential(gamma=G) or cosine(epochs=E); or step:every=E:factor=F without quotes.")
    String schedule;

    @Option(names = "--batch", paramLabel = "N",
            description = "Samples per step: 1 = one at a time, a large N = full batch (default 10).")
    int batch = 10;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Passes over the training data (default 100; 10 for digits and MNIST).")
    Integer epochs;

    @Option(names = "--l1", paramLabel = "LAMBDA", description = "L1 regularisation strength (default 0).")
    double l1;

    @Option(names = "--l2", paramLabel = "LAMBDA", description = "L2 regularisation strength (default 0).")
    double l2;

    @Option(names = "--no-shuffle",
            description = "Keep the samples in order instead of reshuffling them every epoch.")
    boolean noShuffle;

    @Option(names = "--seed", paramLabel = "S",
            description = "One seed for everything (default 1): the data use S (and S+1 for the split), the "
                    + "initial weights S+2, the shuffling S+3.")
    long seed = 1;

    /**
     * The {@code --lr-schedule}, constant when not given.
     *
     * @throws IllegalArgumentException naming the option when the text is not a schedule
     */
    LearningRateSchedule schedule() {
        try {
            return schedule == null ? LearningRateSchedule.CONSTANT : LearningRateSchedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--lr-schedule " + schedule + ": " + e.getMessage(), e);
        }
    }
}
