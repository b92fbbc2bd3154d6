package org.mlpsandbox.engine.train;

/**
 * Why training ended, for the summary.
 *
 * @param kind  which condition ended it
 * @param epoch the epoch after which it ended
 */
public record StopReason(Kind kind, long epoch) {

    /** The conditions of {@link StopConditions}, and the normal end. */
    public enum Kind {
        /** Every epoch asked for was run. */
        EPOCHS,
        /** The training loss reached the target. */
        LOSS_REACHED,
        /** The test loss stopped improving. */
        PATIENCE,
        /** The time limit was reached. */
        TIME
    }

    /** "the loss reached 0.05 after epoch 37" and the like. */
    public String describe(StopConditions conditions) {
        return switch (kind) {
            case EPOCHS -> "ran all " + epoch + " epochs";
            case LOSS_REACHED -> "the training loss reached " + conditions.stopAtLoss() + " at epoch " + epoch;
            case PATIENCE -> "the loss had not improved for " + conditions.patience() + " epochs at epoch " + epoch;
            case TIME -> "the time limit of " + conditions.maxSeconds() + " s was reached at epoch " + epoch;
        };
    }
}
