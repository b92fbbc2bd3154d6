package org.mlpsandbox.plugins.activation;

import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;

/**
 * The logistic sigmoid, σ(z) = 1 / (1 + e^(−z)); σ′(z) = σ(z)·(1 − σ(z)).
 *
 * <p>For large |z| the exponential overflows to infinity or underflows to zero and σ becomes exactly 0 or 1, never
 * NaN. The backward pass uses the stored activation a: ∂C/∂z = ∂C/∂a · a(1 − a), with no second exponential (except
 * where a has saturated to exactly 0 or 1 and the slope is taken from z instead).
 */
public final class Sigmoid implements Activation {

    public Sigmoid() {
    }

    @Override
    public String id() {
        return "sigmoid";
    }

    @Override
    public String displayName() {
        return "Sigmoid";
    }

    @Override
    public double apply(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Override
    public double derivative(double z) {
        double s = apply(z);
        return s * (1 - s);
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = 1 / (1 + Math.exp(-z[i]));
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double ai = a[i];
            double slope = ai * (1 - ai);
            // a saturates to exactly 0 or 1 for |z| > ~37, where a(1 - a) is 0 but the true slope is not:
            // σ′(z) = e^(-|z|) / (1 + e^(-|z|))² ≈ e^(-|z|); keep it so a confidently wrong output can still learn
            gradZ[i] = gradA[i] * (slope != 0 ? slope : Math.exp(-Math.abs(z[i])));
        }
    }

    @Override
    public String toString() {
        return id();
    }

    @Override
    public OutputKind outputKind() {
        return OutputKind.PROBABILITIES;
    }

    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id(), "sigmoid({z})", """
                    /** Logistic sigmoid: 1 / (1 + e^(-z)). */
                    private static double[] sigmoid(double[] z) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = 1 / (1 + Math.exp(-z[j]));
                        }
                        return z;
                    }
                """, "_sigmoid({z})", """
                def _sigmoid(z):
                    with np.errstate(over="ignore"):
                        return 1.0 / (1.0 + np.exp(-z))
                """));
    }
}
