package org.mlpsandbox.engine.train;

import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.KernelBackend;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.math.Vectors;
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
 * thread of its own); the large matrix products inside a step use a second thread by themselves
 * ({@link org.mlpsandbox.engine.math.JavaKernels}), with results equal to the last bit, and for long input rows that
 * thread gathers the next batch while the optimizer runs.
 *
 * <p>A step that produces a non-finite loss or gradient, or in which a plugin throws, is undone (the network keeps
 * the weights it had before the step) and a {@link TrainingStoppedException} says what happened.
 */
public final class Trainer {

    private final Network network;
    private final Dataset train;
    private final Dataset test;
    private final PluginRegistry plugins;
    private TrainingSettings settings;
    private Optimizer.State[] weightStates;
    private Optimizer.State[] biasStates;

    private final BatchStream batches;
    private final Workspace ws;
    private final Gradients gradients;
    private final ParameterBackup backup;
    private final double[] gradientNorms;
    /** The passes over whole parameter arrays (copies, norms, checks), two-threaded for large layers. */
    private final KernelBackend passes = Kernels.standard();
    private final RunningAverages averages = new RunningAverages();
    private Workspace evalWorkspace;
    private Evaluation lastTest;

    private long step;
    private long epoch;
    private long samplesSeen;
    private long elapsedNanos;

    /**
     * @param network  the network to train, in place
     * @param train    training samples, with as many targets per sample as the network has outputs
     * @param test     held-out samples for evaluation, or {@code null}
     * @param settings how to train
     * @param plugins  where the optimizer is looked up
     */
    public Trainer(Network network, Dataset train, Dataset test, TrainingSettings settings, PluginRegistry plugins) {
        checkFits(network, train, "training");
        if (test != null && test.size() > 0) {
            checkFits(network, test, "test");
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        this.network = network;
        this.train = train;
        this.test = test != null && test.size() > 0 ? test : null;
        this.plugins = plugins;
        int capacity = Math.min(settings.batchSize(), train.size());
        this.batches = new BatchStream(train, capacity, settings.seed());
        this.ws = network.newWorkspace(capacity);
        this.gradients = ws.gradients();
        this.backup = new ParameterBackup(network, passes);
        this.gradientNorms = new double[network.layerCount()];
        this.settings = settings;
        startOptimizer(settings.optimizer());
    }

    private static void checkFits(Network network, Dataset data, String which) {
        if (data.inputCount() != network.inputs()) {
            throw new IllegalArgumentException("the " + which + " data '" + data.name() + "' has " + data.inputCount()
                    + " inputs per sample but the network takes " + network.inputs());
        }
        if (data.targetCount() != network.outputs()) {
            throw new IllegalArgumentException("the " + which + " data '" + data.name() + "' has "
                    + data.targetCount() + " targets per sample but the network has " + network.outputs()
                    + " outputs");
        }
    }

    /**
     * New optimizer state for every parameter array: momentum and moment estimates start from zero. Leaves the old
     * states in place if the optimizer cannot be configured.
     */
    private void startOptimizer(PluginChoice choice) {
        Optimizer optimizer = plugins.optimizer(choice);
        Optimizer.State[] newWeightStates = new Optimizer.State[network.layerCount()];
        Optimizer.State[] newBiasStates = new Optimizer.State[network.layerCount()];
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer layer = network.layer(l);
            try {
                newWeightStates[l] = optimizer.newState(layer.weights().length);
                newBiasStates[l] = optimizer.newState(layer.bias().length);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginFailedException(PluginKind.OPTIMIZER, optimizer.id(), l + 1, Phase.UPDATE,
                        "newState threw " + e, e);
            }
        }
        weightStates = newWeightStates;
        biasStates = newBiasStates;
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
            startOptimizer(newSettings.optimizer());
        }
        settings = newSettings;
    }

    /** For tests: gather ahead from batches of this many input values ({@code Long.MAX_VALUE}: never). */
    void gatherAheadFrom(long values) {
        batches.gatherAheadFrom(values);
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
        int rows = batches.next(settings.shuffle());
        step++;
        double loss = forwardAndBackward(rows);
        if (!Double.isFinite(loss)) {
            throw lossFailed(loss, rows);
        }
        if (!regularise()) {
            throw gradientFailed(rows);
        }
        int right = countRight(rows); // before the update, which may gather the next batch into the buffers
        update();
        report(loss, right, rows, start);
        return loss;
    }

    /** Steps until the current epoch is complete (a whole epoch when called at an epoch's start). */
    public void epoch() {
        long target = epoch + 1;
        while (epoch < target) {
            step();
        }
    }

    /** Forward and backward over the batch in the buffers; leaves ∂C/∂W and ∂C/∂b in {@link #gradients}. */
    private double forwardAndBackward(int rows) {
        try {
            network.forward(batches.x(), rows, ws);
            return network.backward(batches.x(), batches.t(), rows, ws, null);
        } catch (PluginFailedException e) {
            throw stopped(e);
        }
    }

    /**
     * Adds the regularisation terms to the weight gradients, ∂C/∂W += λ₂·W + λ₁·sign(W), and records each layer's
     * gradient norm.
     *
     * @return whether every gradient is finite
     */
    private boolean regularise() {
        double l1 = settings.l1();
        double l2 = settings.l2();
        boolean regularize = l1 != 0 || l2 != 0;
        for (int l = 0; l < network.layerCount(); l++) {
            double[] w = network.layer(l).weights();
            double[] g = gradients.weights(l);
            if (regularize) {
                for (int i = 0; i < w.length; i++) {
                    g[i] += l2 * w[i] + l1 * Math.signum(w[i]);
                }
            }
            // without regularisation the backward pass has already summed the squares, while computing g
            double weights = regularize ? passes.sumOfSquares(g) : gradients.weightSquares(l);
            double bias = passes.sumOfSquares(gradients.bias(l));
            gradientNorms[l] = Math.sqrt(weights);
            if (!Double.isFinite(weights) || !Double.isFinite(bias)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lets the optimizer move every parameter array against its gradient; undoes the step if it fails or writes
     * non-finite values. While the first layer's optimizer runs (on this thread: it is a plugin), the helper thread
     * gathers the next batch of the epoch when its rows are long.
     */
    private void update() {
        backup.save(network);
        double lr = settings.learningRate();
        double biasLr = settings.effectiveBiasLearningRate();
        batches.startGatheringNext();
        boolean done = false;
        try {
            for (int l = 0; l < network.layerCount(); l++) {
                DenseLayer layer = network.layer(l);
                try {
                    weightStates[l].update(layer.weights(), gradients.weights(l), lr);
                    biasStates[l].update(layer.bias(), gradients.bias(l), biasLr);
                } catch (RuntimeException | LinkageError e) {
                    throw undone(l, "threw " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
                }
                batches.finishGatheringNext(); // before the finite checks, which split long arrays with the helper
                if (!passes.allFinite(layer.weights()) || !passes.allFinite(layer.bias())) {
                    throw undone(l, "wrote NaN or infinity into the parameters", null);
                }
            }
            done = true;
        } finally {
            batches.finishGatheringNext();
            if (!done) {
                batches.retry(); // the next step takes this batch again
            }
        }
    }

    /** Adds the step to the running averages and counters. */
    private void report(double loss, int right, int rows, long start) {
        averages.add(loss, right, rows);
        samplesSeen += rows;
        if (batches.advance()) {
            epoch++;
        }
        elapsedNanos += System.nanoTime() - start;
    }

    /** Right answers among the batch's outputs and targets; −1 when the data are not classes. */
    private int countRight(int rows) {
        if (!train.isClassification()) {
            return -1;
        }
        double[] y = ws.output();
        double[] t = batches.t();
        int cols = network.outputs();
        int right = 0;
        for (int r = 0; r < rows; r++) {
            if (Vectors.classOf(y, r * cols, cols) == Vectors.classOf(t, r * cols, cols)) {
                right++;
            }
        }
        return right;
    }

    /** The loss is not finite: a plugin's fault, or divergence. */
    private TrainingStoppedException lossFailed(double loss, int rows) {
        PluginFailedException culprit = FailureDiagnosis.forward(network, ws, batches.t(), rows);
        return culprit != null ? stopped(culprit) : diverged("the loss became " + loss, null);
    }

    /** A gradient is not finite: a plugin's fault, or divergence. */
    private TrainingStoppedException gradientFailed(int rows) {
        PluginFailedException culprit = FailureDiagnosis.backward(network, ws, batches.t(), rows);
        return culprit != null ? stopped(culprit) : diverged("the gradient became NaN or infinite", null);
    }

    /** The optimizer failed on layer {@code l}: puts the parameters from before the step back. */
    private TrainingStoppedException undone(int l, String what, Throwable cause) {
        backup.restore(network);
        return stopped(new PluginFailedException(PluginKind.OPTIMIZER, settings.optimizer().id(), l + 1,
                Phase.UPDATE, what, cause));
    }

    /** Divergence is detected before the update, so the network still holds the weights from before the step. */
    private TrainingStoppedException diverged(String what, Throwable cause) {
        return new TrainingStoppedException(TrainingStoppedException.Reason.DIVERGED, step,
                "Training diverged at step " + step + ": " + what + ". The weights from before that step are kept;"
                        + " try a smaller learning rate (now " + settings.learningRate() + ")", cause);
    }

    private TrainingStoppedException stopped(PluginFailedException e) {
        String source = plugins.sourceOf(e.kind(), e.pluginId());
        return new TrainingStoppedException(TrainingStoppedException.Reason.PLUGIN_FAILED, step,
                "Training stopped at step " + step + ": " + e.getMessage() + " (plugin from " + source
                        + "). The weights from before that step are kept.", e);
    }

    /** Loss and accuracy of the current network on a whole dataset, in chunks. */
    public Evaluation evaluate(Dataset data) {
        if (data == null || data.size() == 0) {
            return Evaluation.NONE;
        }
        if (evalWorkspace == null) {
            evalWorkspace = network.newWorkspace(256);
        }
        return Evaluator.evaluate(network, data, evalWorkspace);
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
        if (evaluateTest || lastTest == null) {
            lastTest = evaluate(test);
        }
        ProgressEvent event = new ProgressEvent(step, epoch, averages.loss(), averages.accuracy(), lastTest,
                gradientNorms, samplesSeen, elapsedNanos);
        averages.reset();
        return event;
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
        System.arraycopy(gradientNorms, 0, out, 0, gradientNorms.length);
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
