package org.mlpsandbox.engine.train;

import org.mlpsandbox.api.Optimizer;

/**
 * For tests: plain SGD (p ← p − η·g, as the built-in) whose state number {@code failingState} (in the order the
 * trainer makes them: layer 1 weights, layer 1 biases, layer 2 weights, …) throws on its {@code failAt}-th update,
 * once; {@code claimsPlain}: its states say they are plain gradient descent (so large layers train fused).
 */
final class FailingOnce implements Optimizer {
    private final int failAt;
    private final int failingState;
    private final boolean claimsPlain;
    private int states;

    FailingOnce(int failAt, int failingState, boolean claimsPlain) {
        this.failAt = failAt;
        this.failingState = failingState;
        this.claimsPlain = claimsPlain;
    }

    @Override
    public String id() {
        return claimsPlain ? "test.plain-fails-once" : "test.fails-once";
    }

    @Override
    public String displayName() {
        return id();
    }

    @Override
    public State newState(int size) {
        boolean failing = states++ == failingState;
        int[] updates = {0};
        return new State() {
            @Override
            public void update(double[] parameters, double[] gradient, double learningRate) {
                if (failing && ++updates[0] == failAt) {
                    throw new IllegalStateException("failing once, as asked");
                }
                for (int i = 0; i < parameters.length; i++) {
                    parameters[i] -= learningRate * gradient[i];
                }
            }

            @Override
            public boolean isPlainGradientDescent() {
                return claimsPlain;
            }
        };
    }
}
