package org.mlpsandbox.engine.io;

import org.mlpsandbox.engine.train.ProgressEvent;

/**
 * One row of the loss history, usually one per epoch. {@code NaN} marks a value that does not apply (no test set,
 * no accuracy for regression).
 *
 * @param epoch     complete epochs so far
 * @param step      training steps (batches) so far
 * @param trainLoss mean training loss over the steps since the previous row
 * @param testLoss  loss on the whole test set, or {@code NaN} without one
 * @param accuracy  fraction classified right, in [0, 1]: on the test set when there is one, otherwise the running
 *                  training accuracy since the previous row; {@code NaN} for regression
 */
public record HistoryRow(long epoch, long step, double trainLoss, double testLoss, double accuracy) {

    /** The row for a progress event, with the accuracy rule above. */
    public static HistoryRow of(ProgressEvent event) {
        double accuracy = event.test().samples() > 0 ? event.test().accuracy() : event.trainAccuracy();
        return new HistoryRow(event.epoch(), event.step(), event.trainLoss(), event.testLoss(), accuracy);
    }
}
