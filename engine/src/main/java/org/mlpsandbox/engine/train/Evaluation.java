package org.mlpsandbox.engine.train;

/**
 * A network's mean loss on a dataset, and its accuracy for classification.
 *
 * @param loss     mean loss over the samples ({@code NaN} for an empty dataset)
 * @param accuracy fraction of samples classified right, in [0, 1]; {@code NaN} for regression or no samples
 * @param samples  how many samples were evaluated
 */
public record Evaluation(double loss, double accuracy, int samples) {

    public static final Evaluation NONE = new Evaluation(Double.NaN, Double.NaN, 0);
}
