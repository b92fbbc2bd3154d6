package org.mlpsandbox.engine.net;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.api.Initializer;
import org.mlpsandbox.api.Loss;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.math.Matrices;
import org.mlpsandbox.engine.math.Precision;
import org.mlpsandbox.engine.math.ResidentWeights;
import org.mlpsandbox.engine.plugin.Phase;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginResolver;
import org.mlpsandbox.engine.plugin.UnknownPluginException;

/**
 * A multi-layer perceptron: dense layers from input to output, and the loss it is trained on.
 *
 * <p>Both passes work on a whole minibatch at once, in the buffers of a {@link Workspace}:
 * <pre>
 *   forward:   zˡ = aˡ⁻¹·Wˡᵀ + bˡ,   aˡ = f(zˡ)                 (a⁰ = x)
 *   backward:  δᴸ = ∂C/∂aᴸ ⊙ f′(zᴸ)
 *              δˡ = (δˡ⁺¹·Wˡ⁺¹) ⊙ f′(zˡ)
 *              ∂C/∂Wˡ = δˡᵀ·aˡ⁻¹,   ∂C/∂bˡ = Σ_rows δˡ
 * </pre>
 * ("⊙ f′(z)" is the activation's {@code backward}, which for softmax is a vector–Jacobian product per row.)
 */
public final class Network {

    /** Upper bound on neurons per layer, to catch typos before they allocate gigabytes. */
    public static final int MAX_LAYER_SIZE = 100_000;

    private final NetworkSpec spec;
    private final DenseLayer[] layers;
    private final Loss loss;

    private Network(NetworkSpec spec, DenseLayer[] layers, Loss loss) {
        this.spec = spec;
        this.layers = layers;
        this.loss = loss;
    }

    /**
     * Builds a network from its spec, with the plugins the resolver configures for its choices, and initialises its
     * weights from the spec's seed.
     *
     * @throws IllegalArgumentException whose message says what is wrong with the spec and how to fix it
     * @throws PluginFailedException    when the initializer throws or writes non-finite weights
     */
    public static Network build(NetworkSpec spec, PluginResolver plugins) {
        Activation[] activations = checked(spec, plugins);
        DenseLayer[] layers = new DenseLayer[activations.length];
        for (int l = 0, previous = spec.inputs(); l < layers.length; previous = layers[l++].outputs()) {
            layers[l] = new DenseLayer(previous, spec.layers().get(l).size(), activations[l]);
        }
        Loss loss = plugins.loss(spec.loss());
        Network network = new Network(spec, layers, loss);
        network.initialize(plugins.initializer(spec.initializer()), spec.initializer().id(), spec.seed());
        return network;
    }

    /**
     * Checks a spec as {@link #build} does, without allocating anything: sizes, plugins, and that training it fits
     * in memory.
     *
     * @throws IllegalArgumentException whose message says what is wrong with the spec and how to fix it
     */
    public static void check(NetworkSpec spec, PluginResolver plugins) {
        checked(spec, plugins);
        plugins.loss(spec.loss());
        plugins.initializer(spec.initializer());
    }

    /** The layers' activations, after checking the spec (see {@link #check}). */
    private static Activation[] checked(NetworkSpec spec, PluginResolver plugins) {
        if (spec.inputs() < 1) {
            throw new IllegalArgumentException("the network needs at least 1 input, got " + spec.inputs());
        }
        if (spec.layers().isEmpty()) {
            throw new IllegalArgumentException("the network needs at least one layer (the output layer)");
        }
        Activation[] activations = new Activation[spec.layers().size()];
        for (int l = 0; l < activations.length; l++) {
            LayerSpec ls = spec.layers().get(l);
            String where = "layer " + (l + 1) + (l == activations.length - 1 ? " (output)" : "");
            if (ls.size() < 1 || ls.size() > MAX_LAYER_SIZE) {
                throw new IllegalArgumentException(where + " has " + ls.size() + " neurons; use 1 to "
                        + MAX_LAYER_SIZE);
            }
            Activation activation;
            try {
                activation = plugins.activation(ls.activation());
            } catch (UnknownPluginException e) {
                throw new UnknownPluginException(e.kind(), e.id(), where + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            int min = activation.minimumWidth();
            if (ls.size() < min) {
                throw new IllegalArgumentException(where + " uses " + ls.activation().id() + ", which needs at least "
                        + min + " neurons, but has " + ls.size()
                        + (ls.size() == 1 ? "; for a single output use sigmoid" : ""));
            }
            activations[l] = activation;
        }
        MemoryBudget.ofRuntime().require(MemoryBudget.training(spec.parameterCount()), "training the network "
                + spec.inputs() + arrows(spec) + " (" + String.format("%,d", spec.parameterCount()) + " parameters)");
        int[] sizes = spec.sizes();
        for (int l = 1; l < sizes.length; l++) {
            if ((long) sizes[l] * sizes[l - 1] > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("layer " + l + " would have " + String.format("%,d",
                        (long) sizes[l] * sizes[l - 1]) + " weights, more than one array holds; make it smaller");
            }
        }
        return activations;
    }

    /** " → 30000 → 1": the layer sizes after the inputs, for messages. */
    private static String arrows(NetworkSpec spec) {
        StringBuilder b = new StringBuilder();
        spec.layers().forEach(l -> b.append(" → ").append(l.size()));
        return b.toString();
    }

    /** Fresh weights from the initializer and seed; biases to zero. */
    private void initialize(Initializer initializer, String initializerId, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < layers.length; l++) {
            DenseLayer layer = layers[l];
            try {
                initializer.initialize(layer.weights(), layer.inputs(), layer.outputs(), random.split());
            } catch (RuntimeException | LinkageError e) {
                throw new PluginFailedException(PluginKind.INITIALIZER, initializerId, l + 1, Phase.INITIALIZE,
                        PluginFailedException.threw(e), e);
            }
            for (double w : layer.weights()) {
                if (!Double.isFinite(w)) {
                    throw new PluginFailedException(PluginKind.INITIALIZER, initializerId, l + 1, Phase.INITIALIZE,
                            "wrote " + w + " into the weights", null);
                }
            }
            java.util.Arrays.fill(layer.bias(), 0.0);
        }
    }

    /** A workspace for batches of up to {@code capacity} samples. */
    public Workspace newWorkspace(int capacity) {
        return new Workspace(this, capacity);
    }

    /**
     * Forward pass over a batch; the output is then in {@code ws.output()}.
     *
     * @param x    reads {@code rows × inputs()}; null when the first layer's native weights already hold the batch
     *             ({@link ResidentWeights#gatherNext})
     * @param rows samples in the batch, at most {@code ws.capacity()}
     */
    public void forward(double[] x, int rows, Workspace ws) {
        forward(x, rows, ws, null);
    }

    /**
     * {@link #forward}, calling {@code inputsRead} as soon as the first layer's product is made, so that the caller
     * can start filling the inputs' buffers with the next batch while the rest of the pass runs.
     */
    public void forward(double[] x, int rows, Workspace ws, Runnable inputsRead) {
        checkRows(rows, ws);
        double[] in = x;
        for (int l = 0; l < layers.length; l++) {
            DenseLayer layer = layers[l];
            ResidentWeights resident = ws.residentWeights ? layer.resident() : null;
            if (resident != null) {
                resident.forward(in, rows, layer.bias(), ws.z[l]);
            } else {
                ws.kernels.multiplyTransposeB(in, layer.weights(), layer.bias(), ws.z[l], rows, layer.inputs(),
                        layer.outputs());
            }
            if (l == 0 && inputsRead != null) {
                inputsRead.run();
            }
            try {
                layer.activation().forward(ws.z[l], ws.a[l], rows, layer.outputs());
            } catch (RuntimeException | LinkageError e) {
                throw new PluginFailedException(PluginKind.ACTIVATION, layer.activation().id(), l + 1, Phase.FORWARD,
                        PluginFailedException.threw(e), e);
            }
            in = ws.a[l];
        }
    }

    /**
     * Backward pass after {@link #forward} on the same batch: fills the workspace's {@link Workspace#gradients()}
     * (∂C/∂W, ∂C/∂b and the squared norm of ∂C/∂W, per layer).
     *
     * @param x         reads the same {@code rows × inputs()} batch given to forward
     * @param t         reads the targets, {@code rows × outputs()}
     * @param gradInput writes ∂C/∂x ({@code rows × inputs()}), or {@code null} to skip it
     * @return the mean loss of the batch
     */
    public double backward(double[] x, double[] t, int rows, Workspace ws, double[] gradInput) {
        checkRows(rows, ws);
        int last = layers.length - 1;
        double cost;
        try {
            cost = loss.valueAndGradient(ws.a[last], t, ws.delta[last], rows, outputs());
        } catch (RuntimeException | LinkageError e) {
            throw new PluginFailedException(PluginKind.LOSS, loss.id(), 0, Phase.LOSS,
                    PluginFailedException.threw(e), e);
        }
        for (int l = last; l >= 0; l--) {
            DenseLayer layer = layers[l];
            int out = layer.outputs();
            try {
                layer.activation().backward(ws.z[l], ws.a[l], ws.delta[l], ws.delta[l], rows, out);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginFailedException(PluginKind.ACTIVATION, layer.activation().id(), l + 1,
                        Phase.BACKWARD, PluginFailedException.threw(e), e);
            }
            double[] in = l == 0 ? x : ws.a[l - 1];
            Gradients g = ws.gradients;
            ResidentWeights resident = ws.residentWeights ? layer.resident() : null;
            if (resident == null) { // native weights get ∂C/∂W fused into their update: ResidentWeights.descend
                g.setWeightSquares(l, ws.kernels.multiplyTransposeA(ws.delta[l], in, g.weights(l), out, rows,
                        layer.inputs()));
            }
            Matrices.columnSums(ws.delta[l], g.bias(l), rows, out);
            double[] back = l > 0 ? ws.delta[l - 1] : gradInput;
            if (back != null && resident != null) {
                resident.backError(ws.delta[l], rows, back);
            } else if (back != null) {
                ws.kernels.multiply(ws.delta[l], layer.weights(), back, rows, out, layer.inputs());
            }
        }
        return cost;
    }

    /** The mean loss of the last forward pass against targets {@code t}, without gradients. */
    public double loss(double[] t, int rows, Workspace ws) {
        try {
            return loss.value(ws.output(), t, rows, outputs());
        } catch (RuntimeException | LinkageError e) {
            throw new PluginFailedException(PluginKind.LOSS, loss.id(), 0, Phase.LOSS,
                    PluginFailedException.threw(e), e);
        }
    }

    /** The outputs for {@code rows} samples ({@code rows × outputs()}), in a new array. For occasional use. */
    public double[] predict(double[] x, int rows) {
        Workspace ws = newWorkspace(Math.max(1, rows));
        forward(x, rows, ws);
        return java.util.Arrays.copyOf(ws.output(), rows * outputs());
    }

    private static void checkRows(int rows, Workspace ws) {
        if (rows < 1 || rows > ws.capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows does not fit a workspace of "
                    + ws.capacity);
        }
    }

    /** An independent copy of the parameters, sharing the (immutable) plugins. */
    public Network copy() {
        DenseLayer[] copies = new DenseLayer[layers.length];
        for (int l = 0; l < layers.length; l++) {
            DenseLayer src = layers[l];
            copies[l] = new DenseLayer(src.inputs(), src.outputs(), src.activation());
            System.arraycopy(src.weights(), 0, copies[l].weights(), 0, src.weights().length);
            System.arraycopy(src.bias(), 0, copies[l].bias(), 0, src.bias().length);
        }
        return new Network(spec, copies, loss);
    }

    /** Copies every parameter of {@code other}, which must have the same shape. */
    public void copyParametersFrom(Network other) {
        if (other.layers.length != layers.length) {
            throw new IllegalArgumentException("networks differ in depth");
        }
        for (int l = 0; l < layers.length; l++) {
            setParameters(l, other.layers[l].weights(), other.layers[l].bias());
        }
    }

    /**
     * Replaces layer {@code l}'s parameters (0-based) with copies of the given arrays.
     *
     * @throws IllegalArgumentException when a length is wrong or a value is not finite
     */
    public void setParameters(int l, double[] weights, double[] bias) {
        DenseLayer layer = layers[l];
        if (weights.length != layer.weights().length || bias.length != layer.bias().length) {
            throw new IllegalArgumentException("layer " + (l + 1) + " needs " + layer.weights().length
                    + " weights and " + layer.bias().length + " biases, got " + weights.length + " and "
                    + bias.length);
        }
        for (double[] values : new double[][] {weights, bias}) {
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new IllegalArgumentException("layer " + (l + 1) + " has a non-finite parameter ("
                            + values[i] + ") at position " + i);
                }
            }
        }
        System.arraycopy(weights, 0, layer.weights(), 0, weights.length);
        System.arraycopy(bias, 0, layer.bias(), 0, bias.length);
    }

    /**
     * Keeps layer {@code l}'s weights in native memory between training steps, for batches of up to
     * {@code capacity} samples, so that plain gradient descent runs as one fused product (see
     * {@link ResidentWeights}); with {@code precision} null, ends that. {@link DenseLayer#weights()} stays right
     * either way. Only a {@link Workspace} that {@link Workspace#useResidentWeights() uses them} trains on them.
     *
     * @throws IllegalStateException when OpenBLAS did not load
     */
    public void keepWeightsNative(int l, Precision precision, int capacity) {
        layers[l].keepNative(precision, capacity);
    }

    /** Layer {@code l}'s native weights (see {@link #keepWeightsNative}), or null. */
    public ResidentWeights residentWeights(int l) {
        return layers[l].resident();
    }

    public NetworkSpec spec() {
        return spec;
    }

    public int layerCount() {
        return layers.length;
    }

    /** Layer {@code l}, 0-based (0 is the first hidden layer). */
    public DenseLayer layer(int l) {
        return layers[l];
    }

    public List<DenseLayer> layers() {
        return List.of(layers);
    }

    public Loss lossFunction() {
        return loss;
    }

    public int inputs() {
        return layers[0].inputs();
    }

    public int outputs() {
        return layers[layers.length - 1].outputs();
    }

    public long parameterCount() {
        long n = 0;
        for (DenseLayer l : layers) {
            n += l.parameterCount();
        }
        return n;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(inputs()));
        for (DenseLayer l : layers) {
            parts.add(l.outputs() + ":" + l.activation().id());
        }
        return String.join(" → ", parts) + " (" + loss.id() + ", " + parameterCount() + " parameters)";
    }
}
