package org.mlpsandbox.app.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;

/**
 * Remembers how the current run of a {@link SandboxModel} started (initial weights, data as drawn and mapped, setup,
 * data source) and keeps the finished runs in a {@link RunHistory}, so that any of them can be compared, saved and
 * restored exactly ({@link SandboxModel#restore}).
 */
public final class RunRecorder {

    private final SandboxModel owner;
    private final RunHistory runs = new RunHistory();
    private Network runStart;
    private Dataset runRaw;
    private InputMapping runMapping;
    private Setup runSetup;
    private DataSpec runData;
    private boolean runStarted;

    RunRecorder(SandboxModel owner) {
        this.owner = owner;
    }

    /** The finished runs, oldest first. */
    public RunHistory runs() {
        return runs;
    }

    /**
     * The current run as it would be kept if it ended now: its setup, initial weights, curve so far, latest losses
     * and a thumbnail of its latest output. Empty before its first step, or without a run.
     */
    public Optional<RunRecord> current() {
        return currentRun(owner.run().latest(), owner.run().history(), owner::currentSetup);
    }

    /** Forgets these runs (by number). */
    public void delete(Collection<Integer> numbers) {
        if (runs.delete(numbers) > 0) {
            owner.file().edited();
        }
    }

    /** See {@link SandboxModel#restore}. */
    void restore(RunRecord record) {
        Network start;
        try {
            start = record.initialNetwork(owner.plugins());
        } catch (RuntimeException e) {
            owner.noRun(record.name() + " cannot be restored: " + (e.getMessage() == null ? e : e.getMessage()));
            return;
        }
        owner.applyFields(record.setup(), record.generatedData());
        if (!start.spec().equals(owner.network().spec())) {
            archive();
            owner.run().close();
            end();
            owner.noRun(record.name() + " had a " + Arrays.toString(start.spec().sizes())
                    + " network, which does not fit the data now in use");
            return;
        }
        owner.rebuild(start);
    }

    /** Ends the current run, keeping it in the history if it took a step. */
    void archive() {
        if (archive(owner.run().latest(), owner.run().history(), owner::currentSetup)) {
            owner.file().edited();
        }
    }

    /** A new run begins from a copy of {@code start}, on this data and setup; it has not taken a step yet. */
    void begin(Network start, Dataset raw, InputMapping mapping, Setup setup, DataSpec data) {
        runStart = start.copy();
        runRaw = raw;
        runMapping = mapping;
        runSetup = setup;
        runData = data;
        runStarted = false;
    }

    /** There is no current run any more. */
    void end() {
        runStart = null;
    }

    /** The run took its first step: settings changed between its start and Play count for it. */
    void noteFirstStep(Supplier<Setup> current) {
        if (!runStarted) {
            runStarted = true;
            runSetup = current.get();
        }
    }

    /**
     * The current run as it would be kept if it ended now; empty before its first step, or without a run.
     *
     * @param latest  the session's latest snapshot, or null without a session
     * @param history the run's losses so far
     * @param current the setup now, used when the run has not been seen taking a step
     */
    private Optional<RunRecord> currentRun(Snapshot latest, LossHistory history, Supplier<Setup> current) {
        if (latest == null || runStart == null) {
            return Optional.empty();
        }
        var p = latest.progress();
        if (p.step() == 0) {
            return Optional.empty();
        }
        int n = history.size();
        double[] step = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        for (int i = 0; i < n; i++) {
            step[i] = history.step(i);
            train[i] = history.trainLoss(i);
            test[i] = history.testLoss(i);
        }
        double finalTrain = n > 0 ? history.lastTrainLoss() : p.trainLoss();
        RunThumbnail thumbnail;
        try {
            thumbnail = RunThumbnail.of(latest.network(), runRaw, runMapping, RunThumbnail.SIZE);
        } catch (RuntimeException e) {
            thumbnail = RunThumbnail.NONE; // a plugin failing on the plane must not lose the run
        }
        Setup setup = runStarted ? runSetup : current.get();
        return Optional.of(RunRecord.of(runs.nextNumber(), setup, runData, runStart.spec(),
                RunRecord.parametersOf(runStart), step, train, test, n, finalTrain, p.testLoss(), p.trainAccuracy(),
                p.test().samples() > 0 ? p.test().accuracy() : Double.NaN, thumbnail)
                .withTime(owner.run().epochsBefore() + p.epoch(), p.elapsedNanos() / 1e9));
    }

    /**
     * Ends the current run, keeping it in the history if it took a step.
     *
     * @return whether it was kept
     */
    private boolean archive(Snapshot latest, LossHistory history, Supplier<Setup> current) {
        Optional<RunRecord> ended = currentRun(latest, history, current);
        runStart = null; // over: no longer the current run, even for listeners told of it later
        ended.ifPresent(runs::add);
        return ended.isPresent();
    }

    /** The kept runs and then the current one (if it took a step), as experiment files save them. */
    List<SavedRun> toSaved(Optional<RunRecord> currentRun) {
        List<SavedRun> saved = new ArrayList<>();
        for (RunRecord r : runs.runs()) {
            saved.add(r.toSaved());
        }
        currentRun.ifPresent(r -> saved.add(r.toSaved()));
        return saved;
    }

    /** Replaces the kept runs by those of an opened experiment, numbered from 1. */
    void replaceWithSaved(List<SavedRun> savedRuns) {
        List<RunRecord> opened = new ArrayList<>();
        for (SavedRun r : savedRuns) {
            opened.add(RunRecord.fromSaved(r, opened.size() + 1));
        }
        runs.replaceAll(opened);
    }

}
