package org.mlpsandbox.api;

/**
 * An activation function a = f(z), applied to a layer's weighted inputs.
 *
 * <p><b>Writing one.</b> An elementwise activation implements {@link #apply(double)} and {@link #derivative(double)}
 * and nothing else: the batch methods below have default implementations built from them. Built-ins override the batch
 * methods to go faster. A non-elementwise activation such as softmax overrides {@link #forward} and {@link #backward}
 * (the backward pass is then a vector–Jacobian product over each row) and returns {@code false} from
 * {@link #elementwise()}.
 *
 * <p>Instances must be immutable and safe to share between layers and threads.
 */
public interface Activation extends Plugin {

    /** f(z) for one value. Non-elementwise activations may throw {@link UnsupportedOperationException}. */
    double apply(double z);

    /** f′(z), the slope of f at z. At a kink (ReLU at 0) return either one-sided slope. */
    double derivative(double z);

    /** Whether each output depends on its own input only. {@code false} for softmax. */
    default boolean elementwise() {
        return true;
    }

    /** The smallest layer width this activation makes sense for (2 for softmax). */
    default int minimumWidth() {
        return 1;
    }

    /**
     * This activation (as configured) written out as Java and Python code, for exporting a trained network; empty
     * (the default) when it cannot be exported.
     */
    default java.util.Optional<ActivationCode> code() {
        return java.util.Optional.empty();
    }

    /**
     * What this activation's outputs are, for advice on pairing it with a loss: any numbers (the default), values
     * between 0 and 1 each (sigmoid), or values between 0 and 1 that sum to 1 over the layer (softmax).
     */
    default OutputKind outputKind() {
        return OutputKind.ANY;
    }

    /** What an activation's outputs are (see {@link #outputKind()}) or what a loss expects ({@link Loss#expects()}). */
    enum OutputKind {
        /** Any real numbers. */
        ANY,
        /** Each between 0 and 1: probabilities of separate yes/no answers. */
        PROBABILITIES,
        /** Between 0 and 1 and summing to 1 over the layer: one probability distribution. */
        DISTRIBUTION
    }

    /**
     * Forward pass over a batch.
     *
     * @param z    reads {@code rows × cols} weighted inputs
     * @param a    writes {@code rows × cols} activations; never the same array as {@code z}
     * @param rows samples in the batch
     * @param cols neurons in the layer
     */
    default void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = apply(z[i]);
        }
    }

    /**
     * Backward pass over a batch: turns ∂C/∂a into ∂C/∂z.
     *
     * @param z     reads the {@code rows × cols} weighted inputs of the forward pass
     * @param a     reads the {@code rows × cols} activations {@link #forward} wrote for them
     * @param gradA reads ∂C/∂a, {@code rows × cols}
     * @param gradZ writes ∂C/∂z, {@code rows × cols}; may be the same array as {@code gradA}
     */
    default void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = gradA[i] * derivative(z[i]);
        }
    }

    @Override
    default Activation configure(Parameters parameters) {
        return this;
    }
}
