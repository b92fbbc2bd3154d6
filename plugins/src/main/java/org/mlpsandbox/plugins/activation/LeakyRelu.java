package org.mlpsandbox.plugins.activation;

import java.util.List;
import java.util.Optional;
import org.mlpsandbox.api.ActivationCode;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Parameters;

/**
 * The leaky ReLU, f(z) = z for z &gt; 0, otherwise α·z; f′(z) = 1 for z &gt; 0, otherwise α.
 *
 * <p>Hyperparameter {@code alpha} (α): the slope for z &lt; 0, default 0.01, range 0..1. With α = 0 this is the ReLU,
 * with α = 1 the identity.
 */
public final class LeakyRelu implements Activation {

    private static final Hyperparameter ALPHA = new Hyperparameter("alpha", "Slope for z < 0", 0.01, 0, 1);

    private final double alpha;

    /** The prototype, with the default slope. */
    public LeakyRelu() {
        this(ALPHA.defaultValue());
    }

    private LeakyRelu(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public String id() {
        return "leaky-relu";
    }

    @Override
    public String displayName() {
        return "Leaky ReLU";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(ALPHA);
    }

    @Override
    public LeakyRelu configure(Parameters parameters) {
        return new LeakyRelu(parameters.get(ALPHA.key()));
    }

    @Override
    public double apply(double z) {
        return z > 0 ? z : alpha * z;
    }

    @Override
    public double derivative(double z) {
        return z > 0 ? 1 : alpha;
    }

    @Override
    public void forward(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double zi = z[i];
            a[i] = zi > 0 ? zi : alpha * zi;
        }
    }

    @Override
    public void backward(double[] z, double[] a, double[] gradA, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            gradZ[i] = gradA[i] * (z[i] > 0 ? 1.0 : alpha);
        }
    }

    @Override
    public String toString() {
        return id() + "(alpha=" + alpha + ")";
    }

    @Override
    public Optional<ActivationCode> code() {
        return Optional.of(new ActivationCode(id() + " (alpha " + alpha + ")", "leakyRelu({z}, " + alpha + ")", """
                    /** Leaky ReLU: z for z > 0, otherwise alpha*z. */
                    private static double[] leakyRelu(double[] z, double alpha) {
                        for (int j = 0; j < z.length; j++) {
                            z[j] = z[j] > 0 ? z[j] : alpha * z[j];
                        }
                        return z;
                    }
                """, "_leaky_relu({z}, " + alpha + ")", """
                def _leaky_relu(z, alpha):
                    return np.where(z > 0, z, alpha * z)
                """));
    }
}
