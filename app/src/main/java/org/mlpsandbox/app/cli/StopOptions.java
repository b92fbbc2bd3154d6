package org.mlpsandbox.app.cli;

import org.mlpsandbox.engine.train.StopConditions;
import picocli.CommandLine.Option;

/** {@code train}'s stop options: when to end before the last epoch. */
final class StopOptions {

    @Option(names = "--stop-at-loss", paramLabel = "X",
            description = "Stop once an epoch's training loss is at most X.")
    Double stopAtLoss;

    @Option(names = "--patience", paramLabel = "N",
            description = "Stop when the test loss has not improved for N epochs, and keep the weights of the best "
                    + "epoch (the training loss without a test part).")
    Integer patience;

    @Option(names = "--max-seconds", paramLabel = "S", description = "Stop after S seconds of training.")
    Double maxSeconds;

    /**
     * The conditions given.
     *
     * @throws IllegalArgumentException naming the option when a value is not allowed
     */
    StopConditions conditions() {
        if (patience != null && patience < 1) {
            throw new IllegalArgumentException("--patience must be at least 1 epoch, got " + patience);
        }
        if (maxSeconds != null && !(maxSeconds > 0)) {
            throw new IllegalArgumentException("--max-seconds must be a positive number, got " + maxSeconds);
        }
        if (stopAtLoss != null && !Double.isFinite(stopAtLoss)) {
            throw new IllegalArgumentException("--stop-at-loss must be a number, got " + stopAtLoss);
        }
        return new StopConditions(stopAtLoss == null ? Double.NaN : stopAtLoss, patience == null ? 0 : patience,
                maxSeconds == null ? Double.NaN : maxSeconds);
    }
}
