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

    public Reason reason() {
        return reason;
    }

    /** The step (1-based) that failed. */
    public long step() {
        return step;
    }
}
