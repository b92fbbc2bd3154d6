package org.mlpsandbox.engine.net;

/**
 * What the backward pass computes for one batch: per layer ∂C/∂W ({@code outputs × inputs}, row-major) and ∂C/∂b,
 * and the squared norm Σ (∂C/∂W)², which the weight-gradient product returns as it writes ∂C/∂W (so training gets the
 * norm without a pass of its own). Buffers sized once, refilled by every {@link Network#backward}.
 */
public final class Gradients {

    private final double[][] weights;
    private final double[][] bias;
    private final double[] weightSquares;

    Gradients(Network network) {
        int n = network.layerCount();
        weights = new double[n][];
        bias = new double[n][];
        weightSquares = new double[n];
        for (int l = 0; l < n; l++) {
            weights[l] = new double[network.layer(l).weights().length];
            bias[l] = new double[network.layer(l).outputs()];
        }
    }

    /** ∂C/∂W of layer {@code l} ({@code outputs × inputs}). */
    public double[] weights(int l) {
        return weights[l];
    }

    /** ∂C/∂b of layer {@code l}. */
    public double[] bias(int l) {
        return bias[l];
    }

    /**
     * Σ (∂C/∂W)² of layer {@code l} as the backward pass computed it: NaN or ∞ when a value is not finite. Whoever
     * changes {@link #weights} afterwards (regularisation) has to measure again.
     */
    public double weightSquares(int l) {
        return weightSquares[l];
    }

    void setWeightSquares(int l, double value) {
        weightSquares[l] = value;
    }
}
