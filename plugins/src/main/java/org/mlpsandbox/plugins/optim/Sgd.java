package org.mlpsandbox.plugins.optim;

import java.util.List;
import org.mlpsandbox.api.Hyperparameter;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.api.Parameters;

/**
 * Stochastic gradient descent, with optional momentum, in PyTorch's formulation (Keras keeps η inside v, which
 * differs only when the learning rate changes during training). With gradient g, learning rate η and momentum μ,
 * per step:
 * <pre>
 *   v ← μ·v + g                       (v starts at 0, so the first step has v = g)
 *   p ← p − η·v                       classical momentum
 *   p ← p − η·(g + μ·v)               Nesterov momentum (with the new v)
 * </pre>
 * With μ = 0 (the default) both are plain gradient descent, p ← p − η·g.
 *
 * <p>Hyperparameters: {@code momentum} μ, default 0, range 0..0.999; {@code nesterov}, a flag, default off.
 */
public final class Sgd implements Optimizer {

    private static final Hyperparameter MOMENTUM = new Hyperparameter("momentum", "Momentum (μ)", 0, 0, 0.999);
    private static final Hyperparameter NESTEROV = Hyperparameter.flag("nesterov", "Nesterov momentum", false);

    private final double momentum;
    private final boolean nesterov;

    /** The prototype: plain gradient descent. */
    public Sgd() {
        this(MOMENTUM.defaultValue(), false);
    }

    private Sgd(double momentum, boolean nesterov) {
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    @Override
    public String id() {
        return "sgd";
    }

    @Override
    public String displayName() {
        return "SGD";
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        return List.of(MOMENTUM, NESTEROV);
    }

    @Override
    public Sgd configure(Parameters parameters) {
        return new Sgd(parameters.get(MOMENTUM.key()), parameters.flag(NESTEROV.key()));
    }

    @Override
    public State newState(int size) {
        return momentum == 0 ? new PlainState() : new SgdState(momentum, nesterov, size);
    }

    @Override
    public String toString() {
        return id() + "(momentum=" + momentum + ", nesterov=" + nesterov + ")";
    }

    /** μ = 0: p ← p − η·g, with no velocity to keep (a third less memory traffic per step). */
    private static final class PlainState implements State {
        @Override
        public void update(double[] parameters, double[] gradient, double learningRate) {
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] -= learningRate * gradient[i];
            }
        }

        @Override
        public boolean isPlainGradientDescent() {
            return true;
        }
    }

    private static final class SgdState implements State {
        private final double momentum;
        private final boolean nesterov;
        private final double[] velocity;

        SgdState(double momentum, boolean nesterov, int size) {
            this.momentum = momentum;
            this.nesterov = nesterov;
            this.velocity = new double[size];
        }

        @Override
        public void update(double[] parameters, double[] gradient, double learningRate) {
            double[] v = velocity;
            for (int i = 0; i < v.length; i++) {
                double g = gradient[i];
                v[i] = momentum * v[i] + g;
                parameters[i] -= learningRate * (nesterov ? g + momentum * v[i] : v[i]);
            }
        }
    }
}
