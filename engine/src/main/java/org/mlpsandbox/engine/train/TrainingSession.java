package org.mlpsandbox.engine.train;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginThreads;

/**
 * Runs a {@link Trainer} on a thread of its own. Every method is safe to call from any thread (the Swing event thread,
 * say): commands are queued and carried out between training steps. Progress leaves as immutable {@link Snapshot}s,
 * published at most {@code 1 / publishIntervalNanos} times a second, and whenever the state changes; the latest one
 * is always at hand through {@link #latest()}. No other thread ever touches the trainer or its network.
 */
public final class TrainingSession implements AutoCloseable {

    /** What the session is doing. */
    public enum State { PAUSED, RUNNING, FINISHED, STOPPED, CLOSED }

    /**
     * What a viewer needs, frozen at one moment.
     *
     * @param state    paused, running, finished (epoch limit reached), stopped (diverged or plugin failure), closed
     * @param progress step, epoch, losses, accuracy, gradient norms
     * @param network  a private copy of the network's parameters at that moment; safe to read on any thread
     * @param message  why training stopped or finished early (a stop condition), or empty
     * @param version  increases with every snapshot
     */
    public record Snapshot(State state, ProgressEvent progress, Network network, String message, long version) {
    }

    private static final long DEFAULT_PUBLISH_INTERVAL_NANOS = 33_000_000L;
    /** Test evaluation may take at most this share of the training time. */
    private static final double EVALUATION_SHARE = 0.1;

    private final Trainer trainer;
    private final long maxEpochs;
    private final long publishIntervalNanos;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;

    private volatile Snapshot latest;
    /** When the thread started its current piece of work (a command, or one training step); 0 when waiting. */
    private volatile long busySince;
    /** The longest training step so far: a step is only taken for stuck when it lasts far longer. */
    private volatile long longestStepNanos;
    /** Set once the run is given up on because a plugin does not return; the thread then never publishes again. */
    private volatile boolean abandoned;
    /** Why the run was abandoned ({@link #abandonIfStuck}), or empty. */
    private volatile String abandonment = "";
    /** The plugin call the run was abandoned in, or null. */
    private volatile PluginThreads.PluginCall abandonedIn;
    private State state = State.PAUSED;
    /** The schedule and stop conditions, or null to train at the settings' rate until paused. */
    private EpochControl control;
    /** The event taken at the end of the latest epoch for the rules (it took the running training loss along). */
    private ProgressEvent epochEnd;
    /** How the rules ended the run, once they did. */
    private volatile EpochControl.Outcome outcome;
    private long lastPublish;
    private long lastEvaluation;
    private long evaluationNanos;
    private long version;

    /**
     * @param trainer   the trainer to drive; from now on only the session's thread uses it
     * @param maxEpochs stop (state FINISHED) after this many epochs; 0 for no limit
     */
    public TrainingSession(Trainer trainer, long maxEpochs) {
        this(trainer, maxEpochs, DEFAULT_PUBLISH_INTERVAL_NANOS);
    }

    public TrainingSession(Trainer trainer, long maxEpochs, long publishIntervalNanos) {
        this.trainer = trainer;
        this.maxEpochs = maxEpochs;
        this.publishIntervalNanos = publishIntervalNanos;
        this.latest = new Snapshot(State.PAUSED, trainer.progress(), trainer.network().copy(), "", 0);
        this.thread = new Thread(this::run, "mlp-training");
        thread.setDaemon(true);
        thread.setContextClassLoader(PluginThreads.apiOnlyLoader());
        thread.start();
    }

    /** Called on the training thread with each new snapshot. Keep it short; hand work to your own thread. */
    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** The most recent snapshot. */
    public Snapshot latest() {
        return latest;
    }

    /** Trains continuously until paused, finished or stopped. */
    public void play() {
        commands.add(() -> {
            if (state == State.PAUSED) {
                state = State.RUNNING;
                publish(true);
            }
        });
    }

    /** Stops after the current step and publishes a snapshot. */
    public void pause() {
        commands.add(() -> {
            if (state == State.RUNNING) {
                state = State.PAUSED;
                publish(true);
            }
        });
    }

    /** One batch, when paused. */
    public void stepBatch() {
        commands.add(() -> guarded(() -> {
            if (state == State.PAUSED) {
                timedStep();
                publish(true);
            }
        }));
    }

    /** The rest of the current epoch, when paused. */
    public void stepEpoch() {
        commands.add(() -> guarded(() -> {
            if (state == State.PAUSED) {
                long target = trainer.epochCount() + 1;
                while (trainer.epochCount() < target && state == State.PAUSED) {
                    timedStep();
                }
                publish(true);
            }
        }));
    }

    /** New settings (learning rate, optimizer, regularisation) from the next step on. */
    public void setSettings(TrainingSettings settings) {
        commands.add(() -> guarded(() -> {
            if (control != null) {
                control.setBase(settings);
            } else {
                trainer.setSettings(settings);
            }
        }));
    }

    /**
     * Follows {@code rules} from the next step on: each epoch trains at the schedule's rate, and when a stop condition
     * fires the session finishes (state FINISHED) with a message saying why, having put back the best weights when
     * patience asks for it. Patience counts afresh from here.
     *
     * @param epochsBefore epochs trained before this session (an opened file's), so the schedule goes on from there
     */
    public void setRules(EpochRules rules, long epochsBefore) {
        commands.add(() -> guarded(() -> {
            TrainingSettings base = control == null ? trainer.settings() : control.base();
            trainer.setSettings(base);
            control = rules.equals(EpochRules.NONE) ? null : new EpochControl(trainer, rules, epochsBefore);
            if (control != null) {
                control.beforeEpoch();
            }
        }));
    }

    /** How the {@link #setRules rules} ended the run, or empty while they have not. */
    public Optional<EpochControl.Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Runs {@code action} on the training thread between steps, with the trainer; for tools that inspect it. */
    public void inspect(Consumer<Trainer> action) {
        commands.add(() -> guarded(() -> action.accept(trainer)));
    }

    /** Ends the thread. The session cannot be used afterwards. */
    @Override
    public void close() {
        commands.add(() -> state = State.CLOSED);
    }

    /**
     * Gives up on the run when its thread has been inside one training step (or one command) for at least
     * {@code limitMillis}, and ten times longer than its longest step so far, and is running plugin code at this
     * moment (an endless loop in {@code apply()}, say), from an outside jar or built-in. Java cannot stop the thread:
     * it is interrupted once and abandoned (a daemon, it keeps running until the program ends, touching only this
     * run's network); the latest snapshot becomes STOPPED with a message naming the plugin (its kind and id, its jar
     * or "built-in") and the call, so the window stays responsive and a new run can start. Call it from any thread,
     * e.g. when the user presses Stop.
     *
     * @return the message, when the run was abandoned by this call
     */
    public Optional<String> abandonIfStuck(long limitMillis) {
        long since = busySince;
        long limit = Math.max(limitMillis * 1_000_000L, 10 * longestStepNanos);
        if (abandoned || since == 0 || System.nanoTime() - since < limit) {
            return Optional.empty();
        }
        Optional<PluginThreads.PluginCall> plugin = PluginThreads.pluginCall(thread.getStackTrace(),
                trainer.plugins().entries());
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        abandoned = true;
        thread.interrupt();
        long seconds = (System.nanoTime() - since) / 1_000_000_000L;
        String message = "Training stopped: the plugin " + plugin.get().describe() + " has not returned for "
                + seconds + " s, so the run was abandoned (its worker thread is left running until the program"
                + " ends). " + (plugin.get().builtIn() ? "Pick another plugin there; a built-in that hangs is a bug"
                + " of MLP Sandbox, please report it." : "Remove or fix that plugin.");
        abandonment = message;
        abandonedIn = plugin.get();
        Snapshot s = latest;
        Snapshot stopped = new Snapshot(State.STOPPED, s.progress(), s.network(), message, s.version() + 1);
        latest = stopped;
        notifyListeners(stopped);
        return Optional.of(message);
    }

    /** Why the run was abandoned (the message of {@link #abandonIfStuck}), or empty when it was not. */
    public Optional<String> abandonment() {
        return abandonment.isEmpty() ? Optional.empty() : Optional.of(abandonment);
    }

    /** The plugin call the run was stuck in when it was abandoned, or empty when it was not. */
    public Optional<PluginThreads.PluginCall> abandonedIn() {
        return Optional.ofNullable(abandonedIn);
    }

    /** Waits until the thread has ended, at most {@code millis}. */
    public boolean awaitClosed(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void run() {
        try {
            while (state != State.CLOSED) {
                Runnable command = state == State.RUNNING ? commands.poll() : commands.take();
                busySince = System.nanoTime();
                if (command != null) {
                    command.run();
                } else {
                    guarded(this::trainForAWhile);
                }
                busySince = 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        state = State.CLOSED;
        publish(true);
    }

    /** Trains for up to ~10 ms, then returns so that commands are seen promptly. */
    private void trainForAWhile() {
        long start = System.nanoTime();
        do {
            for (int i = 0; i < 16 && state == State.RUNNING; i++) {
                timedStep();
                if (state == State.RUNNING && maxEpochs > 0 && trainer.epochCount() >= maxEpochs) {
                    state = State.FINISHED;
                }
            }
        } while (state == State.RUNNING && System.nanoTime() - start < 10_000_000L);
        publish(state != State.RUNNING);
    }

    /** One training step, timed: the stuck check ({@link #abandonIfStuck}) measures from its start. */
    private void timedStep() {
        long start = System.nanoTime();
        busySince = start;
        step();
        long took = System.nanoTime() - start;
        if (took > longestStepNanos) {
            longestStepNanos = took;
        }
    }

    /**
     * One batch at the rules' rate; when it ends an epoch, the rules' stop conditions are checked and, when one fires,
     * the session finishes with their outcome as its message.
     */
    private void step() {
        if (control == null) {
            trainer.step();
            return;
        }
        long epoch = trainer.epochCount();
        control.beforeEpoch();
        trainer.step();
        if (trainer.epochCount() == epoch) {
            return;
        }
        epochEnd = trainer.progress(control.watchesLoss());
        StopReason reason = control.afterEpoch(epochEnd);
        if (reason != null) {
            EpochControl.Outcome end = control.finish(reason);
            control = null;
            outcome = end;
            state = State.FINISHED;
            publish(true, "Stopped: " + end.describe() + ".");
        } else {
            control.beforeEpoch();
        }
    }

    /** Runs training work; a stop or an unexpected error ends the run with a message instead of killing the thread. */
    private void guarded(Runnable work) {
        try {
            work.run();
        } catch (TrainingStoppedException e) {
            state = State.STOPPED;
            publish(true, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            state = State.STOPPED;
            publish(true, "Training stopped by an unexpected error: " + e);
        }
    }

    private void publish(boolean force) {
        publish(force, latest.message());
    }

    private void publish(boolean force, String message) {
        if (abandoned) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastPublish < publishIntervalNanos) {
            return;
        }
        lastPublish = now;
        boolean evaluate = force || now - lastEvaluation >= evaluationNanos / EVALUATION_SHARE;
        long t0 = System.nanoTime();
        ProgressEvent progress = withEpochEnd(trainer.progress(evaluate));
        if (evaluate) {
            lastEvaluation = now;
            evaluationNanos = System.nanoTime() - t0;
        }
        String shown = state == State.STOPPED || state == State.FINISHED ? message : "";
        Snapshot s = new Snapshot(state, progress, trainer.network().copy(), shown, ++version);
        if (abandoned) {
            return;
        }
        latest = s;
        notifyListeners(s);
    }

    /**
     * The event to publish: when the rules' check at the end of an epoch took the running training loss and no step
     * came since, that loss and accuracy (otherwise a snapshot right after an epoch would have none).
     */
    private ProgressEvent withEpochEnd(ProgressEvent now) {
        ProgressEvent end = epochEnd;
        if (end == null || end.step() != now.step() || !Double.isNaN(now.trainLoss())) {
            return now;
        }
        return new ProgressEvent(now.step(), now.epoch(), end.trainLoss(), end.trainAccuracy(), now.test(),
                now.gradientNorms(), now.samplesSeen(), now.elapsedNanos());
    }

    private void notifyListeners(Snapshot s) {
        for (Consumer<Snapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                // A listener's bug must not stop training; it is the listener's to report.
            }
        }
    }
}
