package org.mlpsandbox.engine.train;

/**
 * The rule for "training diverged": the loss is not a finite number, or it exploded, growing to more than
 * {@link #GROWTH} times the loss of the untrained network.
 *
 * <p>Why an order of magnitude over the start: the untrained network's loss is the worst level a working run sees
 * (its outputs are near the prior: log-loss near ln 2, cross-entropy near ln(classes)); a run whose batch loss climbs
 * ten times above it is predicting confidently and wrongly, as with a learning rate of 1e300, where the log-loss clips
 * at about 21 after the first step while it started at 0.7. Losses that are clipped never become infinite, so "not
 * finite" alone misses this.
 *
 * <p>The start is the loss of the first step when its batch holds at least {@link #REFERENCE_SAMPLES} samples;
 * with smaller batches, the largest of the losses over the first steps up to that many samples, so that one lucky
 * sample with a tiny loss does not set the bar. One instance per training run; the check allocates nothing.
 */
final class Divergence {

    /** How many times the starting loss counts as exploding. */
    static final double GROWTH = 10;
    /** Samples the starting loss is taken over. */
    static final int REFERENCE_SAMPLES = 8;

    private double start = Double.NaN;
    private double largest = 0;
    private long samples;

    /**
     * Checks one step's mean batch loss, measured before that step's update.
     *
     * @param loss the batch loss
     * @param rows samples in the batch
     * @return null if training may go on, else what happened, for "Training diverged at step N: …"
     */
    String check(double loss, int rows) {
        if (!Double.isFinite(loss)) {
            return "the loss became " + loss;
        }
        if (!Double.isNaN(start)) {
            return start > 0 && loss > GROWTH * start ? "the loss grew from " + shortly(start) + " at the start to "
                    + shortly(loss) + ", more than " + (int) GROWTH + " times" : null;
        }
        largest = Math.max(largest, loss);
        samples += rows;
        if (samples >= REFERENCE_SAMPLES) {
            start = largest;
        }
        return null;
    }

    /** The starting loss, or NaN while it is still being taken. */
    double start() {
        return start;
    }

    private static String shortly(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
