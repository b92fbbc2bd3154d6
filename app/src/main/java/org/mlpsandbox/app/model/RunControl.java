package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mlpsandbox.engine.data.TrainTest;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * Drives the current training run: its {@link TrainingSession}, the user's play/pause intent and speed, stepping,
 * and polling snapshots into the loss history. It does not notify; {@link SandboxModel} tells listeners.
 */
final class RunControl {

    /** What one {@link #poll()} saw: the latest snapshot, whether it is new, and whether it ended playing. */
    record Poll(Snapshot snapshot, boolean fresh, boolean stopped) {
    }

    private final LossHistory history;
    private TrainingSession session;
    private int stepsPerEpoch = 1;
    private String problem = "";
    private boolean playing;
    private int stepsPerFrame;
    private long seenVersion = -1;
    private Snapshot shown;
    private double trainLoss = Double.NaN;

    RunControl(int historyCapacity) {
        history = new LossHistory(historyCapacity);
    }

    /** Closes the session (if any) and forgets everything the run showed, ready for a new run. */
    void clear() {
        close();
        history.clear();
        trainLoss = Double.NaN;
        shown = null;
        seenVersion = -1;
        problem = "";
    }

    /** A new session training {@code network}; it plays at once if the user wants it playing at full speed. */
    void start(Network network, TrainTest data, TrainingSettings settings, PluginRegistry plugins) {
        Trainer trainer = new Trainer(network, data.train(), data.test(), settings, plugins);
        stepsPerEpoch = trainer.stepsPerEpoch();
        session = new TrainingSession(trainer, 0);
        if (playing && stepsPerFrame == 0) {
            session.play();
        }
    }

    /** No run could be started: says why and stops wanting to play. */
    void fail(String why) {
        problem = why;
        playing = false;
    }

    /** Says why there is no run, keeping the play intent. */
    void setProblem(String why) {
        problem = why;
    }

    String problem() {
        return problem;
    }

    boolean hasRun() {
        return session != null;
    }

    Optional<TrainingSession> session() {
        return Optional.ofNullable(session);
    }

    /** The session's latest snapshot, or null without a run. */
    Snapshot latest() {
        return session == null ? null : session.latest();
    }

    /** The latest step of the session, or 0 without a run. */
    long latestStep() {
        return session == null ? 0 : session.latest().progress().step();
    }

    boolean isPlaying() {
        return playing;
    }

    /**
     * Wants training to run.
     *
     * @return whether a fresh run must be built first (none, or it stopped or finished); otherwise it resumed
     */
    boolean startPlaying() {
        playing = true;
        Snapshot s = session == null ? null : session.latest();
        if (session == null || s.state() == TrainingSession.State.STOPPED
                || s.state() == TrainingSession.State.FINISHED) {
            return true;
        }
        if (stepsPerFrame == 0) {
            session.play();
        }
        return false;
    }

    /** Stops wanting training to run and pauses the session. */
    void pauseIntent() {
        playing = false;
        if (session != null) {
            session.pause();
        }
    }

    int speed() {
        return stepsPerFrame;
    }

    /** Steps per frame while playing, or 0 for full speed on the session's thread. */
    void setSpeed(int newStepsPerFrame) {
        if (newStepsPerFrame < 0) {
            throw new IllegalArgumentException("steps per frame must be 0 (full speed) or more, got "
                    + newStepsPerFrame);
        }
        int old = stepsPerFrame;
        stepsPerFrame = newStepsPerFrame;
        if (playing && session != null && (old == 0) != (newStepsPerFrame == 0)) {
            if (newStepsPerFrame == 0) {
                session.play();
            } else {
                session.pause();
            }
        }
    }

    void stepBatch() {
        if (session != null) {
            session.stepBatch();
        }
    }

    void stepEpoch() {
        if (session != null) {
            session.stepEpoch();
        }
    }

    int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /**
     * Takes the session's latest snapshot (stepping it when playing slowly); when it is new, records it in the history
     * and stops wanting to play if the session stopped or finished.
     *
     * @return what it saw, or empty without a run
     */
    Optional<Poll> poll() {
        if (session == null) {
            return Optional.empty();
        }
        // a plugin stuck in one step: abandoned 2 s after the user pressed Stop, or after 10 s while playing
        session.abandonIfStuck(playing ? 10_000 : 2_000);
        Snapshot s = session.latest();
        if (playing && stepsPerFrame > 0 && s.state() == TrainingSession.State.PAUSED) {
            for (int i = 0; i < stepsPerFrame; i++) {
                session.stepBatch();
            }
        }
        if (s.version() == seenVersion) {
            return Optional.of(new Poll(s, false, false));
        }
        seenVersion = s.version();
        shown = s;
        var p = s.progress();
        if (p.step() > 0 && Double.isFinite(p.trainLoss())) {
            trainLoss = p.trainLoss();
            history.record(p.step(), p.trainLoss(), p.testLoss(), p.trainAccuracy(), p.test().accuracy(),
                    p.gradientNorms());
        }
        boolean stopped = playing && (s.state() == TrainingSession.State.STOPPED
                || s.state() == TrainingSession.State.FINISHED);
        if (stopped) {
            playing = false;
        }
        return Optional.of(new Poll(s, true, stopped));
    }

    Optional<Snapshot> lastSnapshot() {
        return Optional.ofNullable(shown);
    }

    double trainLoss() {
        return trainLoss;
    }

    LossHistory history() {
        return history;
    }

    /** The loss history as experiment files keep it (epoch, step, losses, test accuracy or else train accuracy). */
    List<HistoryRow> historyRows() {
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

    /** Ends the session's thread. */
    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
