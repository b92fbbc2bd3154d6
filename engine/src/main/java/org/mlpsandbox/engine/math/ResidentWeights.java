package org.mlpsandbox.engine.math;

/**
 * One layer's weights kept in native memory between training steps, so that plain gradient descent costs two GEMM
 * calls and no copies of the weights:
 * <pre>
 *   forward:  Zᵀ = W·Aᵀ,  Z = (Zᵀ)ᵀ + b     (A copied in once, kept for the update)
 *   update:   W ← W − η·δᵀ·A               (one GEMM with β = 1: ∂C/∂W is never stored)
 * </pre>
 * Without this, every step copies W into native memory, copies ∂C/∂W out, and makes passes over both in Java (the
 * optimizer, the finite check, the undo copy): for the digits network those passes cost as much as the products.
 * The forward product is made as Zᵀ because OpenBLAS (float32, Haswell kernels) makes it that way round 15–25 % faster
 * at a batch of 32 and 1.8× faster at a batch of 10 (measured on halves of 48 and 52 of the digits network's 100 rows
 * and on all 100), and turning the small result round costs little.
 *
 * <p><b>Two copies, one truth.</b> The layer's Java array stays the weights everyone else reads. Training moves the
 * native copy; {@link #javaWeights()} copies it back out when someone asks (a snapshot, a save, an evaluation), and
 * since whoever gets the Java array may write it, the next training step copies it in again. So a reader always sees
 * the weights of the last step, and an edit always reaches training, at the cost of two copies per read.
 *
 * <p><b>One pass over W per step.</b> When the next batch's inputs are in at update time (the trainer gathers them
 * during the step, from {@link ResidentInputs}), each half of W's rows makes that batch's forward product right after
 * its update, while the rows are in its processor's cache ({@link #descend}).
 *
 * <p>In float32 the weights themselves are then float32 while they train (as in PyTorch), not only the products'
 * operands. The undo copy ({@link #save}, {@link #restore}) is native too, and made by the update itself: each half
 * copies its rows just before it moves them, on the thread that moves them (a copy made earlier on the helper thread,
 * while the training thread ran the rest of the step, made steps 2–13 % slower: the rows then travel between the two
 * processors' caches). Only the OpenBLAS backend has this; the trainer uses it for plain gradient descent on layers
 * whose products go native ({@link #pays}). Not thread-safe: the training thread owns it (the helper thread only ever
 * gets a half of a product, or {@link #prepareNext}, while the training thread waits for it or works on other
 * buffers).
 */
public final class ResidentWeights {

    private final int outputs;
    private final int inputs;
    private final int capacity;
    private final double[] java;
    private final Precision precision;
    private final NativeMatrix weights;
    private final NativeMatrix backup;
    /** The batch in use, which the update still reads, and the next one, put in ahead. */
    private final InputBuffers input;
    /**
     * Whether {@link #z} already holds the next batch's product with the weights as they are, made by the last
     * {@link #descend} right after it moved them (see there).
     */
    private boolean forwardAhead;
    /** Forward passes that found their product made ahead (for tests). */
    private long forwardsAhead;
    /** zᵀ = W · Aᵀ without the bias (outputs × rows): that way round, OpenBLAS makes it 15–25 % faster than z. */
    private final NativeMatrix z;
    private final NativeMatrix delta;
    /** δ·W for the layer below (rows × inputs). */
    private final NativeMatrix back;
    /** ∂C/∂W on request (outputs × inputs), made when first asked for. */
    private NativeMatrix gradient;

    /**
     * Products of at least {@link OpenBlasKernels#SPLIT} multiply-adds are cut in two halves by rows of W, the upper
     * one on the {@link Helper} thread (or after the lower one here when it is busy): always the same two GEMM calls,
     * so one thread and two give the same bits.
     */
    private final boolean split;
    private final WeightRows lower;
    private final WeightRows upper;
    private final HelperTask upperTask;

    /** The native copy moved since the Java array was last written from it. */
    private boolean nativeNewer;
    /** The Java array may have been written since the native copy was loaded from it. */
    private boolean javaMaybeNewer = true;
    private int rows;
    /** A {@link #save} asked for, not yet made: the next update makes it, and until then W is what was saved. */
    private boolean savePending;
    /** Whether the buffers hold the δ and A of the last update ({@link #lastGradientNorm}). */
    private boolean updated;

    /**
     * @param weights  the layer's Java array ({@code outputs × inputs}), which stays the weights for everyone else
     * @param capacity the most rows a batch has
     * @throws IllegalStateException when OpenBLAS did not load
     */
    public ResidentWeights(double[] weights, int outputs, int inputs, int capacity, Precision precision) {
        this(weights, outputs, inputs, capacity, precision, Helper.available());
    }

    /** @param twoThreads whether the halves of a large product may run on two threads */
    ResidentWeights(double[] weights, int outputs, int inputs, int capacity, Precision precision,
                    boolean twoThreads) {
        if (!NativeBlas.get().loaded()) {
            throw new IllegalStateException("OpenBLAS did not load: " + NativeBlas.get().failure());
        }
        Matrices.checkShape(weights, outputs, inputs, "weights");
        this.outputs = outputs;
        this.inputs = inputs;
        this.capacity = capacity;
        this.java = weights;
        this.precision = precision;
        long size = (long) outputs * inputs;
        this.weights = NativeMatrix.allocate(precision, size);
        this.backup = NativeMatrix.allocate(precision, size);
        this.input = new InputBuffers(precision, capacity, inputs);
        this.z = NativeMatrix.allocate(precision, (long) capacity * outputs);
        this.delta = NativeMatrix.allocate(precision, (long) capacity * outputs);
        this.back = NativeMatrix.allocate(precision, (long) capacity * inputs);
        this.split = (long) capacity * inputs * outputs >= OpenBlasKernels.SPLIT && outputs >= 2;
        int cut = split ? cut(outputs) : outputs;
        this.lower = new WeightRows(this.weights, false, input, z, delta, backup, 0, cut, outputs, inputs);
        this.upper = split ? new WeightRows(this.weights.view(), true, input, z.view(), delta.view(), backup.view(),
                cut, outputs, outputs, inputs) : null;
        this.upperTask = split ? new HelperTask(upper, twoThreads) : null;
        save(); // so that a restore before the first update gives the weights as they came
    }

    /**
     * Where W's rows are cut into the two halves: near the middle, at a multiple of 16 rows when that moves the cut by
     * at most an eighth of a half. OpenBLAS's kernels work on blocks of rows (16 in float32 with its Haswell kernels),
     * and a half with a partial block runs slower per row: 48 + 52 rows of the digits network's 100 took 76 + 82 µs
     * against 83 + 83 µs for 50 + 50 (update and forward product, one thread, medians of 15 rounds). The lower half,
     * which the training thread keeps, gets the smaller share: it starts with caches full of the rest of the step
     * (giving it the larger one measured the same, within the noise, in whole steps).
     */
    static int cut(int outputs) {
        int half = outputs / 2;
        int aligned = half - half % 16;
        return aligned > 0 && half - aligned <= half / 8 ? aligned : half;
    }

    /**
     * Whether keeping a layer's weights native pays: when its products go to OpenBLAS at all (below that size the
     * Java kernels win, see {@link OpenBlasKernels}).
     */
    public static boolean pays(int capacity, int inputs, int outputs) {
        return (long) capacity * inputs * outputs >= OpenBlasKernels.SMALL;
    }

    /**
     * The layer's weights as a Java array, copied out of native memory if training moved them. The caller may write
     * the array: the next training step copies it in again.
     */
    public double[] javaWeights() {
        if (nativeNewer) {
            weights.store(java, java.length);
            nativeNewer = false;
        }
        javaMaybeNewer = true;
        return java;
    }

    /** Copies the Java array in if it may have changed since the native copy was made. */
    private void loadIfChanged() {
        if (javaMaybeNewer) {
            weights.load(java, java.length);
            javaMaybeNewer = false;
            forwardAhead = false;
        }
    }

    /**
     * z = a · Wᵀ + bias, for {@code rows} samples; keeps {@code a} for {@link #descend}.
     *
     * @param a    reads rows × inputs; null when {@link #gatherNext} or {@link #prepareNext} put this batch in already
     * @param bias reads outputs values
     * @param zOut writes rows × outputs
     * @throws IllegalStateException when {@code a} is null and no batch of {@code rows} rows was put in
     */
    public void forward(double[] a, int rows, double[] bias, double[] zOut) {
        checkRows(rows);
        loadIfChanged();
        boolean ahead = forwardAhead && input.hasNext(rows);
        if (input.hasNext(rows)) {
            input.takeNext();           // a is the batch put in ahead
        } else if (a == null) {
            throw new IllegalStateException("no inputs for a forward pass of " + rows + " rows");
        } else {
            input.loadCurrent(a, rows);
        }
        this.rows = rows;
        updated = false;
        forwardAhead = false;
        if (ahead) {
            forwardsAhead++;
        } else {
            inHalves(WeightRows.Mode.FORWARD, 0);
        }
        z.storeTransposed(zOut, outputs, rows);
        for (int i = 0; i < rows; i++) {
            int row = i * outputs;
            for (int j = 0; j < outputs; j++) {
                zOut[row + j] += bias[j];
            }
        }
    }

    /**
     * Copies the next batch's inputs into native memory ahead of its {@link #forward}, which then skips the copy if
     * it gets {@code rows} rows. For the thread that gathers batches ahead while this step's products run (it touches
     * only the buffer this step does not use); {@link #discardPrepared} when that batch is not the next after all.
     */
    public void prepareNext(double[] a, int rows) {
        checkRows(rows);
        input.loadNext(a, rows);
        forwardAhead = false;
    }

    /**
     * Puts the next batch's inputs in ahead of its {@link #forward}, straight from a native copy of the training set:
     * rows {@code order[from]}, …, {@code order[from + rows − 1]} of {@code data}. Like {@link #prepareNext}, it
     * touches only the buffer this step's products do not use, so it may run on the helper thread during a step.
     *
     * @throws IllegalArgumentException when {@code data} has other rows or another precision than these weights
     */
    public void gatherNext(ResidentInputs data, int[] order, int from, int rows) {
        checkRows(rows);
        if (data.inputs() != inputs || data.precision() != precision) {
            throw new IllegalArgumentException("inputs of " + data.inputs() + " values in " + data.precision()
                    + " for weights of " + inputs + " inputs in " + precision);
        }
        input.gatherNext(data, order, from, rows);
        forwardAhead = false;
    }

    public Precision precision() {
        return precision;
    }

    /** How many forward passes found their product made ahead by {@link #descend} (for tests). */
    public long forwardsMadeAhead() {
        return forwardsAhead;
    }

    /** The inputs put in by {@link #prepareNext} are not the next batch's: the next forward copies its own. */
    public void discardPrepared() {
        input.dropNext();
        forwardAhead = false;
    }

    /**
     * The error passed back to the layer below, dA = δ · W (rows × inputs), with the weights before the update.
     *
     * @param deltaIn reads rows × outputs
     * @param dA      writes rows × inputs
     */
    public void backError(double[] deltaIn, int rows, double[] dA) {
        checkRows(rows);
        loadIfChanged();
        delta.load(deltaIn, rows * outputs);
        back.gemm(false, false, rows, inputs, outputs, 1, delta, outputs, weights, inputs, 0, inputs);
        back.store(dA, rows * inputs);
    }

    /**
     * Keeps the weights as they are now, for {@link #restore}. The copy is made by the next {@link #descend}, before
     * it moves them (nothing else moves them in between).
     */
    public void save() {
        loadIfChanged();
        savePending = true;
    }

    /** Puts the weights of the last {@link #save} back. */
    public void restore() {
        if (!savePending) { // otherwise the weights have not moved since
            weights.copyFrom(backup, 0, java.length);
            javaMaybeNewer = false;
            nativeNewer = true;
            forwardAhead = false;
        }
    }

    /**
     * Plain gradient descent on the batch of the last {@link #forward}: W ← W − η·δᵀ·A, in one GEMM.
     *
     * <p>When the next batch's inputs are in already ({@link #gatherNext}, {@link #prepareNext}), each half of W's
     * rows goes on, right after its update, to that batch's forward product with the rows it just moved, while they
     * are still in its processor's cache: the same GEMM the next {@link #forward} would make, on the same values, so
     * the same bits; that forward then only copies z out. An edit of the weights, a {@link #restore} or other inputs
     * before then drop the product made ahead, and the forward makes its own.
     *
     * @param deltaIn      reads δ = ∂C/∂z of that batch (rows × outputs), as the backward pass left it
     * @param learningRate η
     * @return whether every weight is finite afterwards (if not, {@link #restore} the saved ones)
     */
    public boolean descend(double[] deltaIn, double learningRate) {
        loadIfChanged();
        delta.load(deltaIn, rows * outputs);
        boolean ahead = input.hasNext();
        double absSum = inHalves(ahead ? WeightRows.Mode.UPDATE_THEN_FORWARD : WeightRows.Mode.UPDATE, learningRate);
        forwardAhead = ahead;
        savePending = false;
        nativeNewer = true;
        updated = true;
        return Double.isFinite(absSum);
    }

    /**
     * The forward product or the update, or both, for both halves of W's rows (all of them when not split).
     *
     * @return Σ|W| after an update, else 0
     */
    private double inHalves(WeightRows.Mode mode, double learningRate) {
        lower.set(mode, learningRate, rows, savePending);
        if (!split) {
            lower.run();
            return lower.absSum();
        }
        upper.set(mode, learningRate, rows, savePending);
        upperTask.start();
        lower.run();
        upperTask.finish();
        return lower.absSum() + upper.absSum();
    }

    /**
     * ‖∂C/∂W‖ of the last update, computed now from the δ and A it used (the update itself never stores ∂C/∂W).
     *
     * @return NaN when no update has run since the last forward pass (or there is no native memory left for ∂C/∂W)
     */
    public double lastGradientNorm() {
        if (!updated) {
            return Double.NaN;
        }
        if (gradient == null) {
            try {
                gradient = NativeMatrix.allocate(precision, (long) outputs * inputs);
            } catch (OutOfMemoryError e) {
                return Double.NaN; // no room for ∂C/∂W: the norm stays unknown, training goes on
            }
        }
        gradient.gemm(true, false, outputs, inputs, rows, 1, delta, outputs, input.batch(false, false), inputs, 0, inputs);
        return gradient.norm(java.length);
    }

    /** Copies the weights of the last {@link #save} into {@code dst} (for measuring how far an update moved them). */
    public void copySaved(double[] dst) {
        loadIfChanged();
        (savePending ? weights : backup).store(dst, java.length);
    }

    private void checkRows(int rows) {
        if (rows < 1 || rows > capacity) {
            throw new IllegalArgumentException("batch of " + rows + " rows does not fit " + capacity);
        }
    }
}
