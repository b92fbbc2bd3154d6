package org.mlpsandbox.engine.train;

/**
 * Training cannot go on: the loss diverged, or a plugin failed. The network holds the weights from before the failing
 * step, so nothing learned so far is lost. The message says what happened, at which step, and what to try.
 */
public final class TrainingStoppedException extends RuntimeException {

    /** Why training stopped. */
    public enum Reason { DIVERGED, PLUGIN_FAILED }

    private final Reason reason;
    private final long step;

    public TrainingStoppedException(Reason reason, long step, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.step = step;
    }

    /** The loss or a gradient became NaN or infinite without a plugin to blame. */
    static TrainingStoppedException diverged(long step, String what, double learningRate) {
        return new TrainingStoppedException(Reason.DIVERGED, step, "Training diverged at step " + step + ": " + what
                + ". The weights from before that step are kept; try a smaller learning rate (now " + learningRate
                + ")", null);
    }

    /** A plugin failed; {@code source} says where it came from ("built-in" or its jar). */
    static TrainingStoppedException pluginFailed(long step, RuntimeException failure, String source) {
        return new TrainingStoppedException(Reason.PLUGIN_FAILED, step, "Training stopped at step " + step + ": "
                + failure.getMessage() + " (plugin from " + source + "). The weights from before that step are kept.",
                failure);
    }

    public Reason reason() {
        return reason;
    }

    /** The step (1-based) that failed. */
    public long step() {
        return step;
    }
}
