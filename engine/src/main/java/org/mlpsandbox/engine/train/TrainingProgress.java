package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * What a trainer reports: the training loss and accuracy averaged over the steps since the last event, the samples and
 * time so far, and the last evaluation of the test set.
 */
final class TrainingProgress {

    private final Network network;
    private final Dataset test;
    private Workspace evalWorkspace;
    private Evaluation lastTest;
    private double lossSum;
    private long lossSteps;
    private long correct;
    private long counted;
    private long samplesSeen;
    private long elapsedNanos;

    /** @param test held-out samples, or {@code null} */
    TrainingProgress(Network network, Dataset test) {
        this.network = network;
        this.test = test;
    }

    /**
     * Adds one step.
     *
     * @param loss  the batch's mean loss
     * @param right right answers in the batch, or −1 when the data are not classes
     * @param rows  samples in the batch
     * @param nanos how long the step took
     */
    void add(double loss, int right, int rows, long nanos) {
        lossSum += loss;
        lossSteps++;
        if (right >= 0) {
            correct += right;
            counted += rows;
        }
        samplesSeen += rows;
        elapsedNanos += nanos;
    }

    /** Right answers among {@code rows} rows of outputs {@code y} and targets {@code t}, {@code cols} values each. */
    static int countRight(double[] y, double[] t, int rows, int cols) {
        int right = 0;
        for (int r = 0; r < rows; r++) {
            if (Vectors.classOf(y, r * cols, cols) == Vectors.classOf(t, r * cols, cols)) {
                right++;
            }
        }
        return right;
    }

    /** Loss and accuracy of the network on a whole dataset, in chunks. */
    Evaluation evaluate(Dataset data) {
        if (data == null || data.size() == 0) {
            return Evaluation.NONE;
        }
        if (evalWorkspace == null) {
            evalWorkspace = network.newWorkspace(256);
        }
        return Evaluator.evaluate(network, data, evalWorkspace);
    }

    /**
     * An event for now, evaluating the test set again when asked (or never yet evaluated); starts new averages.
     */
    ProgressEvent event(long step, long epoch, double[] gradientNorms, boolean evaluateTest) {
        if (evaluateTest || lastTest == null) {
            lastTest = evaluate(test);
        }
        double trainLoss = lossSteps == 0 ? Double.NaN : lossSum / lossSteps;
        double trainAccuracy = counted == 0 ? Double.NaN : (double) correct / counted;
        lossSum = 0;
        lossSteps = 0;
        correct = 0;
        counted = 0;
        return new ProgressEvent(step, epoch, trainLoss, trainAccuracy, lastTest, gradientNorms, samplesSeen,
                elapsedNanos);
    }
}
