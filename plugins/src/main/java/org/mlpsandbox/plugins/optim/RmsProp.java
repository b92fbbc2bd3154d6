package org.mlpsandbox.plugins.optim;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;

/**
 * RMSProp (Hinton, Coursera lecture 6e), as in PyTorch and Keras: each parameter's step is divided by a running
 * root mean square of its recent gradients. With gradient g, learning rate η, decay ρ and ε, per step:
 * <pre>
 *   s ← ρ·s + (1 − ρ)·g²              (s starts at 0)
 *   p ← p − η·g / (√s + ε)
 * </pre>
 * Hyperparameters: {@code rho} ρ, default 0.9, range 0..0.9999; {@code epsilon} ε, default 1e-8, range 1e-12..1.
 * Typical learning rates are around 0.001.
 */
public final class RmsProp implements Optimizer {

    private static final Hyperparameter RHO = new Hyperparameter("rho", "Decay of the squared gradient average (ρ)",
            0.9, 0, 0.9999);
    private static final Hyperparameter EPSILON = new Hyperparameter("epsilon", "Epsilon (ε)", 1e-8, 1e-12, 1);

    private final double rho;
    private final double epsilon;

    /** The prototype, with the defaults ρ = 0.9, ε = 1e-8. */
    public RmsProp() {
        this(RHO.defaultValue(), EPSILON.defaultValue());
    }

    private RmsProp(double rho, double epsilon) {
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    public String id() {
        return "rmsprop";
    }

    @Override
    public String displayName() {
        return "RMSProp";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(RHO, EPSILON);
    }

    @Override
    public RmsProp configure(Parameters parameters) {
        return new RmsProp(parameters.get(RHO.key()), parameters.get(EPSILON.key()));
    }

    @Override
    public State newState(int size) {
        return new RmsPropState(rho, epsilon, size);
    }

    @Override
    public String toString() {
        return id() + "(rho=" + rho + ", epsilon=" + epsilon + ")";
    }

    private static final class RmsPropState implements State {
        private final double rho;
        private final double epsilon;
        private final double[] meanSquare;

        RmsPropState(double rho, double epsilon, int size) {
            this.rho = rho;
            this.epsilon = epsilon;
            this.meanSquare = new double[size];
        }

        @Override
        public void update(double[] parameters, double[] gradient, double learningRate) {
            double[] s = meanSquare;
            for (int i = 0; i < s.length; i++) {
                double g = gradient[i];
                s[i] = rho * s[i] + (1 - rho) * g * g;
                parameters[i] -= learningRate * g / (Math.sqrt(s[i]) + epsilon);
            }
        }
    }
}
