package org.mlpsandbox.engine.limits;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The one rule for "will it fit?": before a network, a dataset or a file's content is allocated, its size (computed in
 * {@code long}, saturating instead of overflowing) is compared with what the Java heap can still give, and refused
 * with a one-line {@link NotEnoughMemoryException} saying how much it needs and how much there is.
 *
 * <p>What there is: the heap's maximum ({@code -Xmx}) minus what is in use, minus a reserve of a tenth of the maximum
 * (at least {@value #MIN_RESERVE_MB} MB). The reserve is there because a heap cannot be filled to its last byte: large
 * arrays need contiguous free regions (G1 places them in "humongous" regions), and the app itself (windows, charts,
 * the JSON of a save, the strings of a file being read) keeps working beside the big arrays. "In use" counts garbage
 * not yet collected, so when a request does not fit at first sight but would fit in an empty heap, the heap is collected
 * once and measured again before refusing.
 *
 * <pre>{@code
 * MemoryBudget.ofRuntime().require(MemoryBudget.doubles(count), "the training set");
 * }</pre>
 */
public final class MemoryBudget {

    /** The smallest reserve kept free, in megabytes. */
    public static final long MIN_RESERVE_MB = 64;
    /** The reserve as a share of the maximum heap: one part in this many. */
    public static final int RESERVE_SHARE = 10;

    /**
     * How many copies of a network's parameters a training run holds at once: the weights, their gradients, the
     * trainer's copy from before each step (to undo a failed one), two moment estimates of Adam-like optimizers, and
     * two snapshots the window draws from. A network is checked for all of them when it is built, so that one which
     * builds can also be trained.
     */
    public static final int TRAINING_COPIES = 7;

    private static final MemoryBudget RUNTIME = new MemoryBudget(MemoryBudget::runtimeAvailable, true,
            Runtime.getRuntime().maxMemory());

    private final LongSupplier available;
    private final boolean collectBeforeRefusing;
    private final long maximum;

    private MemoryBudget(LongSupplier available, boolean collectBeforeRefusing, long maximum) {
        this.available = available;
        this.collectBeforeRefusing = collectBeforeRefusing;
        this.maximum = maximum;
    }

    /** The budget of this JVM's heap. */
    public static MemoryBudget ofRuntime() {
        return RUNTIME;
    }

    /** A fixed budget of {@code bytes}, for tests and for callers that share out memory themselves. */
    public static MemoryBudget of(long bytes) {
        return new MemoryBudget(() -> bytes, false, bytes);
    }

    /** Bytes that may be allocated now, after the reserve. */
    public long available() {
        return Math.max(0, available.getAsLong());
    }

    /**
     * Checks that {@code bytes} more fit.
     *
     * @param what names the thing for the message, e.g. "the network 784 → 30000 → 10"
     * @throws NotEnoughMemoryException when they do not
     */
    public void require(long bytes, String what) {
        long free = available();
        if (bytes <= free) {
            return;
        }
        if (collectBeforeRefusing && bytes <= maximum - reserve(maximum)) {
            // would fit in an empty heap: collect once, as garbage counts as "in use" until it is collected
            System.gc();
            free = available();
            if (bytes <= free) {
                return;
            }
        }
        throw new NotEnoughMemoryException(what + " needs " + format(bytes) + " of memory but only " + format(free)
                + " is available (Java heap maximum " + format(maximum) + "; start java with a larger -Xmx, e.g. -Xmx"
                + suggestedXmx(bytes) + ", or make it smaller)", bytes, free);
    }

    /** Bytes of {@code count} doubles, saturating at {@link Long#MAX_VALUE}. */
    public static long doubles(long count) {
        return times(count, Double.BYTES);
    }

    /** {@code a × b} for non-negative values, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
    public static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** {@code a + b} for non-negative values, saturating at {@link Long#MAX_VALUE}. */
    public static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Bytes a network of {@code parameters} weights and biases needs to be trained: {@link #TRAINING_COPIES} copies. */
    public static long training(long parameters) {
        return times(doubles(parameters), TRAINING_COPIES);
    }

    /**
     * Bytes of the buffers for batches of {@code rows} samples through a network of these sizes (input first): z, a
     * and δ per layer, and the batch's inputs and targets.
     */
    public static long batchBuffers(int[] sizes, long rows) {
        long perRow = sizes[0] + (long) sizes[sizes.length - 1];
        for (int l = 1; l < sizes.length; l++) {
            perRow += 3L * sizes[l];
        }
        return doubles(times(perRow, rows));
    }

    /** Bytes for people: "512 bytes", "3.4 MB", "7.2 GB", "1.2 EB" (powers of 1024, one decimal). */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    /**
     * A -Xmx value in whole gigabytes with room for the request beside the reserve: a heap of {@code bytes × 10/9}
     * keeps a tenth free, and the gigabyte rounded up covers what the program already uses.
     */
    private static String suggestedXmx(long bytes) {
        long heap = plus(bytes, bytes / (RESERVE_SHARE - 1));
        return (heap >> 30) + 1 + "g";
    }

    private static long runtimeAvailable() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long used = rt.totalMemory() - rt.freeMemory();
        return max - used - reserve(max);
    }

    private static long reserve(long max) {
        return Math.max(MIN_RESERVE_MB << 20, max / RESERVE_SHARE);
    }
}
