package org.mlpsandbox.app.model;

import static org.mlpsandbox.app.model.PluginDefaults.preferred;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.Formula;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.EpochRules;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * The state of one sandbox window, without Swing, and what one change means for the rest. Views read and edit its
 * parts directly: the data ({@link #data()}), the network being edited ({@link #network()}) and the training run
 * ({@link #run()}); the model holds the training settings, the runs kept ({@link #runs()}) and the plugins, tells
 * {@link Listener}s what changed, and coordinates: new data re-fits the output layer, and most edits start a new run.
 *
 * <p><b>Threads.</b> Use it from one thread (the event thread in the app, the test thread in tests); training runs on
 * the {@link TrainingSession}'s own thread.
 *
 * <p><b>What re-initialises.</b> Changing the data, the features, the layers, an activation, the loss, the initializer,
 * the seed, the batch size or the training seed builds a fresh network from the seed. Learning rates, the optimizer
 * and its parameters and L1/L2 apply live to the running session.
 *
 * <p><b>Runs.</b> Every run (from a rebuild of the network to the next) that took at least one step is kept in
 * {@link #runs()} when the next one starts, with the setup it started training with and its initial weights, so that
 * {@link #restore(RunRecord)} can start it again exactly; the runs are saved with the experiment.
 *
 * <p><b>Problems</b> (a plugin that cannot be configured, a layer too narrow for softmax) do not throw: the run is then
 * absent and {@link RunControl#problem()} says why, so the window can show it and the user can fix it.
 */
public final class SandboxModel implements AutoCloseable {

    /** What changed, for listeners. */
    public enum Change {
        /** The data (generator, samples, noise, split, features, CSV). */
        DATA,
        /** The network's layers, activations, loss, initializer or seed. */
        NETWORK,
        /** Training settings. */
        SETTINGS,
        /** A new run started (or could not), or play/pause or the speed changed. */
        RUN,
        /** The plugin registry was replaced. */
        PLUGINS
    }

    /** Told about every change, on the model's thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    /** Points kept by the loss history. */
    static final int HISTORY_CAPACITY = 4000;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private PluginRegistry plugins;
    private final DataState data;
    private final NetworkDraft draft;
    private TrainingSettings settings = TrainingSettings.defaults();
    private EpochRules rules = EpochRules.NONE;
    private final RunControl run = new RunControl(this, HISTORY_CAPACITY);
    private final RunRecorder recorder = new RunRecorder(this);
    private final ExperimentState file = new ExperimentState(this);
    private final WeightEdits weightEdits = new WeightEdits(this);
    private final Classroom classroom = new Classroom();
    private final PluginSwitch pluginSwitch = new PluginSwitch(this);
    private final PrecisionSwitch precision = new PrecisionSwitch(this);

    /** A model with the default data (circle), two hidden tanh layers and plain SGD, ready to play. */
    public SandboxModel(PluginRegistry plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        draft = new NetworkDraft(this, plugins);
        settings = settings.withOptimizer(PluginChoice.of(preferred(plugins, PluginKind.OPTIMIZER, "sgd", "adam")));
        data = new DataState(this);
        draft.fitOutputTo(data.rawData(), plugins);
        rebuild();
        file.clearEdits();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    void fire(Change c) {
        if (c != Change.RUN) {
            file.edited();
        }
        for (Listener l : listeners) {
            l.changed(c);
        }
    }

    /** Where the data comes from and what it yields; edit it there. */
    public DataState data() {
        return data;
    }

    /** The network being edited; edit it there. */
    public NetworkDraft network() {
        return draft;
    }

    /** The training run: play, pause, step, speed, the latest snapshot and the loss history. */
    public RunControl run() {
        return run;
    }

    /** The model as an experiment file: save, open, unsaved work. */
    public ExperimentState file() {
        return file;
    }

    /** Weights and biases typed by hand into the current run's network, and undoing the last one. */
    public WeightEdits weightEdits() {
        return weightEdits;
    }

    /** Which controls the open lesson hides (classroom controls). */
    public Classroom classroom() {
        return classroom;
    }

    /** The current run as it would be kept, and the runs kept. */
    public RunRecorder recorder() {
        return recorder;
    }

    /** The precision of the matrix products training uses, switched without losing work. */
    public PrecisionSwitch precision() {
        return precision;
    }

    public PluginRegistry plugins() {
        return plugins;
    }

    /**
     * Switches to a reloaded registry without losing work. When every plugin the network and the training use is still
     * usable, the network is rebuilt from the new registry's plugins with the current weights, and training goes on
     * from the same step with its loss history (nothing is reset). When one is gone or refused, only the registry
     * changes: the run keeps its old plugin instances until the user picks another plugin, and the returned lines
     * name what was lost.
     *
     * @return one line per lost plugin ("hidden layer 2 lost its activation acme.swish: refused, …"); empty when the
     *         network and its weights were kept
     */
    public List<String> pluginsReloaded(PluginRegistry reloaded) {
        return pluginSwitch.reloaded(reloaded);
    }

    /**
     * Switches to a new registry, dropping choices whose plugin vanished for a default and starting afresh; prefer
     * {@link #pluginsReloaded}, which keeps the run.
     */
    public void setPlugins(PluginRegistry registry) {
        pluginSwitch.replace(registry);
    }

    /**
     * Adds activations typed as formulas (in the app, or brought by an opened file), checked like plugins: usable at
     * once in every activation menu and saved with the experiment. One that replaces a formula of the same id rebuilds
     * the run, since the network may use it.
     *
     * @throws IllegalArgumentException when a formula is not a formula in z
     */
    public void addFormulas(List<Formula> formulas) {
        pluginSwitch.addFormulas(formulas);
    }

    /** Takes another registry, without telling anyone yet. */
    void replacePlugins(PluginRegistry registry) {
        plugins = registry;
    }

    /**
     * Goes on training from the current run's weights in a network built afresh from the draft and the plugins in use
     * (new data, reloaded plugins): the loss history and the counters continue.
     */
    void continueRun() {
        try {
            Network fresh = Network.build(draft.spec(), plugins);
            fresh.copyParametersFrom(run.latestSnapshot().orElseThrow().network());
            run.suspend();
            run.start(fresh, data.networkData(), settings, plugins);
        } catch (RuntimeException e) {
            run.fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        fire(Change.RUN);
    }

    /** The network draft changed. */
    void networkChanged() {
        fire(Change.NETWORK);
        rebuild();
    }

    /** The run was seen taking a step: settings changed between its start and Play count for it. */
    void runStepped() {
        recorder.noteFirstStep(this::currentSetup);
    }

    public TrainingSettings settings() {
        return settings;
    }

    /**
     * New training settings. The learning rates, optimizer and regularisation apply live; a new batch size or
     * training seed starts a fresh run.
     */
    public void setSettings(TrainingSettings newSettings) {
        if (newSettings.equals(settings)) {
            return;
        }
        boolean restart = newSettings.batchSize() != settings.batchSize() || newSettings.seed() != settings.seed();
        settings = newSettings;
        fire(Change.SETTINGS);
        Optional<TrainingSession> session = run.session();
        if (restart || session.isEmpty()) {
            rebuild();
        } else {
            session.get().setSettings(newSettings);
        }
    }

    /** The learning-rate schedule and stop conditions Play follows. */
    public EpochRules rules() {
        return rules;
    }

    /**
     * A new schedule or new stop conditions: they apply to the running session from its next step (patience counts
     * afresh), and to every run after it; saved with the experiment.
     */
    public void setRules(EpochRules newRules) {
        if (newRules.equals(rules)) {
            return;
        }
        rules = Objects.requireNonNull(newRules, "rules");
        fire(Change.SETTINGS);
        run.rulesChanged(newRules);
    }

    /** Takes rules read from a file, without telling anyone yet. */
    void replaceRules(EpochRules newRules) {
        rules = Objects.requireNonNull(newRules, "rules");
    }

    /** Takes settings read from a file, without telling anyone yet. */
    void replaceSettings(TrainingSettings newSettings) {
        settings = newSettings;
    }

    /** The current data, network and training settings as one value. */
    public Setup currentSetup() {
        return new Setup(data.settings(), data.featureSet(), draft.hiddenList(), draft.outputActivation(),
                draft.loss(), draft.initializer(), draft.seed(), settings);
    }

    /**
     * Applies a whole setup at once (a lesson, File → New) and starts a fresh, paused run. A setup carries no schedule
     * and no stop conditions, so the run starts from a constant rate with none ({@link EpochRules#NONE}): nothing of
     * the previous experiment's rules stays. Plugins that are not installed are kept as chosen;
     * {@link RunControl#problem()} then names them.
     */
    public void apply(Setup setup) {
        apply(setup, EpochRules.NONE);
    }

    /** {@link #apply(Setup)} with the schedule and stop conditions the setup comes with. */
    public void apply(Setup setup, EpochRules setupRules) {
        rules = Objects.requireNonNull(setupRules, "rules"); // before the listeners hear of the new settings
        applyFields(setup, true);
        rebuild();
    }

    /** A setup's network and training settings, and its data too when {@code withData}; the run pauses. */
    void applyFields(Setup setup, boolean withData) {
        run.pauseIntent();
        if (withData) {
            data.apply(setup);
        }
        draft.apply(setup);
        settings = setup.training();
        if (withData) {
            data.generate();
            fire(Change.DATA);
        }
        fire(Change.NETWORK);
        fire(Change.SETTINGS);
    }

    /** A new run from the seed. */
    void rebuild() {
        rebuild(null);
    }

    /** A new run; from {@code preset}'s weights when given (an opened file), else from the seed. */
    void rebuild(Network preset) {
        rebuild(preset, List.of());
    }

    /**
     * A new run from {@code preset}'s weights (or the seed when null) that goes on from {@code history} (the rows of an
     * opened file: the loss chart shows them and the counters continue from the last).
     */
    void rebuild(Network preset, List<HistoryRow> history) {
        recorder.archive();
        run.clear();
        recorder.end();
        if (preset != null && !history.isEmpty()) {
            run.progress().resumeFrom(history, preset.layerCount());
        }
        try {
            if (!data.problem().isEmpty()) {
                throw new IllegalArgumentException(data.problem());
            }
            Network network = preset != null ? preset : Network.build(draft.spec(), plugins);
            TrainTestSplit networkData = data.networkData();
            recorder.begin(network, data.rawData(), data.inputMapping(), currentSetup(), data.dataSpec());
            run.start(network, networkData, settings, plugins);
        } catch (RuntimeException e) {
            run.fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        fire(Change.RUN);
    }

    /** The finished runs of this session (and of the opened experiment), oldest first. */
    public RunHistory runs() {
        return recorder.runs();
    }

    /**
     * Starts a run afresh exactly as {@code run} started: its setup (its data too, when it was generated; otherwise
     * the current data stays) and its initial weights, as a paused run. Change one setting and press Play to see what
     * that one change does. The current run, if trained, is kept in the history first.
     */
    public void restore(RunRecord record) {
        recorder.restore(record);
    }

    /** Says why there is no run. */
    void noRun(String why) {
        run.setProblem(why);
        fire(Change.RUN);
    }

    /** Ends the training thread. */
    @Override
    public void close() {
        run.close();
    }
}
