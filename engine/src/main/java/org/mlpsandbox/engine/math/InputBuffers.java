package org.mlpsandbox.engine.math;

/**
 * The two native input buffers of a {@link ResidentWeights} layer ({@code capacity × inputs} each): the batch in use,
 * A of the last forward pass, which the update still reads; and the next batch, which may be put in ahead of its
 * forward pass, on the helper thread, while this step's products run on the other buffer. Each buffer has a second
 * handle for the helper thread's half of a product (a handle keeps a position of its own).
 */
final class InputBuffers {

    private final int inputs;
    private final NativeMatrix[] buffer = new NativeMatrix[2];
    private final NativeMatrix[] helperView = new NativeMatrix[2];
    private int current;
    /** Whether the other buffer holds the next batch, of {@link #nextRows} rows. */
    private volatile boolean nextIn;
    private int nextRows;

    InputBuffers(Precision precision, int capacity, int inputs) {
        this.inputs = inputs;
        for (int i = 0; i < 2; i++) {
            buffer[i] = NativeMatrix.allocate(precision, (long) capacity * inputs);
            helperView[i] = buffer[i].view();
        }
    }

    /** Whether the next batch is in, with {@code rows} rows. */
    boolean hasNext(int rows) {
        return nextIn && nextRows == rows;
    }

    /** Whether a next batch is in at all. */
    boolean hasNext() {
        return nextIn;
    }

    int nextRows() {
        return nextRows;
    }

    /** The next batch becomes the batch in use. */
    void takeNext() {
        current = 1 - current;
        nextIn = false;
    }

    /** Copies a batch from Java into the buffer in use, dropping any next batch put in ahead. */
    void loadCurrent(double[] a, int rows) {
        buffer[current].load(a, rows * inputs);
        nextIn = false;
    }

    /** Copies the next batch in from Java. */
    void loadNext(double[] a, int rows) {
        buffer[1 - current].load(a, rows * inputs);
        setNext(rows);
    }

    /** Copies the next batch in from a native copy of the training set: rows {@code order[from …]} of it. */
    void gatherNext(ResidentInputs data, int[] order, int from, int rows) {
        NativeMatrix next = buffer[1 - current];
        NativeMatrix values = data.values();
        for (int r = 0; r < rows; r++) {
            next.copyFrom(values, (long) order[from + r] * inputs, (long) r * inputs, inputs);
        }
        setNext(rows);
    }

    private void setNext(int rows) {
        nextRows = rows;
        nextIn = true;
    }

    /** The next batch put in is not the next after all. */
    void dropNext() {
        nextIn = false;
    }

    /** The batch in use (or the next one), through the training thread's handle or the helper thread's. */
    NativeMatrix batch(boolean next, boolean helper) {
        int i = next ? 1 - current : current;
        return helper ? helperView[i] : buffer[i];
    }
}
