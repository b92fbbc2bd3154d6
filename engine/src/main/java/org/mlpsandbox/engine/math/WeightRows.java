package org.mlpsandbox.engine.math;

/**
 * Rows r0 … r1 of a layer's native weights W ({@link ResidentWeights}): their part of the update, and their part of
 * the forward product (rows r0 … r1 of zᵀ), as one task for one thread. The two halves of a large layer's rows are two
 * of these, one run on the training thread and one on the {@link Helper} thread; each uses its own handles on the
 * native buffers, since a handle keeps a position of its own.
 */
final class WeightRows implements Runnable {

    /** What a half does with its rows. */
    enum Mode {
        /** zᵀ = W · Aᵀ for the current batch. */
        FORWARD,
        /** W ← W − η·δᵀ·A, then Σ|W|. */
        UPDATE,
        /** The update, then the next batch's zᵀ = W · Aᵀ with the rows just moved. */
        UPDATE_THEN_FORWARD
    }

    private final NativeMatrix w;
    /** Whether these rows run on the helper thread (and so use the helper's handles on the inputs). */
    private final boolean helper;
    private final InputBuffers input;
    private final NativeMatrix zt;
    private final NativeMatrix delta;
    private final NativeMatrix saved;
    private final int r0;
    private final int r1;
    private final int outputs;
    private final int inputs;
    private Mode mode;
    private double learningRate;
    private int rows;
    private boolean copyFirst;
    private double absSum;

    /**
     * @param w     the weights (outputs × inputs), through this thread's handle; and so on for the other buffers
     * @param zt    zᵀ (outputs × rows of the batch)
     * @param delta δ of the batch (rows × outputs)
     * @param saved the undo copy of the weights
     */
    WeightRows(NativeMatrix w, boolean helper, InputBuffers input, NativeMatrix zt, NativeMatrix delta,
               NativeMatrix saved, int r0, int r1, int outputs, int inputs) {
        this.w = w;
        this.helper = helper;
        this.input = input;
        this.zt = zt;
        this.delta = delta;
        this.saved = saved;
        this.r0 = r0;
        this.r1 = r1;
        this.outputs = outputs;
        this.inputs = inputs;
    }

    /**
     * What the next {@link #run} does.
     *
     * @param rows      the current batch's rows
     * @param copyFirst whether the update first copies the rows into the undo copy
     */
    void set(Mode mode, double learningRate, int rows, boolean copyFirst) {
        this.mode = mode;
        this.learningRate = learningRate;
        this.rows = rows;
        this.copyFirst = copyFirst;
    }

    /** Σ|W| over these rows after the last update, else 0. */
    double absSum() {
        return absSum;
    }

    @Override
    public void run() {
        int n = r1 - r0;
        long w0 = (long) r0 * inputs;
        absSum = 0;
        if (mode != Mode.FORWARD) { // W[r0:r1] ← W[r0:r1] − η · δ[:, r0:r1]ᵀ · A, after the undo copy of those rows
            if (copyFirst) {
                saved.copyFrom(w, w0, n * inputs);
            }
            w.gemm(true, false, n, inputs, rows, -learningRate, delta, r0, outputs, input.batch(false, helper), 0,
                    inputs, 1, w0, inputs);
            absSum = w.absSum(w0, n * inputs);
        }
        if (mode != Mode.UPDATE) {  // zᵀ[r0:r1, :] = W[r0:r1] · Aᵀ, for this batch or the next
            boolean next = mode != Mode.FORWARD;
            int m = next ? input.nextRows() : rows;
            zt.gemm(false, true, n, m, inputs, 1, w, w0, inputs, input.batch(next, helper), 0, inputs, 0,
                    (long) r0 * m, m);
        }
    }
}
