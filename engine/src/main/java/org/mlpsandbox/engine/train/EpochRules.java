package org.mlpsandbox.engine.train;

import java.util.Objects;

/**
 * The rules a run follows between epochs: a {@link LearningRateSchedule} for each epoch's rate and the
 * {@link StopConditions} that may end it early. Immutable; an {@link EpochControl} applies them to one trainer. Saved
 * with an experiment; {@code train}, {@code sweep} and the app's Play all follow them through {@link EpochControl}.
 *
 * @param schedule how the learning rate changes over the epochs
 * @param stop     when to stop before the last epoch
 */
public record EpochRules(LearningRateSchedule schedule, StopConditions stop) {

    /** A constant rate, no early stop. */
    public static final EpochRules NONE = new EpochRules(LearningRateSchedule.CONSTANT, StopConditions.NONE);

    public EpochRules {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(stop, "stop");
    }

    public EpochRules withSchedule(LearningRateSchedule s) {
        return new EpochRules(s, stop);
    }

    public EpochRules withStop(StopConditions s) {
        return new EpochRules(schedule, s);
    }

    @Override
    public String toString() {
        return schedule.syntax() + ", " + stop;
    }
}
