package org.mlpsandbox.plugins.optim;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;

/**
 * Adam (Kingma &amp; Ba, 2015, Algorithm 1): running averages of the gradient and of its square, with bias correction.
 * With gradient g, learning rate η and step number t = 1, 2, …, per step:
 * <pre>
 *   m ← β₁·m + (1 − β₁)·g             (m and v start at 0)
 *   v ← β₂·v + (1 − β₂)·g²
 *   m̂ = m / (1 − β₁^t),   v̂ = v / (1 − β₂^t)
 *   p ← p − η·m̂ / (√v̂ + ε)
 * </pre>
 * The first step therefore moves each parameter by η·g / (|g| + ε) ≈ η·sign(g).
 *
 * <p>Hyperparameters: {@code beta1} β₁, default 0.9, range 0..0.999; {@code beta2} β₂, default 0.999, range
 * 0..0.99999; {@code epsilon} ε, default 1e-8, range 1e-12..1. Typical learning rates are around 0.001.
 */
public final class Adam implements Optimizer {

    private static final Hyperparameter BETA1 = new Hyperparameter("beta1", "Decay of the gradient average (β₁)",
            0.9, 0, 0.999);
    private static final Hyperparameter BETA2 = new Hyperparameter("beta2",
            "Decay of the squared gradient average (β₂)", 0.999, 0, 0.99999);
    private static final Hyperparameter EPSILON = new Hyperparameter("epsilon", "Epsilon (ε)", 1e-8, 1e-12, 1);

    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** The prototype, with the paper's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public Adam() {
        this(BETA1.defaultValue(), BETA2.defaultValue(), EPSILON.defaultValue());
    }

    private Adam(double beta1, double beta2, double epsilon) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "adam";
    }

    @Override
    public String displayName() {
        return "Adam";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(BETA1, BETA2, EPSILON);
    }

    @Override
    public Adam configure(Parameters parameters) {
        return new Adam(parameters.get(BETA1.key()), parameters.get(BETA2.key()), parameters.get(EPSILON.key()));
    }

    @Override
    public State newState(int size) {
        return new AdamState(beta1, beta2, epsilon, size);
    }

    @Override
    public String toString() {
        return id() + "(beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
    }

    private static final class AdamState implements State {
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private final double[] m;
        private final double[] v;
        private int t;

        AdamState(double beta1, double beta2, double epsilon, int size) {
            this.beta1 = beta1;
            this.beta2 = beta2;
            this.epsilon = epsilon;
            this.m = new double[size];
            this.v = new double[size];
        }

        @Override
        public void update(double[] parameters, double[] gradient, double learningRate) {
            t++;
            double correction1 = 1 - Math.pow(beta1, t);
            double correction2 = 1 - Math.pow(beta2, t);
            for (int i = 0; i < m.length; i++) {
                double g = gradient[i];
                m[i] = beta1 * m[i] + (1 - beta1) * g;
                v[i] = beta2 * v[i] + (1 - beta2) * g * g;
                double mHat = m[i] / correction1;
                double vHat = v[i] / correction2;
                parameters[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
            }
        }
    }
}
