package org.mlpsandbox.engine.train;

import java.util.SplittableRandom;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.math.HelperTask;
import org.mlpsandbox.engine.math.ResidentInputs;
import org.mlpsandbox.engine.math.ResidentWeights;

/**
 * The training samples as a stream of minibatches: an order over the samples, reshuffled at the start of every epoch
 * with a seeded random source, cut into batches of up to {@code capacity} samples, each copied ("gathered") into the
 * batch buffers {@link #x()} and {@link #t()}. For long input rows the next batch can be gathered on the helper thread
 * while the caller does other work (see {@link #startGatheringNext}). When the first layer's weights train in native
 * memory, the inputs are kept there too ({@link ResidentInputs}) and gathered straight into that layer
 * ({@link #stageInputsIn}), not into {@link #x()}. Buffers sized once; gathering allocates nothing.
 *
 * <p>Lifecycle of a batch: {@link #next} gathers it; then either {@link #advance} (the step succeeded) or
 * {@link #retry} (the step was undone: the next call of {@code next} gathers the same batch again).
 */
final class BatchStream {

    /** Batches of at least this many input values are gathered ahead, on the helper thread. */
    static final long GATHER_AHEAD = 4096;

    private final Dataset data;
    private final int capacity;
    private final double[] x;
    private final double[] t;
    private final int[] order;
    private final SplittableRandom shuffleRandom;

    /** {@link #GATHER_AHEAD}, or another threshold for tests. */
    private long gatherAheadFrom = GATHER_AHEAD;
    /** Position in {@link #order} of the current batch, and its size. */
    private int cursor;
    private int rows;
    /** Whether the order of the current epoch is settled (shuffled or not): a retried first batch keeps it. */
    private boolean epochStarted;
    /** Whether the buffers already hold the batch at {@link #cursor}, gathered during the last step. */
    private boolean gatheredAhead;
    private boolean gathering;
    private int aheadFrom;
    private int aheadRows;
    private final HelperTask gatherAhead = new HelperTask(this::gatherAhead);
    /** Native first-layer weights that take a batch's inputs ahead of its forward pass, or null. */
    private ResidentWeights stage;
    /** The training inputs in native memory, gathered from there into {@link #stage}; null: gathered in Java. */
    private ResidentInputs nativeInputs;

    /**
     * @param data     the training samples
     * @param capacity samples per batch, at least 1
     * @param seed     seed of the shuffling
     */
    BatchStream(Dataset data, int capacity, long seed) {
        this.data = data;
        this.capacity = capacity;
        this.x = new double[capacity * data.inputCount()];
        this.t = new double[capacity * data.targetCount()];
        this.order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.shuffleRandom = new SplittableRandom(seed);
    }

    /**
     * Gathers the next batch into {@link #x()} and {@link #t()}; at the start of an epoch reshuffles first when
     * {@code shuffle} (once an epoch: a retried first batch is the same batch).
     *
     * @return the samples in the batch (fewer than the capacity for the last batch of an epoch)
     */
    int next(boolean shuffle) {
        if (!epochStarted) {
            epochStarted = true;
            if (shuffle) {
                shuffle();
            }
        }
        rows = Math.min(capacity, order.length - cursor);
        if (!gatheredAhead && nativeInputs != null) {
            stage.gatherNext(nativeInputs, order, cursor, rows);
        } else if (!gatheredAhead) {
            gatherInputs(cursor, rows);
            if (stage != null) {
                stage.discardPrepared();
            }
        }
        gatherTargets(cursor, rows);
        gatheredAhead = false;
        return rows;
    }

    /** Moves past the current batch. @return whether that completed an epoch */
    boolean advance() {
        cursor += rows;
        if (cursor >= order.length) {
            cursor = 0;
            epochStarted = false;
            return true;
        }
        return false;
    }

    /** The current batch's step was undone: the next {@link #next} gathers it again, not the one gathered ahead. */
    void retry() {
        gatheredAhead = false;
    }

    /**
     * Inputs of the current batch, {@code rows × inputs}; null when they went only into the first layer's native
     * weights (see {@link #stageInputsIn}), whose forward pass then takes them from there.
     */
    double[] x() {
        return nativeInputs != null ? null : x;
    }

    /** Targets of the current batch, {@code rows × targets}. */
    double[] t() {
        return t;
    }

    int capacity() {
        return capacity;
    }

    /** Batches per epoch. */
    int batchesPerEpoch() {
        return (order.length + capacity - 1) / capacity;
    }

    /**
     * For tests: gather ahead, and from native inputs, from batches of this many input values ({@code Long.MAX_VALUE}:
     * never).
     */
    void gatherAheadFrom(long values) {
        gatherAheadFrom = values;
        stageInputsIn(stage);
    }

    /**
     * Starts gathering the inputs of the batch after the current one on the helper thread, when it is in the same
     * epoch (no shuffle between) and its rows hold at least {@link #GATHER_AHEAD} values (the 784-pixel digits: about
     * 5 % of a step; on the playground the hand-over would cost more than the copy). The current batch's inputs
     * {@link #x()} are overwritten (its targets are not): call this once they are no longer read. Does nothing while
     * a gathering is under way.
     *
     * @return whether it started ({@link #finishGatheringNext} then completes it)
     */
    boolean startGatheringNext() {
        if (gathering) {
            return false;
        }
        int nextFrom = cursor + rows;
        if (nextFrom >= order.length || (long) capacity * data.inputCount() < gatherAheadFrom) {
            return false;
        }
        aheadFrom = nextFrom;
        aheadRows = Math.min(capacity, order.length - nextFrom);
        gathering = true;
        gatherAhead.start();
        return true;
    }

    /**
     * Gathers every batch's inputs into {@code weights}, the first layer's native weights, too; null stops it. With
     * long input rows (batches of at least {@link #GATHER_AHEAD} values) the training inputs are copied into native
     * memory once, in the weights' precision, and batches are gathered from there ({@link ResidentWeights#gatherNext})
     * and no longer into {@link #x()}; when that copy does not fit in native memory, or rows are short, batches are
     * gathered in Java and handed on ({@link ResidentWeights#prepareNext}).
     */
    void stageInputsIn(ResidentWeights weights) {
        ResidentInputs before = nativeInputs;
        boolean wanted = weights != null && (long) capacity * data.inputCount() >= gatherAheadFrom;
        if (!wanted) {
            nativeInputs = null;
        } else if (nativeInputs == null || nativeInputs.precision() != weights.precision()) {
            nativeInputs = ResidentInputs.copyOf(data.x(), data.size(), data.inputCount(), weights.precision());
        }
        if (weights != stage || nativeInputs != before) {
            gatheredAhead = false; // a batch gathered ahead went where the inputs no longer go: gather it again
        }
        stage = weights;
    }

    /** Whether batches are gathered from a native copy of the inputs (see {@link #stageInputsIn}). */
    boolean gathersNatively() {
        return nativeInputs != null;
    }

    private void gatherAhead() {
        if (nativeInputs != null) {
            stage.gatherNext(nativeInputs, order, aheadFrom, aheadRows);
            return;
        }
        gatherInputs(aheadFrom, aheadRows);
        if (stage != null) {
            stage.prepareNext(x, aheadRows);
        }
    }

    /** Waits for the gathering of {@link #startGatheringNext}, if it was started; rethrows what it threw. */
    void finishGatheringNext() {
        if (gathering) {
            gathering = false;
            gatherAhead.finish();
            gatheredAhead = true;
        }
    }

    /** Fisher–Yates shuffle of the sample order with the stream's own seeded random source. */
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
     * Copies the inputs of {@code count} samples, from position {@code from} of the shuffled order, into {@link #x}.
     * Short rows (2 inputs on the playground) value by value, where a loop costs less than starting
     * {@code System.arraycopy}; long rows (784 pixels) with it, as the JIT does not vectorise a copy loop between
     * different offsets.
     */
    private void gatherInputs(int from, int count) {
        int in = data.inputCount();
        double[] dx = data.x();
        for (int r = 0; r < count; r++) {
            copy(dx, order[from + r] * in, x, r * in, in);
        }
    }

    /** Copies the targets of those samples into {@link #t}. */
    private void gatherTargets(int from, int count) {
        int out = data.targetCount();
        double[] dy = data.y();
        for (int r = 0; r < count; r++) {
            copy(dy, order[from + r] * out, t, r * out, out);
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
}
