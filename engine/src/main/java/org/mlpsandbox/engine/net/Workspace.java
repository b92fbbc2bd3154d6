package org.mlpsandbox.engine.net;

import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.Kernels;

/**
 * The buffers of one forward and backward pass over a batch of up to {@code capacity} samples, sized once and reused
 * for every batch so that training allocates nothing per step. Not thread-safe: one workspace per thread.
 *
 * <p>For layer {@code l}, every batch buffer is {@code rows × outputs(l)}, row-major.
 */
public final class Workspace {

    final int capacity;
    /** Weighted inputs z per layer. */
    final double[][] z;
    /** Activations a per layer; {@code a[last]} is the network's output. */
    final double[][] a;
    /** ∂C/∂a then, in place, ∂C/∂z (δ) per layer. */
    final double[][] delta;
    /** ∂C/∂W, ∂C/∂b and Σ (∂C/∂W)² per layer. */
    final Gradients gradients;
    /** Whether the layers' native weights, where a trainer keeps them, are used (the trainer's workspace only). */
    boolean residentWeights;
    /** The matrix products, with their scratch rows. */
    final KernelBackend kernels = Kernels.standard();

    Workspace(Network network, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a workspace needs room for at least one sample, got " + capacity);
        }
        int n = network.layerCount();
        this.capacity = capacity;
        z = new double[n][];
        a = new double[n][];
        delta = new double[n][];
        for (int l = 0; l < n; l++) {
            DenseLayer layer = network.layer(l);
            z[l] = new double[capacity * layer.outputs()];
            a[l] = new double[capacity * layer.outputs()];
            delta[l] = new double[capacity * layer.outputs()];
        }
        gradients = new Gradients(network);
    }

    /**
     * Makes the passes over this workspace use the layers' native weights where a trainer keeps them
     * ({@link Network#keepWeightsNative}): the forward product reads them, and the backward pass leaves ∂C/∂W of those
     * layers unwritten (their update computes it, fused). For the trainer's own workspace.
     */
    public void useResidentWeights() {
        residentWeights = true;
    }

    public int capacity() {
        return capacity;
    }

    /** The output activations of the last forward pass ({@code rows × outputs}); read only. */
    public double[] output() {
        return a[a.length - 1];
    }

    /** Layer {@code l}'s weighted inputs from the last forward pass; read only. */
    public double[] z(int l) {
        return z[l];
    }

    /** Layer {@code l}'s activations from the last forward pass; read only. */
    public double[] activations(int l) {
        return a[l];
    }

    /** Layer {@code l}'s δ = ∂C/∂z from the last backward pass; read only. */
    public double[] delta(int l) {
        return delta[l];
    }

    /** The gradients of the last backward pass. */
    public Gradients gradients() {
        return gradients;
    }

    /** ∂C/∂W of layer {@code l} from the last backward pass ({@code outputs × inputs}); read only. */
    public double[] gradWeights(int l) {
        return gradients.weights(l);
    }

    /** ∂C/∂b of layer {@code l} from the last backward pass; read only. */
    public double[] gradBias(int l) {
        return gradients.bias(l);
    }
}
