package org.mlpsandbox.plugins.activation;

import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;

/**
 * Softmax over each row (sample) of a layer: a_j = e^(z_j) / Σ_k e^(z_k). The outputs are positive and sum to 1, so
 * they read as class probabilities; the usual partner of categorical cross-entropy.
 *
 * <p>Not elementwise: every output depends on the whole row, so {@link #apply} and {@link #derivative} throw. The
 * forward pass subtracts the row maximum before exponentiating (the result is unchanged, but e^(z − max) ≤ 1 cannot
 * overflow). The backward pass is the vector–Jacobian product of ∂a_j/∂z_i = a_j(δ_ij − a_i):
 * ∂C/∂z_j = a_j · (∂C/∂a_j − Σ_k ∂C/∂a_k · a_k).
 */
public final class Softmax implements Activation {

    public Softmax() {
    }

    @Override
    public String id() {
        return "softmax";
    }

    @Override
    public String displayName() {
        return "Softmax";
    }

    @Override
    public boolean elementwise() {
        return false;
    }

    @Override
    public int minimumWidth() {
        return 2;
    }

    @Override
    public double apply(double z) {
        throw new UnsupportedOperationException("softmax works on a whole layer (a row of z), not on one value: "
                + "use forward/backward");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException("softmax works on a whole layer (a row of z), not on one value: "
                + "use forward/backward");
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = start; i < end; i++) {
                max = Math.max(max, z[i]);
            }
            double sum = 0;
            for (int i = start; i < end; i++) {
                double e = Math.exp(z[i] - max);
                a[i] = e;
                sum += e;
            }
            double inverse = 1 / sum;
            for (int i = start; i < end; i++) {
                a[i] *= inverse;
            }
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            double dot = 0;
            for (int i = start; i < end; i++) {
                dot += gradA[i] * a[i];
            }
            // gradZ may be gradA: the dot product above is complete before any entry is overwritten.
            for (int i = start; i < end; i++) {
                gradZ[i] = a[i] * (gradA[i] - dot);
            }
        }
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public OutputKind outputKind() {
        return OutputKind.DISTRIBUTION;
    }

    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id(), "softmax({z})", """
                    /** Softmax: e^(z_j - max) / sum_k e^(z_k - max); subtracting the maximum avoids overflow. */
                    private static double[] softmax(double[] z) {
                        double max = Double.NEGATIVE_INFINITY;
                        for (double v : z) {
                            max = Math.max(max, v);
                        }
                        double sum = 0;
                        for (int j = 0; j < z.length; j++) {
                            z[j] = Math.exp(z[j] - max);
                            sum += z[j];
                        }
                        double inverse = 1 / sum;
                        for (int j = 0; j < z.length; j++) {
                            z[j] *= inverse;
                        }
                        return z;
                    }
                """, "_softmax({z})", """
                def _softmax(z):
                    e = np.exp(z - np.max(z, axis=-1, keepdims=True))
                    return e * (1.0 / np.sum(e, axis=-1, keepdims=True))
                """));
    }
}
