package org.mlpsandbox.app.cli;

import java.util.List;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.train.EpochControl;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.LearningRateSchedule;
import org.mlpsandbox.engine.train.ProgressEvent;
import org.mlpsandbox.engine.train.StopConditions;
import org.mlpsandbox.engine.train.StopReason;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingStoppedException;

/**
 * Runs the epochs of {@code train} and {@code sweep}: before each epoch the trainer gets the schedule's learning
 * rate, after it the stop conditions are checked; at the end, with patience, the best epoch's weights are put back.
 * The rules themselves live in the engine's {@link EpochControl}, which the app's Play follows too.
 */
final class EpochLoop {

    /**
     * How the run ended.
     *
     * @param failure  why training broke off (divergence, a failing plugin), or {@code null}
     * @param reason   which condition ended it (all epochs, loss reached, patience, time)
     * @param best     the epoch with the lowest test loss (training loss without a test set)
     * @param restored whether the weights were set back to those of {@code best}
     */
    record Outcome(TrainingStoppedException failure, StopReason reason, long best, boolean restored) {
    }

    private EpochLoop() {
    }

    /** Trains up to {@code epochs} epochs, adding a history row per epoch. */
    static Outcome run(Trainer trainer, int epochs, LearningRateSchedule schedule, StopConditions stop,
                       List<HistoryRow> history, ProgressPrinter progress) {
        EpochControl control = new EpochControl(trainer, new EpochRules(schedule, stop), 0);
        double stepsPerEpoch = trainer.stepsPerEpoch();
        StopReason reason = null;
        try {
            for (int e = 1; e <= epochs && reason == null; e++) {
                control.beforeEpoch();
                for (int s = 1; trainer.epochCount() < e; s++) {
                    trainer.step();
                    progress.step(e - 1, s / stepsPerEpoch);
                }
                ProgressEvent event = trainer.progress();
                history.add(HistoryRow.of(event));
                progress.epoch(event);
                reason = control.afterEpoch(event);
            }
            EpochControl.Outcome end = control.finish(reason);
            return new Outcome(null, end.reason(), end.bestEpoch(), end.restored());
        } catch (TrainingStoppedException e) {
            trainer.setSettings(control.base());
            return new Outcome(e, reason, control.bestEpoch(), false);
        } finally {
            progress.finish();
        }
    }
}
