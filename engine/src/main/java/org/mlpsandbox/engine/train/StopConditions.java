package org.mlpsandbox.engine.train;

/**
 * When to stop training before the last epoch. Each is off unless set; the loop that runs the epochs checks them
 * after every epoch with an {@link EarlyStopping}.
 *
 * @param stopAtLoss stop once the epoch's training loss is at most this; {@code NaN} for off
 * @param patience   stop when the test loss (the training loss without a test set) has not improved for this many
 *                   epochs, and go back to the weights of the best epoch; 0 for off
 * @param maxSeconds stop once training has taken this many seconds; {@code NaN} for off
 */
public record StopConditions(double stopAtLoss, int patience, double maxSeconds) {

    /** Train every epoch. */
    public static final StopConditions NONE = new StopConditions(Double.NaN, 0, Double.NaN);

    public StopConditions {
        if (!Double.isNaN(stopAtLoss) && !Double.isFinite(stopAtLoss)) {
            throw new IllegalArgumentException("the loss to stop at must be a number, got " + stopAtLoss);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be 0 (off) or a number of epochs, got " + patience);
        }
        if (!Double.isNaN(maxSeconds) && !(maxSeconds > 0)) {
            throw new IllegalArgumentException("the time limit must be a positive number of seconds, got "
                    + maxSeconds);
        }
    }

    /** Whether any condition is set. */
    public boolean any() {
        return !Double.isNaN(stopAtLoss) || patience > 0 || !Double.isNaN(maxSeconds);
    }

    @Override
    public String toString() {
        return any() ? (Double.isNaN(stopAtLoss) ? "" : "stop at loss " + stopAtLoss + " ")
                + (patience > 0 ? "patience " + patience + " " : "")
                + (Double.isNaN(maxSeconds) ? "" : "at most " + maxSeconds + " s") : "no early stop";
    }
}
