package org.mlpsandbox.app.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.EpochControl;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * The current training run of a {@link SandboxModel}: its {@link TrainingSession}, the user's play/pause intent and
 * {@link Speed}, stepping, and the snapshots polled into the loss history. Views press Play, Pause and Step here.
 *
 * <p><b>A frame</b> (the window's timer, about 30 times a second): {@link #stepFrame()} trains this frame's batches
 * at the watched speeds, then {@link #poll()} takes the latest snapshot. Polling only reads; it never trains.
 */
public final class RunControl {

    /** Inspects the trainer of one run on its training thread (a new run hands out a new inspector). */
    @FunctionalInterface
    public interface Inspector {
        /** Runs {@code action} with the trainer on the training thread, between two steps. */
        void inspect(Consumer<Trainer> action);
    }

    private final SandboxModel owner;
    private final RunProgress progress;
    private TrainingSession session;
    private Inspector inspector;
    private int stepsPerEpoch = 1;
    private String problem = "";
    /** What became of the run this one replaced, when it was abandoned in a stuck plugin; else empty. */
    private String notice = "";
    private boolean playing;
    private Speed speed = Speed.FULL;
    private long seenVersion = -1;
    private Snapshot shown;

    RunControl(SandboxModel owner, int historyCapacity) {
        this.owner = owner;
        progress = new RunProgress(historyCapacity);
    }

    // ---------------------------------------------------------------- commands

    /** Starts or resumes training; after a stop (divergence, plugin failure) starts afresh from the seed. */
    public void play() {
        if (playing) {
            return;
        }
        playing = true;
        Snapshot s = session == null ? null : session.latest();
        if (session == null || s.state() == TrainingSession.State.STOPPED
                || s.state() == TrainingSession.State.FINISHED) {
            owner.rebuild();
            return;
        }
        if (speed.isFull()) {
            session.play();
        }
        owner.fire(Change.RUN);
    }

    public void pause() {
        if (!playing) {
            return;
        }
        pauseIntent();
        owner.fire(Change.RUN);
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Builds a fresh network from the seed and a new paused (or, if playing, running) session. */
    public void reset() {
        owner.rebuild();
    }

    /** One batch (pausing first if playing). */
    public void stepBatch() {
        pause();
        if (session != null) {
            session.stepBatch();
        }
    }

    /** The rest of the epoch (pausing first if playing). */
    public void stepEpoch() {
        pause();
        if (session != null) {
            session.stepEpoch();
        }
    }

    /**
     * Trains this frame's batches: {@link Speed#stepsPerFrame()} of them while playing at a watched speed, none
     * otherwise (at full speed the session trains on its own); gives up on a run stuck in a plugin
     * ({@link TrainingSession#abandonIfStuck}). Call once a frame, before {@link #poll()}.
     */
    public void stepFrame() {
        if (session != null) {
            // a plugin stuck in one step: the run is abandoned 2 s after Stop, or after 10 s while playing
            session.abandonIfStuck(playing ? 10_000 : 2_000);
        }
        if (session == null || !playing || speed.isFull()
                || session.latest().state() != TrainingSession.State.PAUSED) {
            return;
        }
        for (int i = 0; i < speed.stepsPerFrame(); i++) {
            session.stepBatch();
        }
    }

    public Speed speed() {
        return speed;
    }

    /** How fast Play trains; not part of the experiment (nothing to save). */
    public void setSpeed(Speed newSpeed) {
        Speed old = speed;
        speed = java.util.Objects.requireNonNull(newSpeed, "speed");
        if (playing && session != null && old.isFull() != newSpeed.isFull()) {
            if (newSpeed.isFull()) {
                session.play();
            } else {
                session.pause();
            }
        }
        owner.fire(Change.RUN);
    }

    // ---------------------------------------------------------------- queries

    /**
     * Takes the session's latest snapshot; when it is new, records it in the history, and notes when playing ended
     * (the session stopped or finished). Call at frame rate.
     *
     * @return the latest snapshot, or empty without a run
     */
    public Optional<Snapshot> poll() {
        if (session == null) {
            return Optional.empty();
        }
        Snapshot s = session.latest();
        if (s.version() == seenVersion) {
            return Optional.of(s);
        }
        seenVersion = s.version();
        shown = s;
        progress.record(s.progress());
        if (s.progress().step() > 0) {
            notice = ""; // the new run trains: what became of the last one is old news
            owner.runStepped();
        }
        if (playing && (s.state() == TrainingSession.State.STOPPED || s.state() == TrainingSession.State.FINISHED)) {
            playing = false;
            owner.fire(Change.RUN);
        }
        return Optional.of(s);
    }

    /** The snapshot returned by the last {@link #poll()} that saw a new one, if any. */
    public Optional<Snapshot> lastSnapshot() {
        return Optional.ofNullable(shown);
    }

    /** The session's latest snapshot (its private copy of the network, never the live one), or empty without a run. */
    public Optional<Snapshot> latestSnapshot() {
        return Optional.ofNullable(latest());
    }

    /** Inspects the current run's trainer; empty without a run. The same run always hands out the same inspector. */
    public Optional<Inspector> inspector() {
        return Optional.ofNullable(inspector);
    }

    /**
     * The latest training loss seen by {@link #poll()}: the mean batch loss over the last frame's steps, kept while
     * paused. NaN before the first step.
     */
    public double trainLoss() {
        return progress.trainLoss();
    }

    /**
     * The run's step count as people see it: the session's steps plus those trained before it began (the steps of an
     * opened file, or before a plugin reload); 0 without a run.
     */
    public long step() {
        return progress.stepsBefore() + latestStep();
    }

    /** The run's epoch count as people see it, like {@link #step()}; 0 without a run. */
    public long epoch() {
        long before = progress.epochsBefore();
        return session == null ? before : before + session.latest().progress().epoch();
    }

    /** Steps trained before the current session began (an opened file's, or before a plugin reload). */
    public long stepsBefore() {
        return progress.stepsBefore();
    }

    /** Epochs trained before the current session began, like {@link #stepsBefore()}. */
    public long epochsBefore() {
        return progress.epochsBefore();
    }

    /** The run's losses and gradient norms so far. */
    public LossHistory history() {
        return progress.history();
    }

    /** Why there is no run (the network cannot be built), or empty. */
    public String problem() {
        return problem;
    }

    /**
     * What became of the run the current one replaced, when that run was stuck in a plugin and abandoned (by Reset or
     * any edit that starts a new run): which plugin, which call, and that its worker thread was left running. Empty
     * otherwise, and again once the new run takes a step.
     */
    public String notice() {
        return notice;
    }

    /** Whether a run exists (the network could be built). */
    public boolean hasRun() {
        return session != null;
    }

    /** Whether the user wants training to run (Play pressed and not paused, stopped or finished since). */
    public boolean isPlaying() {
        return playing;
    }

    /** Batches in one epoch of the current run. */
    public int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    // ---------------------------------------------------------------- for the model

    /**
     * Closes the session (if any) and forgets everything the run showed, ready for a new run. A session stuck in a
     * plugin is abandoned first, and {@link #notice()} says so.
     */
    void clear() {
        notice = session == null ? notice : AbandonedRun.notice(session);
        if (!notice.isEmpty()) {
            playing = false; // the new run waits: it may well use the same plugin
        }
        close();
        progress.clear();
        forgetShown();
    }

    /**
     * Ends the session but keeps what it showed (history, counters), so that the next {@link #start} goes on from
     * here: the counters of the new session continue this one's.
     */
    void suspend() {
        progress.carryOver(step(), epoch());
        close();
        forgetShown();
    }

    /** Forgets the last snapshot shown and why there was no run, for the next session. */
    private void forgetShown() {
        shown = null;
        seenVersion = -1;
        problem = "";
    }

    /**
     * Ends the session's thread and waits up to {@code millis} for it, so that no step runs any more and the latest
     * snapshot holds every step taken; the closed session stays until {@link #suspend()} or {@link #clear()}.
     *
     * @return whether the thread ended in time (not when a plugin is stuck in a step)
     */
    boolean endAndWait(long millis) {
        if (session == null) {
            return true;
        }
        session.close();
        try {
            return session.awaitClosed(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The run's loss history and counters (to continue an opened file's, or to record an edit). */
    RunProgress progress() {
        return progress;
    }

    /** A new session training {@code network}; it plays at once if the user wants it playing at full speed. */
    void start(Network network, TrainTestSplit data, TrainingSettings settings, PluginRegistry plugins) {
        Trainer trainer = new Trainer(network, data.train(), data.test(), settings, plugins);
        stepsPerEpoch = trainer.stepsPerEpoch();
        TrainingSession s = new TrainingSession(trainer, 0);
        s.setRules(owner.rules(), progress.epochsBefore());
        session = s;
        inspector = s::inspect;
        if (playing && speed.isFull()) {
            session.play();
        }
    }

    /** The schedule or stop conditions changed: the session follows the new ones from its next step. */
    void rulesChanged(EpochRules rules) {
        if (session != null) {
            session.setRules(rules, progress.epochsBefore());
        }
    }

    /**
     * How the schedule and stop conditions ended the current run (why it stopped, the best epoch, whether its weights
     * were put back), or empty while they have not.
     */
    public Optional<EpochControl.Outcome> stopOutcome() {
        return session == null ? Optional.empty() : session.outcome();
    }

    /**
     * The learning rate the current epoch trains at: the chosen rate scaled by the schedule (the engine's
     * {@link org.mlpsandbox.engine.train.LearningRateSchedule}) for the run's epoch as people count it.
     */
    public double currentLearningRate() {
        return owner.settings().learningRate() * owner.rules().schedule().factor(epoch());
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

    Optional<TrainingSession> session() {
        return Optional.ofNullable(session);
    }

    /** The session's latest snapshot, or null without a run. */
    Snapshot latest() {
        return session == null ? null : session.latest();
    }

    /** The latest step of the session alone (not counting steps before it), or 0 without a run. */
    long latestStep() {
        return session == null ? 0 : session.latest().progress().step();
    }

    /** Stops wanting training to run and pauses the session. */
    void pauseIntent() {
        playing = false;
        if (session != null) {
            session.pause();
        }
    }

    /** The loss history as experiment files keep it (epoch, step, losses, test accuracy or else train accuracy). */
    List<HistoryRow> historyRows() {
        return progress.rows(stepsPerEpoch);
    }

    /** Ends the session's thread. */
    void close() {
        if (session != null) {
            session.close();
            session = null;
            inspector = null;
        }
    }
}
