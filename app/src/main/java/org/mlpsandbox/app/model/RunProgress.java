package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.train.Evaluation;
import org.mlpsandbox.engine.train.ProgressEvent;

/**
 * What a run of {@link RunControl} has shown so far, as people count it: its loss history, its latest training loss,
 * and the steps and epochs trained before its current session began (the rows of an opened file, or the session that
 * a plugin reload or new drawn points replaced), so that the counters and the chart go on from there.
 */
final class RunProgress {

    private final LossHistory history;
    private double trainLoss = Double.NaN;
    private long stepsBefore;
    private long epochsBefore;

    RunProgress(int historyCapacity) {
        history = new LossHistory(historyCapacity);
    }

    LossHistory history() {
        return history;
    }

    /** The latest training loss recorded; NaN before the first step. */
    double trainLoss() {
        return trainLoss;
    }

    long stepsBefore() {
        return stepsBefore;
    }

    long epochsBefore() {
        return epochsBefore;
    }

    /** Records a new snapshot's progress (the session's own step count: the steps before it are added). */
    void record(ProgressEvent p) {
        if (p.step() > 0 && Double.isFinite(p.trainLoss())) {
            trainLoss = p.trainLoss();
            history.record(stepsBefore + p.step(), p.trainLoss(), p.testLoss(), p.trainAccuracy(), p.test().accuracy(),
                    p.gradientNorms());
        }
    }

    /** Forgets everything: a new run. */
    void clear() {
        history.clear();
        trainLoss = Double.NaN;
        stepsBefore = 0;
        epochsBefore = 0;
    }

    /** The next session goes on from these counts (the run's steps and epochs so far). */
    void carryOver(long steps, long epochs) {
        stepsBefore = steps;
        epochsBefore = epochs;
    }

    /**
     * Continues a run saved with these history rows (an opened file): its loss history, and counters that go on from
     * its last row. Call after {@link #clear()}.
     *
     * @param layers the network's layer count (the history keeps a gradient norm per layer)
     */
    void resumeFrom(List<HistoryRow> rows, int layers) {
        double[] noNorms = new double[layers]; // files keep no gradient norms: gaps in the Gradients chart
        Arrays.fill(noNorms, Double.NaN);
        for (HistoryRow r : rows) {
            if (r.step() > 0 && Double.isFinite(r.trainLoss())) {
                history.record(r.step(), r.trainLoss(), r.testLoss(), Double.NaN, r.accuracy(), noNorms);
            }
        }
        if (!rows.isEmpty()) {
            HistoryRow last = rows.get(rows.size() - 1);
            stepsBefore = last.step();
            epochsBefore = last.epoch();
            trainLoss = last.trainLoss();
        }
    }

    /** The loss history as experiment files keep it (epoch, step, losses, test accuracy or else train accuracy). */
    List<HistoryRow> rows(int stepsPerEpoch) {
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            long step = (long) history.step(i);
            double accuracy = Double.isFinite(history.testAccuracy(i)) ? history.testAccuracy(i)
                    : history.trainAccuracy(i);
            rows.add(new HistoryRow(step / Math.max(1, stepsPerEpoch), step, history.trainLoss(i),
                    history.testLoss(i), accuracy));
        }
        return rows;
    }

    /**
     * A parameter was set by hand at run step {@code step}: the latest training loss becomes the edited network's,
     * and the loss history's point at this step becomes the edited network's losses.
     */
    void recordEdit(long step, Evaluation train, Evaluation test, double[] noNorms) {
        if (Double.isFinite(train.loss())) {
            trainLoss = train.loss();
        }
        if (Double.isFinite(train.loss()) && step > 0) { // the charts start at the first step
            history.recordOrAmend(step, train.loss(), test.loss(), train.accuracy(), test.accuracy(), noNorms);
        }
    }
}
