package org.mlpsandbox.engine.math;

/** Small questions about a run of values in a flat array (one row of a batch, say). */
public final class Vectors {

    private Vectors() {
    }

    /** The position (0 to count − 1) of the largest of {@code count} values from {@code offset}; the first on a tie. */
    public static int argmax(double[] values, int offset, int count) {
        int best = 0;
        for (int c = 1; c < count; c++) {
            if (values[offset + c] > values[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The class that {@code count} outputs (or targets) from {@code offset} stand for: for a single value, 1 from 0.5
     * up and else 0; for more, the {@link #argmax} (one-hot targets, softmax outputs).
     */
    public static int classOf(double[] values, int offset, int count) {
        if (count == 1) {
            return values[offset] >= 0.5 ? 1 : 0;
        }
        return argmax(values, offset, count);
    }
}
