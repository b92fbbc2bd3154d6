package org.mlpsandbox.plugins.activation;

import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;

/**
 * The rectified linear unit, f(z) = max(0, z); f′(z) = 1 for z &gt; 0, otherwise 0 (so 0 at the kink).
 *
 * <p>A NaN input gives NaN, so a diverging network is noticed rather than hidden behind zeros.
 */
public final class Relu implements Activation {

    public Relu() {
    }

    @Override
    public String id() {
        return "relu";
    }

    @Override
    public String displayName() {
        return "ReLU";
    }

    @Override
    public double apply(double z) {
        return Math.max(0.0, z);
    }

    @Override
    public double derivative(double z) {
        return z > 0 ? 1 : 0;
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = Math.max(0.0, z[i]);
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = gradA[i] * (z[i] > 0 ? 1.0 : 0.0);
        }
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id(), "relu({z})", """
                    /** ReLU: max(0, z). */
                    private static double[] relu(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = Math.max(0.0, z[j]);
                        }
                        return z;
                    }
                """, "_relu({z})", """
                def _relu(z):
                    return np.maximum(z, 0.0)
                """));
    }
}
