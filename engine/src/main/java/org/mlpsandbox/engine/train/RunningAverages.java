package org.mlpsandbox.engine.train;

/** The training loss and accuracy averaged over the steps since the last {@link #reset}. */
final class RunningAverages {

    private double lossSum;
    private long lossSteps;
    private long correct;
    private long counted;

    /**
     * Adds one step.
     *
     * @param loss  the batch's mean loss
     * @param right right answers in the batch, or −1 when the data are not classes
     * @param rows  samples in the batch
     */
    void add(double loss, int right, int rows) {
        lossSum += loss;
        lossSteps++;
        if (right >= 0) {
            correct += right;
            counted += rows;
        }
    }

    /** The mean of the batches' losses, NaN without steps. */
    double loss() {
        return lossSteps == 0 ? Double.NaN : lossSum / lossSteps;
    }

    /** The share of right answers, NaN without classified samples. */
    double accuracy() {
        return counted == 0 ? Double.NaN : (double) correct / counted;
    }

    void reset() {
        lossSum = 0;
        lossSteps = 0;
        correct = 0;
        counted = 0;
    }
}
