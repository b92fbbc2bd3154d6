package org.mlpsandbox.app.inspect;

import java.util.Arrays;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;

/**
 * Every number of one training step on one sample, computed by the engine itself: the forward pass (z and a of every
 * neuron), the loss, the backward pass (∂C/∂a, a′(z), δ = ∂C/∂z, ∂C/∂W, ∂C/∂b) and the plain gradient-descent update
 * w ← w − η·∂C/∂w. Immutable once built; arrays are handed out for speed and must not be written.
 *
 * <p>Layer indices are the engine's: 0 is the first hidden layer, {@code layerCount() − 1} the output layer. The
 * weight from input {@code i} to neuron {@code j} of layer {@code l} is at {@code [j * inputs(l) + i]}.
 *
 * <p>Where the numbers come from: z, a, δ, ∂C/∂W and ∂C/∂b are read from a one-row {@link Workspace} after the
 * engine's {@link Network#forward} and {@link Network#backward}. ∂C/∂a at the output is the loss's own gradient;
 * ∂C/∂a of a hidden neuron j is Σ_k w_kj·δ_k over the next layer, summed here from the engine's δ. For elementwise
 * activations a′(z) is {@link Activation#derivative} (or a central difference when a plugin does not offer it); for
 * softmax and other non-elementwise activations there is no single a′(z) — δ is the vector–Jacobian product the
 * plugin computes — and {@link #slope} is NaN.
 */
public final class BackpropTrace {

    private final double[] x;
    private final double[] t;
    private final double learningRate;
    private final String[] activationIds;
    private final String[] activationNames;
    private final boolean[] elementwise;
    private final int[] sizes;
    private final double[][] z;
    private final double[][] a;
    private final double[][] gradA;
    private final double[][] slope;
    private final double[][] delta;
    private final double[][] gradWeights;
    private final double[][] gradBias;
    private final double[][] weightsBefore;
    private final double[][] biasBefore;
    private final double[][] weightsAfter;
    private final double[][] biasAfter;
    private final double loss;
    private final double lossAfter;
    private final String lossId;
    private final boolean updateFinite;

    private BackpropTrace(Network net, double[] x, double[] t, double learningRate) {
        this.x = x.clone();
        this.t = t.clone();
        this.learningRate = learningRate;
        int n = net.layerCount();
        sizes = new int[n + 1];
        sizes[0] = net.inputs();
        activationIds = new String[n];
        activationNames = new String[n];
        elementwise = new boolean[n];
        z = new double[n][];
        a = new double[n][];
        gradA = new double[n][];
        slope = new double[n][];
        delta = new double[n][];
        gradWeights = new double[n][];
        gradBias = new double[n][];
        weightsBefore = new double[n][];
        biasBefore = new double[n][];
        weightsAfter = new double[n][];
        biasAfter = new double[n][];
        lossId = net.lossFunction().id();

        Workspace ws = net.newWorkspace(1);
        net.forward(this.x, 1, ws);
        int last = n - 1;
        gradA[last] = new double[net.outputs()];
        net.lossFunction().valueAndGradient(Arrays.copyOf(ws.output(), net.outputs()), this.t, gradA[last], 1,
                net.outputs());
        loss = net.backward(this.x, this.t, 1, ws, null);

        boolean finite = true;
        for (int l = 0; l < n; l++) {
            DenseLayer layer = net.layer(l);
            int out = layer.outputs();
            sizes[l + 1] = out;
            Activation f = layer.activation();
            activationIds[l] = f.id();
            activationNames[l] = f.displayName();
            elementwise[l] = f.elementwise();
            z[l] = Arrays.copyOf(ws.z(l), out);
            a[l] = Arrays.copyOf(ws.activations(l), out);
            delta[l] = Arrays.copyOf(ws.delta(l), out);
            gradWeights[l] = ws.gradWeights(l).clone();
            gradBias[l] = ws.gradBias(l).clone();
            weightsBefore[l] = layer.weights().clone();
            biasBefore[l] = layer.bias().clone();
            weightsAfter[l] = new double[weightsBefore[l].length];
            biasAfter[l] = new double[out];
            for (int i = 0; i < weightsAfter[l].length; i++) {
                weightsAfter[l][i] = weightsBefore[l][i] - learningRate * gradWeights[l][i];
                finite &= Double.isFinite(weightsAfter[l][i]);
            }
            for (int j = 0; j < out; j++) {
                biasAfter[l][j] = biasBefore[l][j] - learningRate * gradBias[l][j];
                finite &= Double.isFinite(biasAfter[l][j]);
            }
            slope[l] = new double[out];
            for (int j = 0; j < out; j++) {
                slope[l][j] = elementwise[l] ? slopeOf(f, z[l][j]) : Double.NaN;
            }
        }
        // ∂C/∂a of each hidden layer: what the next layer sends back, Σ_k w_kj δ_k.
        for (int l = last - 1; l >= 0; l--) {
            int out = sizes[l + 1];
            int next = sizes[l + 2];
            gradA[l] = new double[out];
            for (int j = 0; j < out; j++) {
                double s = 0;
                for (int k = 0; k < next; k++) {
                    s += weightsBefore[l + 1][k * out + j] * delta[l + 1][k];
                }
                gradA[l][j] = s;
            }
        }
        updateFinite = finite;
        double after = Double.NaN;
        if (finite) {
            Network updated = net.copy();
            for (int l = 0; l < n; l++) {
                updated.setParameters(l, weightsAfter[l], biasAfter[l]);
            }
            Workspace ws2 = updated.newWorkspace(1);
            updated.forward(this.x, 1, ws2);
            after = updated.loss(this.t, 1, ws2);
        }
        lossAfter = after;
    }

    /**
     * Runs one forward and backward pass of {@code network} on one sample. The network is not changed.
     *
     * @param x            the sample's inputs, {@code network.inputs()} values
     * @param t            its targets, {@code network.outputs()} values
     * @param learningRate η for the plain gradient-descent update shown at the end, {@code > 0}
     * @throws IllegalArgumentException when a length does not fit the network or the rate is not positive
     */
    public static BackpropTrace compute(Network network, double[] x, double[] t, double learningRate) {
        check(network, x, t, learningRate);
        return new BackpropTrace(network, x, t, learningRate);
    }

    /**
     * Checks what {@link #compute} checks, without calling any plugin.
     *
     * @throws IllegalArgumentException when a length does not fit the network or the rate is not positive
     */
    static void check(Network network, double[] x, double[] t, double learningRate) {
        if (x.length != network.inputs()) {
            throw new IllegalArgumentException("the sample has " + x.length + " inputs but the network takes "
                    + network.inputs());
        }
        if (t.length != network.outputs()) {
            throw new IllegalArgumentException("the sample has " + t.length + " targets but the network has "
                    + network.outputs() + " outputs");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number, got " + learningRate);
        }
    }

    /** f′(z) from the plugin, or a central difference when the plugin does not give one. */
    private static double slopeOf(Activation f, double z) {
        try {
            double d = f.derivative(z);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (RuntimeException e) {
            // fall through to the numerical slope
        }
        double h = 1e-6 * Math.max(1, Math.abs(z));
        return (f.apply(z + h) - f.apply(z - h)) / (2 * h);
    }

    public int layerCount() {
        return z.length;
    }

    /** Neurons in layer {@code l}; {@code size(-1)} is the number of inputs. */
    public int size(int l) {
        return sizes[l + 1];
    }

    /** Inputs of layer {@code l} (neurons of the layer before it). */
    public int inputs(int l) {
        return sizes[l];
    }

    public double[] x() {
        return x;
    }

    public double[] t() {
        return t;
    }

    public double learningRate() {
        return learningRate;
    }

    public String activationId(int l) {
        return activationIds[l];
    }

    public String activationName(int l) {
        return activationNames[l];
    }

    public boolean elementwise(int l) {
        return elementwise[l];
    }

    public String lossId() {
        return lossId;
    }

    /** Weighted input z of neuron {@code j} in layer {@code l}. */
    public double z(int l, int j) {
        return z[l][j];
    }

    /** Activation a of neuron {@code j} in layer {@code l}. */
    public double a(int l, int j) {
        return a[l][j];
    }

    /** The value flowing into layer {@code l} from its input {@code i}: x_i for the first layer, else a of l − 1. */
    public double input(int l, int i) {
        return l == 0 ? x[i] : a[l - 1][i];
    }

    /** ∂C/∂a of neuron {@code j} in layer {@code l}: the loss gradient at the output, Σ_k w_kj δ_k elsewhere. */
    public double gradA(int l, int j) {
        return gradA[l][j];
    }

    /** a′(z) of neuron {@code j} in layer {@code l}; NaN for a non-elementwise activation (softmax). */
    public double slope(int l, int j) {
        return slope[l][j];
    }

    /** δ = ∂C/∂z of neuron {@code j} in layer {@code l}, as the engine computed it. */
    public double delta(int l, int j) {
        return delta[l][j];
    }

    /** The engine's ∂C/∂w for the weight from input {@code i} to neuron {@code j} of layer {@code l}. */
    public double gradWeight(int l, int j, int i) {
        return gradWeights[l][j * sizes[l] + i];
    }

    public double gradBias(int l, int j) {
        return gradBias[l][j];
    }

    public double weight(int l, int j, int i) {
        return weightsBefore[l][j * sizes[l] + i];
    }

    public double weightAfter(int l, int j, int i) {
        return weightsAfter[l][j * sizes[l] + i];
    }

    public double bias(int l, int j) {
        return biasBefore[l][j];
    }

    public double biasAfter(int l, int j) {
        return biasAfter[l][j];
    }

    /** Layer {@code l}'s weights before the update ({@code outputs × inputs}); read only. */
    public double[] weights(int l) {
        return weightsBefore[l];
    }

    /** Layer {@code l}'s weights after the update; read only. */
    public double[] weightsAfter(int l) {
        return weightsAfter[l];
    }

    public double[] biasesAfter(int l) {
        return biasAfter[l];
    }

    /** Layer {@code l}'s ∂C/∂W as the engine computed it; read only. */
    public double[] gradWeights(int l) {
        return gradWeights[l];
    }

    /** The loss of this sample before the update. */
    public double loss() {
        return loss;
    }

    /** The loss of the same sample with the updated parameters; NaN when the update is not finite. */
    public double lossAfter() {
        return lossAfter;
    }

    /** Whether every updated parameter is finite (false when the learning rate blows the weights up). */
    public boolean updateFinite() {
        return updateFinite;
    }

    /** Largest |∂C/∂w| of layer {@code l}, for scaling colours. */
    public double maxAbsGradient(int l) {
        double m = 0;
        for (double g : gradWeights[l]) {
            m = Math.max(m, Math.abs(g));
        }
        return m;
    }

    /** Largest |w| of layer {@code l} before the update, for scaling edge widths. */
    public double maxAbsWeight(int l) {
        double m = 0;
        for (double w : weightsBefore[l]) {
            m = Math.max(m, Math.abs(w));
        }
        return m;
    }
}
