package org.mlpsandbox.engine.train;

/**
 * Applies {@link EpochRules} to one trainer: before each epoch it gives the trainer the schedule's rate for that
 * epoch, after each epoch it checks the stop conditions (with an {@link EarlyStopping}), and at the end it puts back
 * the best epoch's weights when patience asks for it. The one place both the command line's epoch loop and the app's
 * {@link TrainingSession} take these rules from. Use it on the thread that trains:
 *
 * <pre>{@code
 * EpochControl control = new EpochControl(trainer, rules, 0);
 * StopReason stop = null;
 * while (stop == null && trainer.epochCount() < epochs) {
 *     control.beforeEpoch();
 *     trainer.epoch();
 *     stop = control.afterEpoch(trainer.progress());
 * }
 * EpochControl.Outcome outcome = control.finish(stop);
 * }</pre>
 *
 * <p>Epochs are counted as people see them: {@code epochsBefore} (those trained before this trainer existed, e.g. in
 * an opened file) plus the trainer's own; the schedule and every reported epoch use that count.
 */
public final class EpochControl {

    /**
     * How the rules ended a run.
     *
     * @param reason    which condition ended it
     * @param bestEpoch the epoch with the lowest test loss (the training loss without a test set); 0 when unknown
     * @param restored  whether the weights were set back to those of {@code bestEpoch}
     * @param rules     the rules followed, for describing the reason
     */
    public record Outcome(StopReason reason, long bestEpoch, boolean restored, EpochRules rules) {

        /**
         * "the loss had not improved for 20 epochs at epoch 57; the weights of epoch 37 (the best) were put back".
         */
        public String describe() {
            String text = reason.describe(rules.stop());
            if (restored) {
                return text + "; the weights of epoch " + bestEpoch + " (the best) were put back";
            }
            return bestEpoch > 0 && rules.stop().patience() > 0 ? text + "; epoch " + bestEpoch + " was the best"
                    : text;
        }
    }

    private final Trainer trainer;
    private final EpochRules rules;
    private final long epochsBefore;
    private final EarlyStopping stopping;
    private TrainingSettings base;
    private long scheduledEpoch = -1;

    /**
     * @param trainer      the trainer to control; its current settings are the base the schedule scales
     * @param rules        the schedule and stop conditions
     * @param epochsBefore epochs trained before this trainer (0 for a fresh run)
     */
    public EpochControl(Trainer trainer, EpochRules rules, long epochsBefore) {
        this.trainer = trainer;
        this.rules = rules;
        this.epochsBefore = epochsBefore;
        this.base = trainer.settings();
        this.stopping = new EarlyStopping(rules.stop(), trainer.network());
    }

    /** The rules followed. */
    public EpochRules rules() {
        return rules;
    }

    /** The epoch about to be trained, counted from 0 and including {@code epochsBefore}. */
    public long epoch() {
        return epochsBefore + trainer.epochCount();
    }

    /**
     * Gives the trainer the rate of the epoch it is about to train. Cheap when the epoch has not changed since the last
     * call, so it may be called before every step.
     */
    public void beforeEpoch() {
        long e = epoch();
        if (e != scheduledEpoch) {
            scheduledEpoch = e;
            if (rules.schedule() != LearningRateSchedule.CONSTANT) {
                trainer.setSettings(rules.schedule().settingsFor(base, e));
            }
        }
    }

    /** New settings chosen by the user while training: the schedule scales them from now on. */
    public void setBase(TrainingSettings settings) {
        base = settings;
        trainer.setSettings(rules.schedule() == LearningRateSchedule.CONSTANT ? settings
                : rules.schedule().settingsFor(settings, epoch()));
        scheduledEpoch = epoch();
    }

    /** The settings the schedule scales (what the user chose). */
    public TrainingSettings base() {
        return base;
    }

    /** Whether any stop condition is set (only then does {@link #afterEpoch} need a test evaluation). */
    public boolean watchesLoss() {
        return rules.stop().any();
    }

    /**
     * Records the epoch that {@code event} ends (its epoch as the trainer counts it).
     *
     * @return why training should stop now, or {@code null} to go on
     */
    public StopReason afterEpoch(ProgressEvent event) {
        StopReason r = stopping.afterEpoch(event);
        return r == null ? null : new StopReason(r.kind(), epochsBefore + r.epoch());
    }

    /**
     * Ends the run: with patience, puts back the best epoch's weights; sets the trainer back to the base settings.
     *
     * @param reason why it ended, or {@code null} when every epoch asked for was run
     */
    public Outcome finish(StopReason reason) {
        boolean restored = stopping.restoreBest();
        trainer.setSettings(base);
        scheduledEpoch = -1;
        StopReason r = reason != null ? reason : new StopReason(StopReason.Kind.EPOCHS, epoch());
        return new Outcome(r, bestEpoch(), restored, rules);
    }

    /** The epoch with the lowest watched loss so far, as people count epochs; 0 before the first. */
    public long bestEpoch() {
        return stopping.bestEpoch() == 0 ? 0 : epochsBefore + stopping.bestEpoch();
    }
}
