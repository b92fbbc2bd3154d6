package org.mlpsandbox.engine.train;

import java.util.SplittableRandom;
import org.mlpsandbox.api.Optimizer;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.math.Kernels;
import org.mlpsandbox.engine.net.DenseLayer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.Phase;
import org.mlpsandbox.engine.net.PluginFailedException;
import org.mlpsandbox.engine.net.Workspace;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * Trains one network on one dataset, a batch at a time:
 * <pre>
 *   each epoch: shuffle → for each batch: forward → loss → backward → regularise → optimizer step
 * </pre>
 * Every buffer is allocated in the constructor, so a step allocates nothing. Not thread-safe: one thread drives a
 * trainer (see {@link TrainingSession} for training on a thread of its own); the large matrix products inside a step
 * use a second thread by themselves ({@link org.mlpsandbox.engine.math.Kernels}), with results equal to the last bit,
 * and for long input rows that thread gathers the next batch while the optimizer runs.
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

    private final Workspace ws;
    private final double[] xBatch;
    private final double[] tBatch;
    private final int[] order;
    private final SplittableRandom shuffleRandom;
    private final double[][] backupWeights;
    private final double[][] backupBias;
    private final double[] gradientNorms;
    private final Divergence divergence = new Divergence();
    /** The passes over whole parameter arrays (copies, norms, checks), two-threaded for large layers. */
    private final Kernels passes = new Kernels();
    /** Batches of at least this many input values are gathered ahead, on the helper thread. */
    static final long GATHER_AHEAD = 4096;
    /** {@link #GATHER_AHEAD}, or another threshold for tests. */
    private long gatherAheadFrom = GATHER_AHEAD;
    private Workspace evalWorkspace;
    private Evaluation lastTest;

    private int cursor;
    /** Whether the batch buffers already hold the batch at {@link #cursor}, gathered during the last update. */
    private boolean gatheredAhead;
    private int aheadFrom;
    private int aheadRows;
    private final Runnable gatherAhead = () -> gather(aheadFrom, aheadRows);
    private long step;
    private long epoch;
    private long samplesSeen;
    private long elapsedNanos;
    private double lossSum;
    private long lossSteps;
    private long correct;
    private long counted;

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
        MemoryBudget.ofRuntime().require(MemoryBudget.batchBuffers(network.spec().sizes(), capacity), "a batch of "
                + String.format("%,d", capacity) + " samples");
        this.ws = network.newWorkspace(capacity);
        this.xBatch = new double[capacity * network.inputs()];
        this.tBatch = new double[capacity * network.outputs()];
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.shuffleRandom = new SplittableRandom(settings.seed());
        int n = network.layerCount();
        backupWeights = new double[n][];
        backupBias = new double[n][];
        for (int l = 0; l < n; l++) {
            backupWeights[l] = new double[network.layer(l).weights().length];
            backupBias[l] = new double[network.layer(l).bias().length];
        }
        gradientNorms = new double[n];
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
        gatherAheadFrom = values;
    }

    public TrainingSettings settings() {
        return settings;
    }

    /**
     * One training step on the next batch.
     *
     * @return the mean loss of that batch (before the update)
     * @throws TrainingStoppedException when the step diverged or a plugin failed; the weights are as before the step
     */
    public double step() {
        long start = System.nanoTime();
        if (cursor == 0 && settings.shuffle()) {
            shuffle();
        }
        int rows = Math.min(ws.capacity(), order.length - cursor);
        if (!gatheredAhead) {
            gather(cursor, rows);
        }
        gatheredAhead = false;
        step++;
        double loss = forwardAndBackward(rows);
        if (!Double.isFinite(loss)) {
            PluginFailedException culprit = FailureDiagnosis.forward(network, ws, tBatch, rows);
            throw culprit != null ? stopped(culprit) : diverged("the loss became " + loss, null);
        }
        String exploded = divergence.check(loss, rows);
        if (exploded != null) { // the last update made the loss explode: back to the weights from before it
            restore();
            throw diverged(exploded, null);
        }
        if (!finishGradients()) {
            PluginFailedException culprit = FailureDiagnosis.backward(network, ws, tBatch, rows);
            throw culprit != null ? stopped(culprit) : diverged("the gradient became NaN or infinite", null);
        }
        int right = countRight(ws.output(), tBatch, rows); // before the update, which may gather the next batch
        try {
            update(rows);
        } catch (RuntimeException e) {
            gatheredAhead = false; // the step is undone: the next one takes this batch again
            throw e;
        }
        if (train.isClassification()) {
            correct += right;
            counted += rows;
        }
        lossSum += loss;
        lossSteps++;
        samplesSeen += rows;
        cursor += rows;
        if (cursor >= order.length) {
            cursor = 0;
            epoch++;
        }
        elapsedNanos += System.nanoTime() - start;
        return loss;
    }

    /** Forward and backward over the batch in the buffers; leaves the gradients in {@code ws}. */
    private double forwardAndBackward(int rows) {
        try {
            network.forward(xBatch, rows, ws);
            return network.backward(xBatch, tBatch, rows, ws, null);
        } catch (PluginFailedException e) {
            throw stopped(e);
        }
    }

    /** Steps until the current epoch is complete (a whole epoch when called at an epoch's start). */
    public void epoch() {
        long target = epoch + 1;
        while (epoch < target) {
            step();
        }
    }

    /** Fisher–Yates shuffle of the sample order with the trainer's own seeded random source. */
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = uniformBelow(shuffleRandom, i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }

    /**
     * A uniform int in [0, bound), bound ≥ 1, without a division in the common case (Lemire's multiply-and-shift with
     * rejection): the high half of a random 32-bit value times bound, redrawn in the rare case that the low half says
     * it would favour some values. {@code SplittableRandom.nextInt(bound)} divides every time, which made the shuffle
     * about 4 % of a playground step.
     */
    static int uniformBelow(SplittableRandom random, int bound) {
        long product = Integer.toUnsignedLong(random.nextInt()) * bound;
        if (Integer.compareUnsigned((int) product, bound) < 0) {
            int threshold = Integer.remainderUnsigned(-bound, bound); // 2³² mod bound
            while (Integer.compareUnsigned((int) product, threshold) < 0) {
                product = Integer.toUnsignedLong(random.nextInt()) * bound;
            }
        }
        return (int) (product >>> 32);
    }

    /**
     * Copies {@code rows} samples, from position {@code from} of the shuffled order, into the batch buffers. Short rows
     * (2 inputs on the playground) value by value, where a loop costs less than starting {@code System.arraycopy};
     * long rows (784 pixels) with it, as the JIT does not vectorise a copy loop between different offsets.
     */
    private void gather(int from, int rows) {
        int in = train.inputCount();
        int out = train.targetCount();
        double[] x = train.x();
        double[] y = train.y();
        for (int r = 0; r < rows; r++) {
            int s = order[from + r];
            copy(x, s * in, xBatch, r * in, in);
            copy(y, s * out, tBatch, r * out, out);
        }
    }

    private static void copy(double[] from, int start, double[] to, int at, int length) {
        if (length >= 16) {
            System.arraycopy(from, start, to, at, length);
            return;
        }
        for (int i = 0; i < length; i++) {
            to[at + i] = from[start + i];
        }
    }

    /**
     * Adds the L1/L2 terms to the weight gradients and records each layer's gradient norm.
     *
     * @return whether every gradient is finite
     */
    private boolean finishGradients() {
        double l1 = settings.l1();
        double l2 = settings.l2();
        boolean regularize = l1 != 0 || l2 != 0;
        for (int l = 0; l < network.layerCount(); l++) {
            double[] w = network.layer(l).weights();
            double[] g = ws.gradWeights(l);
            if (regularize) {
                for (int i = 0; i < w.length; i++) {
                    g[i] += l2 * w[i] + l1 * Math.signum(w[i]);
                }
            }
            // without regularisation the backward pass has already summed the squares, while computing g
            double weights = regularize ? passes.sumOfSquares(g) : ws.gradWeightSquares(l);
            double bias = passes.sumOfSquares(ws.gradBias(l));
            gradientNorms[l] = Math.sqrt(weights);
            if (!Double.isFinite(weights) || !Double.isFinite(bias)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lets the optimizer move every parameter array; undoes the step if it fails or writes non-finite values. While
     * the first layer's optimizer runs (on this thread: it is a plugin), the helper thread gathers the next batch of
     * the epoch when its rows are long (see {@link #startGatheringAhead}).
     */
    private void update(int rows) {
        int n = network.layerCount();
        for (int l = 0; l < n; l++) {
            DenseLayer layer = network.layer(l);
            passes.copy(layer.weights(), backupWeights[l]);
            passes.copy(layer.bias(), backupBias[l]);
        }
        double lr = settings.learningRate();
        double biasLr = settings.effectiveBiasLearningRate();
        String optimizerId = settings.optimizer().id();
        boolean gathering = startGatheringAhead(rows);
        try {
            for (int l = 0; l < n; l++) {
                DenseLayer layer = network.layer(l);
                try {
                    weightStates[l].update(layer.weights(), ws.gradWeights(l), lr);
                    biasStates[l].update(layer.bias(), ws.gradBias(l), biasLr);
                } catch (RuntimeException | LinkageError e) {
                    restore();
                    throw stopped(new PluginFailedException(PluginKind.OPTIMIZER, optimizerId, l + 1, Phase.UPDATE,
                            "threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                                    + e.getMessage()), e));
                }
                if (gathering) { // done before the finite checks, which split long arrays with the helper
                    gathering = false;
                    passes.finishDeferred();
                    gatheredAhead = true;
                }
                if (!passes.allFinite(layer.weights()) || !passes.allFinite(layer.bias())) {
                    restore();
                    throw stopped(new PluginFailedException(PluginKind.OPTIMIZER, optimizerId, l + 1, Phase.UPDATE,
                            "wrote NaN or infinity into the parameters", null));
                }
            }
        } finally {
            if (gathering) {
                passes.finishDeferred();
            }
        }
    }

    /**
     * Starts gathering the batch after this one (of {@code rows} samples) on the helper thread, when it is in the same
     * epoch (no shuffle between) and its rows hold at least {@link #GATHER_AHEAD} values (the 784-pixel digits: about
     * 5 % of a step; on the playground the hand-over would cost more than the copy).
     *
     * @return whether it started ({@link Kernels#finishDeferred} then completes it)
     */
    private boolean startGatheringAhead(int rows) {
        int next = cursor + rows;
        if (next >= order.length || (long) ws.capacity() * train.inputCount() < gatherAheadFrom) {
            return false;
        }
        aheadFrom = next;
        aheadRows = Math.min(ws.capacity(), order.length - next);
        passes.startDeferred(gatherAhead);
        return true;
    }

    private void restore() {
        for (int l = 0; l < network.layerCount(); l++) {
            network.setParameters(l, backupWeights[l], backupBias[l]);
        }
    }

    /** Right answers among {@code rows} outputs and targets (classification only, else 0). */
    private int countRight(double[] y, double[] t, int rows) {
        if (!train.isClassification()) {
            return 0;
        }
        int cols = network.outputs();
        int right = 0;
        for (int r = 0; r < rows; r++) {
            if (predictedClass(y, r, cols) == predictedClass(t, r, cols)) {
                right++;
            }
        }
        return right;
    }

    /** The class a row of outputs stands for: threshold 0.5 for one output, else the largest. */
    static int predictedClass(double[] values, int row, int cols) {
        if (cols == 1) {
            return values[row] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        int base = row * cols;
        for (int c = 1; c < cols; c++) {
            if (values[base + c] > values[base + best]) {
                best = c;
            }
        }
        return best;
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
        double trainLoss = lossSteps == 0 ? Double.NaN : lossSum / lossSteps;
        double trainAccuracy = counted == 0 ? Double.NaN : (double) correct / counted;
        lossSum = 0;
        lossSteps = 0;
        correct = 0;
        counted = 0;
        return new ProgressEvent(step, epoch, trainLoss, trainAccuracy, lastTest, gradientNorms, samplesSeen,
                elapsedNanos);
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
        return (order.length + ws.capacity() - 1) / ws.capacity();
    }

    /** The last step's gradient norm per layer, into {@code out}. */
    public void gradientNorms(double[] out) {
        System.arraycopy(gradientNorms, 0, out, 0, gradientNorms.length);
    }

    /**
     * Per layer, how far the last step moved the weights relative to their size: ‖W_after − W_before‖ / ‖W_before‖
     * (the "update : parameter" ratio of the DL4J training UI; healthy training is often near 1e-3). Computed on
     * request from the copy of the weights the trainer keeps before every update, so it costs nothing per step.
     *
     * @param out writes one ratio per layer; 0 before the first step
     */
    public void updateRatios(double[] out) {
        for (int l = 0; l < network.layerCount(); l++) {
            if (step == 0) {
                out[l] = 0;
                continue;
            }
            double[] after = network.layer(l).weights();
            double[] before = backupWeights[l];
            double moved = 0;
            double size = 0;
            for (int i = 0; i < after.length; i++) {
                double d = after[i] - before[i];
                moved += d * d;
                size += before[i] * before[i];
            }
            out[l] = size == 0 ? (moved == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.sqrt(moved / size);
        }
    }

    /** The workspace of the last step: activations, deltas and gradients of the last batch. Read only. */
    public Workspace workspace() {
        return ws;
    }
}
