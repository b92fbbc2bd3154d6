package org.mlpsandbox.engine.math;

/**
 * A training set's inputs copied once into native memory, in the precision its first layer trains in, so that a
 * minibatch goes from there straight into that layer's {@link ResidentWeights} ({@link ResidentWeights#gatherNext}):
 * one copy per row, in the products' own precision. Without it, every step gathers the batch in Java as
 * {@code double} and then converts it into native memory: for the 784-pixel digits in float32 that is four times the
 * bytes moved per batch, and it took about 15 % of a step.
 *
 * <p>The cost is memory: the inputs once more, in float32 half the size of the Java array (31 MB for 10,000 digits,
 * 188 MB for MNIST's 60,000). {@link #copyOf} returns null when native memory is short, and training then gathers in
 * Java as before. Read-only after it is made; one thread at a time uses it (see {@link ResidentWeights}).
 */
public final class ResidentInputs {

    /** Values copied from Java per call while making the copy (the float32 copy stages them in a Java array). */
    private static final int CHUNK = 1 << 16;

    private final NativeMatrix values;
    private final int samples;
    private final int inputs;
    private final Precision precision;

    private ResidentInputs(NativeMatrix values, int samples, int inputs, Precision precision) {
        this.values = values;
        this.samples = samples;
        this.inputs = inputs;
        this.precision = precision;
    }

    /**
     * A native copy of {@code x} ({@code samples × inputs}, row-major), or null when there is not enough native memory
     * for it or OpenBLAS did not load.
     */
    public static ResidentInputs copyOf(double[] x, int samples, int inputs, Precision precision) {
        Matrices.checkShape(x, samples, inputs, "inputs");
        if (!NativeBlas.get().loaded()) {
            return null;
        }
        NativeMatrix values;
        try {
            values = NativeMatrix.allocate(precision, x.length);
        } catch (OutOfMemoryError e) {
            return null;
        }
        for (int from = 0; from < x.length; from += CHUNK) {
            values.load(x, from, from, Math.min(CHUNK, x.length - from));
        }
        return new ResidentInputs(values, samples, inputs, precision);
    }

    NativeMatrix values() {
        return values;
    }

    public int samples() {
        return samples;
    }

    public int inputs() {
        return inputs;
    }

    public Precision precision() {
        return precision;
    }
}
