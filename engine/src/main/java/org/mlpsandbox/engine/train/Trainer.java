package org.mlpsandbox.engine.train;

import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.ResidentWeights;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Gradients;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.plugin.Phase;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginFailedException;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Trains one network on one dataset, a batch at a time, as {@link #step} reads:
 * <pre>
 *   gather the next batch → forward → backward → regularise → update (optimizer) → report
 * </pre>
 * (the shuffle at each epoch's start is the {@link BatchStream}'s). Every buffer is allocated in the constructor, so a
 * step allocates nothing. Not thread-safe: one thread drives a trainer (see {@link TrainingSession} for training on a
 * thread of its own); the matrix products run on the backend that {@link org.mlpsandbox.engine.math.Kernels} chooses.
 *
 * <p>A step whose loss or gradient is not finite, whose loss exploded, or in which a plugin throws, is undone (the
 * network keeps the weights from before it) and a {@link TrainingStoppedException} says what happened.
 */
public final class Trainer {

    private final Network network;
    private final Dataset train;
    private final Dataset test;
    private final PluginRegistry plugins;
    private TrainingSettings settings;
    private OptimizerStates optimizer;

    private final BatchStream batches;
    private final Workspace ws;
    private final Gradients gradients;
    private final ParameterBackup backup;
    private final Runnable gatherNext;
    private final GradientNorms gradientNorms;
    private final Divergence divergence = new Divergence();
    /** The passes over whole parameter arrays (copies, norms, checks), two-threaded for large layers. */
    private final KernelBackend passes = Kernels.standard();
    private final TrainingProgress progress;

    private final int capacity;
    /** Whether large layers may train with native weights and a fused update (see {@link #chooseResidentLayers}). */
    private boolean fuse = !"false".equals(System.getProperty(FUSE_PROPERTY));

    private long step;
    private long epoch;

    /** System property: "false" keeps every layer's update in Java (for measuring the fused update's gain). */
    public static final String FUSE_PROPERTY = "mlpsandbox.fusedDescent";

    /**
     * @param network  the network to train, in place
     * @param train    training samples, with as many targets per sample as the network has outputs
     * @param test     held-out samples for evaluation, or {@code null}
     * @param settings how to train
     * @param plugins  where the optimizer is looked up
     */
    public Trainer(Network network, Dataset train, Dataset test, TrainingSettings settings, PluginRegistry plugins) {
        Evaluator.checkFits(network, train, "training");
        if (test != null && test.size() > 0) {
            Evaluator.checkFits(network, test, "test");
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        this.network = network;
        this.train = train;
        this.test = test != null && test.size() > 0 ? test : null;
        this.plugins = plugins;
        this.capacity = Math.min(settings.batchSize(), train.size());
        MemoryBudget.ofRuntime().require(MemoryBudget.batchBuffers(network.spec().sizes(), capacity), "a batch of "
                + String.format("%,d", capacity) + " samples");
        this.batches = new BatchStream(train, capacity, settings.seed());
        this.gatherNext = batches::startGatheringNext;
        this.ws = network.newWorkspace(capacity);
        this.gradients = ws.gradients();
        this.backup = new ParameterBackup(network, passes);
        this.gradientNorms = new GradientNorms(network.layerCount(), passes);
        this.progress = new TrainingProgress(network, this.test);
        this.settings = settings;
        this.optimizer = new OptimizerStates(plugins.optimizer(settings.optimizer()), network);
        ws.useResidentWeights();
        for (int l = 0; l < network.layerCount(); l++) {
            network.keepWeightsNative(l, null, 0); // a previous trainer's native weights, if any, back into Java
        }
        chooseResidentLayers();
    }

    /**
     * Changes the settings between steps. Learning rates and regularisation apply from the next step; a different
     * optimizer (or different optimizer hyperparameters) starts fresh optimizer state. The batch size and seed are
     * fixed for a trainer's life: make a new trainer to change them.
     */
    public void setSettings(TrainingSettings newSettings) {
        if (newSettings.batchSize() != settings.batchSize() || newSettings.seed() != settings.seed()) {
            throw new IllegalArgumentException("batch size and seed cannot change during a run; reset training");
        }
        if (!settings.optimizer().equals(newSettings.optimizer())) {
            optimizer = new OptimizerStates(plugins.optimizer(newSettings.optimizer()), network);
        }
        settings = newSettings;
        chooseResidentLayers();
    }

    /** For tests: whether large layers may train with native weights and a fused update (default: yes). */
    void fuseDescent(boolean on) {
        fuse = on;
        chooseResidentLayers();
    }

    /**
     * Keeps a layer's weights in native memory, updated by one fused product ({@link ResidentWeights}), where that
     * gives the same training: the update is plain gradient descent without L1/L2 terms, the products go to OpenBLAS,
     * and the layer is large enough for it to pay. Every other layer trains through the optimizer plugin as usual.
     */
    private void chooseResidentLayers() {
        boolean allowed = fuse && Kernels.nativeInUse() && settings.l1() == 0 && settings.l2() == 0;
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            boolean keep = allowed && optimizer.plainWeights(l)
                    && ResidentWeights.pays(capacity, layer.inputs(), layer.outputs());
            if (keep != (network.residentWeights(l) != null)) {
                try {
                    network.keepWeightsNative(l, keep ? Kernels.precision() : null, capacity);
                } catch (OutOfMemoryError e) {
                    network.keepWeightsNative(l, null, 0); // no native memory for it: the layer trains in Java
                }
            }
        }
        batches.stageInputsIn(network.residentWeights(0));
    }

    /**
     * For tests: gather ahead, and from a native copy of the inputs, from batches of this many input values
     * ({@code Long.MAX_VALUE}: never).
     */
    void gatherAheadFrom(long values) {
        batches.gatherAheadFrom(values);
    }

    /** For tests: whether batches come from a native copy of the inputs ({@link BatchStream#stageInputsIn}). */
    boolean gathersNatively() {
        return batches.gathersNatively();
    }

    public TrainingSettings settings() {
        return settings;
    }

    /**
     * One training step on the next batch: {@code update_mini_batch} of Nielsen's network.py, on a whole batch at once.
     *
     * @return the mean loss of that batch (before the update)
     * @throws TrainingStoppedException when the step diverged or a plugin failed; the weights are as before the step
     */
    public double step() {
        long start = System.nanoTime();
        int rows = batches.next(settings.shuffle());        // gather the minibatch (reshuffled at each epoch's start)
        step++;
        boolean done = false;
        try {
            double loss = forwardAndBackward(rows);         // forward, then backward: ∂C/∂W and ∂C/∂b
            checkLoss(loss, rows);                          // finite, and not exploded since the start
            if (!regularise()) {                            // ∂C/∂W += λ₂·W + λ₁·sign(W); gradient norms
                throw gradientFailed(rows);
            }
            int right = train.isClassification()            // counted before the update
                    ? TrainingProgress.countRight(ws.output(), batches.t(), rows, network.outputs()) : -1;
            update();                                       // the optimizer moves W and b; undone if it fails
            batches.finishGatheringNext();
            done = true;
            report(loss, right, rows, start);               // running loss and accuracy, epoch count
            return loss;
        } finally {
            if (!done) {
                batches.finishGatheringNext();
                batches.retry();                            // the next step takes this batch again
            }
        }
    }

    /** Steps until the current epoch is complete (a whole epoch when called at an epoch's start). */
    public void epoch() {
        long target = epoch + 1;
        while (epoch < target) {
            step();
        }
    }

    /**
     * Forward and backward over the batch in the buffers; leaves ∂C/∂W and ∂C/∂b in {@link #gradients}. When the
     * first layer's weights are native, its forward product has its own copy of the inputs and nothing reads them
     * afterwards: the next batch's inputs are then gathered on the helper thread from there on, during the rest of
     * the forward pass and the backward pass.
     */
    private double forwardAndBackward(int rows) {
        try {
            network.forward(batches.x(), rows, ws, network.residentWeights(0) != null ? gatherNext : null);
            return network.backward(batches.x(), batches.t(), rows, ws, null);
        } catch (PluginFailedException e) {
            throw stopped(e);
        }
    }

    /** ∂C/∂W += λ₂·W + λ₁·sign(W), then each layer's gradient norm. @return whether every gradient is finite */
    private boolean regularise() {
        return gradientNorms.regularise(network, gradients, settings.l1(), settings.l2());
    }

    /**
     * Lets the optimizer move every parameter array against its gradient; undoes the step if it fails or writes
     * non-finite values. While the first layer's optimizer runs (on this thread: it is a plugin), the helper thread
     * gathers the next batch of the epoch when its rows are long. Weights kept in native memory move in one fused
     * product instead, W ← W − η·δᵀ·A ({@link ResidentWeights#descend}), after the plugin's layers.
     */
    private void update() {
        backup.save(network);
        double lr = settings.learningRate();
        double biasLr = settings.effectiveBiasLearningRate();
        batches.startGatheringNext();                      // unless it started after the forward pass
        for (int l = 0; l < network.layerCount(); l++) {
            ResidentWeights resident = network.residentWeights(l);
            try {
                if (resident != null) {
                    optimizer.updateBias(network, l, gradients, biasLr);
                } else {
                    optimizer.update(network, l, gradients, lr, biasLr);
                }
            } catch (PluginFailedException e) {
                throw undone(e);
            }
            if (resident != null) {
                continue;
            }
            batches.finishGatheringNext(); // before the finite checks, which split long arrays with the helper
            DenseLayer layer = network.layer(l);
            if (!passes.allFinite(layer.weights()) || !passes.allFinite(layer.bias())) {
                throw undone(new PluginFailedException(PluginKind.OPTIMIZER, settings.optimizer().id(), l + 1,
                        Phase.UPDATE, "wrote NaN or infinity into the parameters", null));
            }
        }
        batches.finishGatheringNext(); // the fused update of a large layer uses the helper thread too
        descendResident(lr);
    }

    /**
     * The fused updates of the layers whose weights are native, after every plugin update succeeded (so a failing
     * plugin never needs a fused update undone). @throws TrainingStoppedException when a weight became NaN or ∞
     */
    private void descendResident(double lr) {
        for (int l = 0; l < network.layerCount(); l++) {
            ResidentWeights resident = network.residentWeights(l);
            if (resident != null && !resident.descend(ws.delta(l), lr)) {
                backup.restore(network);
                throw diverged("the weights of layer " + (l + 1) + " became NaN or infinite");
            }
        }
    }

    /** Moves past the batch and adds the step to the running averages and counters. */
    private void report(double loss, int right, int rows, long start) {
        if (batches.advance()) {
            epoch++;
        }
        progress.add(loss, right, rows, System.nanoTime() - start);
    }

    /** A loss that is not finite is a plugin's fault or divergence; one that exploded undoes the last update. */
    private void checkLoss(double loss, int rows) {
        if (!Double.isFinite(loss)) {
            PluginFailedException culprit = FailureDiagnosis.forward(network, ws, batches.t(), rows);
            throw culprit != null ? stopped(culprit) : diverged("the loss became " + loss);
        }
        String exploded = divergence.check(loss, rows);
        if (exploded != null) {
            backup.restore(network);
            throw diverged(exploded);
        }
    }

    /** A gradient is not finite: a plugin's fault, or divergence. */
    private TrainingStoppedException gradientFailed(int rows) {
        PluginFailedException culprit = FailureDiagnosis.backward(network, ws, batches.t(), rows);
        return culprit != null ? stopped(culprit) : diverged("the gradient became NaN or infinite");
    }

    /** The optimizer failed: puts the parameters from before the step back. */
    private TrainingStoppedException undone(PluginFailedException e) {
        backup.restore(network);
        return stopped(e);
    }

    /** Divergence is detected before the update, so the network still holds the weights from before the step. */
    private TrainingStoppedException diverged(String what) {
        return TrainingStoppedException.diverged(step, what, settings.learningRate());
    }

    private TrainingStoppedException stopped(PluginFailedException e) {
        return TrainingStoppedException.pluginFailed(step, e, plugins.sourceOf(e.kind(), e.pluginId()));
    }

    /** Loss and accuracy of the current network on a whole dataset, in chunks. */
    public Evaluation evaluate(Dataset data) {
        return progress.evaluate(data);
    }

    /**
     * A progress event for now: the running training loss and accuracy since the previous event, and a fresh
     * evaluation of the test set. Resets the running averages.
     */
    public ProgressEvent progress() {
        return progress(true);
    }

    /**
     * A progress event for now, as {@link #progress()}, but re-evaluating the test set only when asked; otherwise the
     * event carries the last test evaluation (useful when evaluating a large test set at every event costs too much).
     */
    public ProgressEvent progress(boolean evaluateTest) {
        return progress.event(step, epoch, gradientNorms.values(network), evaluateTest);
    }

    public Network network() {
        return network;
    }

    public Dataset trainingData() {
        return train;
    }

    public Dataset testData() {
        return test;
    }

    /** The plugins this trainer looks its optimizer up in (and the network's plugins came from). */
    public PluginRegistry plugins() {
        return plugins;
    }

    /** How many layers train fused on native weights (plain gradient descent, see {@link ResidentWeights}). */
    public int fusedLayerCount() {
        int n = 0;
        for (int l = 0; l < network.layerCount(); l++) {
            n += network.residentWeights(l) != null ? 1 : 0;
        }
        return n;
    }

    public long stepCount() {
        return step;
    }

    public long epochCount() {
        return epoch;
    }

    /** Batches per epoch. */
    public int stepsPerEpoch() {
        return batches.batchesPerEpoch();
    }

    /** The last step's gradient norm per layer, into {@code out}. */
    public void gradientNorms(double[] out) {
        System.arraycopy(gradientNorms.values(network), 0, out, 0, network.layerCount());
    }

    /**
     * Per layer, how far the last step moved the weights relative to their size: ‖W_after − W_before‖ / ‖W_before‖
     * (see {@link ParameterBackup#updateRatios}). Computed on request from the copy of the weights the trainer keeps
     * before every update, so it costs nothing per step.
     *
     * @param out writes one ratio per layer; 0 before the first step
     */
    public void updateRatios(double[] out) {
        if (step == 0) {
            java.util.Arrays.fill(out, 0, network.layerCount(), 0.0);
        } else {
            backup.updateRatios(network, out);
        }
    }

    /** The workspace of the last step: activations, deltas and gradients of the last batch. Read only. */
    public Workspace workspace() {
        return ws;
    }
}
