package org.mlpsandbox.app.model;

import java.io.IOException;
import org.mlpsandbox.app.model.SandboxModel.Change;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.train.TrainingSession;

/**
 * A {@link SandboxModel} as an experiment file: the experiment to save, opening one, and whether closing now would
 * lose work (edits since the last save, or a run trained further than when saved).
 */
public final class ExperimentState {

    private final SandboxModel owner;
    private boolean edited;
    private TrainingSession savedSession;
    private long savedStep;
    private final java.util.List<Runnable> replacedListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ExperimentState(SandboxModel owner) {
        this.owner = owner;
    }

    /**
     * The experiment to save: the network spec and the weights of the latest snapshot, the training settings with the
     * schedule and stop conditions, where the data comes from, the input features, the loss history and the earlier
     * runs.
     *
     * @throws IllegalStateException when there is no run to save
     */
    public Experiment toExperiment() {
        RunControl run = owner.run();
        TrainingSession.Snapshot s = run.latest();
        if (s == null) {
            throw new IllegalStateException("there is no network to save: " + run.problem());
        }
        DataState data = owner.data();
        return Experiment.of(s.network(), owner.settings(), data.dataSpec(), run.historyRows())
                .withRuns(owner.recorder().toSaved(owner.recorder().current())).withFeatures(data.featureNames())
                .withFormulas(owner.plugins().formulas()).withRules(owner.rules())
                .withHidden(owner.classroom().hiddenInOrder());
    }

    /**
     * Opens a saved experiment whole: its data, layers, plugins, settings and weights, as a paused run whose loss
     * history and epoch and step counters go on from the file's history.
     *
     * @throws IOException              when its data (a CSV file) cannot be read
     * @throws IllegalArgumentException when its network does not fit this app's plugins or data
     */
    public void open(Experiment e) throws IOException {
        DataState data = owner.data();
        NetworkDraft draft = owner.network();
        OpenedData source = OpenedData.read(e.data(), data.settings(), owner.plugins().dataSources());
        owner.addFormulas(e.formulas());
        Network network = e.buildNetwork(owner.plugins());
        NetworkSpec spec = e.network();
        owner.run().pauseIntent();
        data.use(source, e.features());
        draft.apply(spec);
        owner.replaceSettings(e.training());
        owner.replaceRules(e.rules());
        data.generate();
        if (spec.inputs() != draft.inputCount() || spec.outputs() != draft.outputCount()) {
            throw new IllegalArgumentException("the saved network takes " + spec.inputs() + " inputs and gives "
                    + spec.outputs() + " outputs, but its data needs " + draft.inputCount() + " and "
                    + draft.outputCount());
        }
        owner.fire(Change.DATA);
        owner.fire(Change.NETWORK);
        owner.fire(Change.SETTINGS);
        owner.rebuild(network, e.history());
        owner.recorder().replaceWithSaved(e.runs());
        edited = false;
        replaced();
        // the controls the file hides (names this version does not know are left out: a newer app wrote them)
        owner.classroom().hide(e.hidden().stream().filter(n -> ControlNames.named(n).isPresent()).toList(),
                "experiment");
    }

    /**
     * Told when the whole experiment was replaced (a file opened, File → New), after the model shows the new one:
     * what belonged to the old one (an open lesson's explanation and views) should go.
     */
    public void addReplacedListener(Runnable listener) {
        replacedListeners.add(listener);
    }

    /**
     * Tells the {@link #addReplacedListener replaced listeners} that the experiment was replaced; the controls the old
     * one hid show again.
     */
    public void replaced() {
        owner.classroom().clear();
        for (Runnable l : replacedListeners) {
            l.run();
        }
    }

    /** Whether anything changed since the model was created or {@link #markSaved()} was called. */
    public boolean isDirty() {
        return edited;
    }

    /** Remembers that what is shown now (settings and trained weights) has been saved. */
    public void markSaved() {
        edited = false;
        savedSession = owner.run().session().orElse(null);
        savedStep = owner.run().latestStep();
    }

    /**
     * Whether closing now would lose work: changed settings, or a run trained further than when last saved (a fresh,
     * untrained run loses nothing).
     */
    public boolean hasUnsavedWork() {
        if (edited) {
            return true;
        }
        long step = owner.run().latestStep();
        return owner.run().session().orElse(null) == savedSession ? step > savedStep : step > 0;
    }

    /** Something saved with the experiment changed. */
    void edited() {
        edited = true;
    }

    /** What is shown now is what a new model shows. */
    void clearEdits() {
        edited = false;
    }
}
