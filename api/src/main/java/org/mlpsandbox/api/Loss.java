package org.mlpsandbox.api;

/**
 * A cost C comparing the network's output with the targets, averaged over the samples of a batch.
 *
 * <p>Both methods take the output {@code y} and targets {@code t} as {@code rows × cols} arrays (one row per sample,
 * one column per output neuron). The value returned is the <em>mean over rows</em> of the per-sample cost, so that the
 * learning rate does not depend on the batch size. Instances must be immutable.
 */
public interface Loss extends Plugin {

    /**
     * The mean cost of a batch.
     *
     * @param y reads the network's outputs, {@code rows × cols}
     * @param t reads the targets, {@code rows × cols}
     * @return the mean over the {@code rows} samples of the per-sample cost
     */
    double value(double[] y, double[] t, int rows, int cols);

    /**
     * The mean cost of a batch and its gradient with respect to every output.
     *
     * @param y    reads the network's outputs, {@code rows × cols}
     * @param t    reads the targets, {@code rows × cols}
     * @param grad writes ∂C/∂y, {@code rows × cols}, for the <em>mean</em> cost (so each entry carries the 1/rows)
     * @return the same value as {@link #value}
     */
    double valueAndGradient(double[] y, double[] t, double[] grad, int rows, int cols);

    /**
     * The outputs this loss is meant for, for advice on pairing it with an output activation: any numbers (the
     * default, e.g. mean squared error), probabilities of separate yes/no answers (log-loss), or one probability
     * distribution (categorical cross-entropy). A loss expecting probabilities is a loss for classes.
     */
    default Activation.OutputKind expects() {
        return Activation.OutputKind.ANY;
    }

    @Override
    default Loss configure(Parameters parameters) {
        return this;
    }
}
