package org.mlpsandbox.plugins.optim;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;

/**
 * AdaMax (Kingma &amp; Ba, 2015, Algorithm 2): Adam with the root mean square replaced by an exponentially weighted
 * infinity norm, which needs no bias correction. With gradient g, learning rate η and step number t = 1, 2, …:
 * <pre>
 *   m ← β₁·m + (1 − β₁)·g             (m and u start at 0)
 *   u ← max(β₂·u, |g|)
 *   p ← p − (η / (1 − β₁^t))·m / (u + ε)
 * </pre>
 * The paper has no ε; like Keras we add it to the denominator so that a gradient that has been 0 from the start
 * gives a step of 0 rather than 0/0. The first step moves each parameter by η·g / (|g| + ε) ≈ η·sign(g).
 *
 * <p>Hyperparameters: {@code beta1} β₁, default 0.9, range 0..0.999; {@code beta2} β₂, default 0.999, range
 * 0..0.99999; {@code epsilon} ε, default 1e-8, range 1e-12..1. The paper suggests a learning rate of 0.002.
 */
public final class AdaMax implements Optimizer {

    private static final Hyperparameter BETA1 = new Hyperparameter("beta1", "Decay of the gradient average (β₁)",
            0.9, 0, 0.999);
    private static final Hyperparameter BETA2 = new Hyperparameter("beta2", "Decay of the gradient maximum (β₂)",
            0.999, 0, 0.99999);
    private static final Hyperparameter EPSILON = new Hyperparameter("epsilon", "Epsilon (ε)", 1e-8, 1e-12, 1);

    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** The prototype, with the paper's defaults β₁ = 0.9, β₂ = 0.999, and ε = 1e-8. */
    public AdaMax() {
        this(BETA1.defaultValue(), BETA2.defaultValue(), EPSILON.defaultValue());
    }

    private AdaMax(double beta1, double beta2, double epsilon) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "adamax";
    }

    @Override
    public String displayName() {
        return "AdaMax";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(BETA1, BETA2, EPSILON);
    }

    @Override
    public AdaMax configure(Parameters parameters) {
        return new AdaMax(parameters.get(BETA1.key()), parameters.get(BETA2.key()), parameters.get(EPSILON.key()));
    }

    @Override
    public State newState(int size) {
        return new AdaMaxState(beta1, beta2, epsilon, size);
    }

    @Override
    public String toString() {
        return id() + "(beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
    }

    private static final class AdaMaxState implements State {
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private final double[] m;
        private final double[] u;
        private int t;

        AdaMaxState(double beta1, double beta2, double epsilon, int size) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.m = new double[size];
            this.u = new double[size];
        }

        @Override
        public void update(double[] parameters, double[] gradient, double learningRate) {
            t++;
            double stepSize = learningRate / (1 - Math.pow(beta1, t));
            for (int i = 0; i < m.length; i++) {
                double g = gradient[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                u[i] = Math.max(beta2 * u[i], Math.abs(g));
                parameters[i] -= stepSize * m[i] / (u[i] + epsilon);
            }
        }
    }
}
