package org.mlpsandbox.engine.train;

/**
 * Where training stands, as an immutable record handed to listeners.
 *
 * @param step           batches done since the start of training
 * @param epoch          complete passes over the training data
 * @param trainLoss      mean batch loss over the steps since the previous event (the running training loss)
 * @param trainAccuracy  fraction right over those steps' samples, {@code NaN} for regression
 * @param test           loss and accuracy on the whole test set, {@link Evaluation#NONE} without one
 * @param gradientNorms  per layer, the Euclidean norm of ∂C/∂W at the last step (first hidden layer first)
 * @param samplesSeen    training samples processed since the start
 * @param elapsedNanos   time spent in training steps since the start
 */
public record ProgressEvent(long step, long epoch, double trainLoss, double trainAccuracy, Evaluation test,
                            double[] gradientNorms, long samplesSeen, long elapsedNanos) {

    public ProgressEvent {
        gradientNorms = gradientNorms.clone();
    }

    @Override
    public double[] gradientNorms() {
        return gradientNorms.clone();
    }

    /** The test loss, or {@code NaN} without a test set. */
    public double testLoss() {
        return test.loss();
    }

    /** Training samples per second of training time. */
    public double samplesPerSecond() {
        return elapsedNanos == 0 ? 0 : samplesSeen * 1e9 / elapsedNanos;
    }
}
