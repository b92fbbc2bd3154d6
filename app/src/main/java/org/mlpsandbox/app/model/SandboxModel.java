package org.mlpsandbox.app.model;

import static org.mlpsandbox.app.model.PluginDefaults.installed;
import static org.mlpsandbox.app.model.PluginDefaults.preferred;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * The state of one sandbox window, without Swing: a facade over the data ({@link DataState}), the network being edited
 * ({@link NetworkDraft}), the training settings, the training run ({@link RunControl}) and the runs kept
 * ({@link RunRecorder}). It owns the listeners and coordinates what one change means for the others: new data re-fits
 * the output layer, and most edits start a new run. Views read it and call its setters; it tells them what changed
 * through {@link Listener}s.
 *
 * <p><b>Threads.</b> Use it from one thread (the event thread in the app, the test thread in tests). Training runs on
 * the {@link TrainingSession}'s own thread; {@link #poll()} fetches its latest {@link Snapshot}, never the live network.
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
 * absent and {@link #problem()} says why, so the window can show it and the user can fix it.
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
        /** A new run started (or could not), or play/pause changed. */
        RUN,
        /** The plugin registry was replaced. */
        PLUGINS
    }

    /** Told about every change, on the model's thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    /** Most neurons a layer may have in the editor. */
    public static final int MAX_NEURONS = NetworkDraft.MAX_NEURONS;
    /** Most hidden layers in the editor. */
    public static final int MAX_HIDDEN_LAYERS = NetworkDraft.MAX_HIDDEN_LAYERS;
    /** Points kept by the loss history. */
    public static final int HISTORY_CAPACITY = 4000;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private PluginRegistry plugins;
    private final DataState data;
    private final NetworkDraft draft;
    private TrainingSettings settings = TrainingSettings.defaults();
    private final RunControl run = new RunControl(HISTORY_CAPACITY);
    private final RunRecorder recorder = new RunRecorder();
    private boolean dirty;
    private TrainingSession savedSession;
    private long savedStep;

    /** A model with the default data (circle), two hidden tanh layers and plain SGD, ready to play. */
    public SandboxModel(PluginRegistry plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        draft = new NetworkDraft(plugins);
        settings = settings.withOptimizer(PluginChoice.of(preferred(plugins, PluginKind.OPTIMIZER, "sgd", "adam")));
        data = new DataState();
        fitOutputToData();
        rebuild();
        dirty = false;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire(Change c) {
        if (c != Change.RUN) {
            dirty = true;
        }
        for (Listener l : listeners) {
            l.changed(c);
        }
    }

    // ---------------------------------------------------------------- plugins

    public PluginRegistry plugins() {
        return plugins;
    }

    /** Switches to a new registry (after a reload); choices whose plugin vanished fall back to a default. */
    public void setPlugins(PluginRegistry registry) {
        this.plugins = Objects.requireNonNull(registry, "registry");
        if (draft.dropMissing(plugins)) {
            fitOutputToData();
        }
        if (!installed(plugins, PluginKind.OPTIMIZER, settings.optimizer().id())) {
            settings = settings.withOptimizer(PluginChoice.of(preferred(plugins, PluginKind.OPTIMIZER, "sgd")));
        }
        fire(Change.PLUGINS);
        rebuild();
    }

    // ---------------------------------------------------------------- data

    public DataSettings dataSettings() {
        return data.settings();
    }

    /** New data settings: regenerates the data (leaving CSV data) and re-initialises the network. */
    public void setDataSettings(DataSettings newSettings) {
        dataChanged(() -> data.setSettings(newSettings));
    }

    /** Draws the same settings again with the next seed: new points, new split. */
    public void regenerate() {
        dataChanged(data::regenerate);
    }

    /**
     * Uses imported CSV data instead of a generator (the test ratio and seed still split it).
     *
     * @param file where it was read from, saved in experiment files
     */
    public void useCsv(CsvDataset csv, Path file) {
        dataChanged(() -> data.useCsv(csv, file));
    }

    /**
     * Uses data that comes already split, such as the digits ({@code DataSpec.load()} of a lesson or a file). The
     * generator settings are then ignored until another generator is chosen.
     *
     * @param source where it came from, saved in experiment files
     */
    public void useData(TrainTestSplit split, DataSpec source) {
        dataChanged(() -> data.useData(split, source));
    }

    /** Whether the data comes from a generator (not CSV, not data handed in with {@link #useData}). */
    public boolean isGenerated() {
        return data.isGenerated();
    }

    /** The imported CSV data in use, if any. */
    public Optional<CsvDataset> csv() {
        return data.csv();
    }

    /** Applies a change of data; a new kind of target re-fits the output layer, new inputs change the network. */
    private void dataChanged(Runnable change) {
        Dataset old = data.rawData();
        boolean wasClassification = old.isClassification();
        int oldClasses = old.classCount();
        int oldInputs = old.inputCount();
        change.run();
        Dataset now = data.rawData();
        if (wasClassification != now.isClassification() || oldClasses != now.classCount()) {
            fitOutputToData();
        }
        fire(Change.DATA);
        if (oldInputs != now.inputCount()) {
            fire(Change.NETWORK);
        }
        rebuild();
    }

    /** The data as drawn or imported, before features. */
    public Dataset rawData() {
        return data.rawData();
    }

    /** The raw data split into training and test samples; views draw these. */
    public TrainTestSplit rawSplit() {
        return data.rawSplit();
    }

    /** How raw rows become network inputs. */
    public InputMapping inputMapping() {
        return data.mapping();
    }

    /** Whether input features can be chosen (2-D data). */
    public boolean featuresApply() {
        return data.featuresApply();
    }

    public Set<Feature> features() {
        return data.features();
    }

    /**
     * Turns one feature on or off. The last feature cannot be turned off.
     *
     * @return whether anything changed
     */
    public boolean setFeature(Feature f, boolean on) {
        if (!data.setFeature(f, on)) {
            return false;
        }
        fire(Change.DATA);
        fire(Change.NETWORK);
        rebuild();
        return true;
    }

    /** The training and test sets as the network sees them: features applied, targets fitted to the outputs. */
    public TrainTestSplit networkData() {
        return data.networkData(outputCount());
    }

    // ---------------------------------------------------------------- network

    /** The hidden layers, first to last (a copy). */
    public List<LayerSpec> hiddenLayers() {
        return draft.hiddenLayers();
    }

    /** Appends a hidden layer like the last one (or 4 neurons of the default activation). */
    public void addLayer() {
        networkChanged(draft.addLayer(plugins));
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        networkChanged(draft.removeLayer());
    }

    /** Sets hidden layer {@code i}'s neuron count, clamped to 1..{@link #MAX_NEURONS}. */
    public void setLayerSize(int i, int size) {
        networkChanged(draft.setLayerSize(i, size));
    }

    public void setLayerActivation(int i, PluginChoice activation) {
        networkChanged(draft.setLayerActivation(i, activation));
    }

    /** Replaces the hidden layers with a preset shape, keeping the first layer's activation. */
    public void applyShape(ShapePreset preset) {
        draft.applyShape(preset, plugins);
        networkChanged(true);
    }

    public PluginChoice outputActivation() {
        return draft.outputActivation();
    }

    public void setOutputActivation(PluginChoice activation) {
        networkChanged(draft.setOutputActivation(activation));
    }

    public PluginChoice loss() {
        return draft.loss();
    }

    public void setLoss(PluginChoice newLoss) {
        networkChanged(draft.setLoss(newLoss));
    }

    public PluginChoice initializer() {
        return draft.initializer();
    }

    public void setInitializer(PluginChoice init) {
        networkChanged(draft.setInitializer(init));
    }

    public long networkSeed() {
        return draft.seed();
    }

    public void setNetworkSeed(long seed) {
        networkChanged(draft.setSeed(seed));
    }

    private void networkChanged(boolean changed) {
        if (changed) {
            fire(Change.NETWORK);
            rebuild();
        }
    }

    /**
     * Picks the output activation and loss that fit the data: sigmoid + log-loss for two classes, softmax +
     * categorical cross-entropy for more, identity + MSE for regression (falling back to what is installed).
     */
    public void fitOutputToData() {
        draft.fitOutputTo(data.rawData(), plugins);
    }

    /** Network inputs: the raw inputs, or the number of chosen features. */
    public int inputCount() {
        return data.mapping().width();
    }

    /**
     * Output neurons the data needs: one for two classes (two when the output activation needs at least two, like
     * softmax), one per class otherwise, one per target for regression.
     */
    public int outputCount() {
        return draft.outputCount(data.rawData(), plugins);
    }

    /** The network the editor describes: inputs, hidden layers, output layer, loss, initializer, seed. */
    public NetworkSpec networkSpec() {
        return draft.spec(inputCount(), outputCount());
    }

    /** A warning about the output activation and loss pair, if odd. */
    public Optional<String> pairingWarning() {
        return draft.pairingWarning(data.rawData().isClassification());
    }

    // ---------------------------------------------------------------- training settings

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

    // ---------------------------------------------------------------- setups

    /** The current data, network and training settings as one value. */
    public Setup currentSetup() {
        return new Setup(data.settings(), data.featureSet(), draft.hiddenList(), draft.outputActivation(),
                draft.loss(), draft.initializer(), draft.seed(), settings);
    }

    /**
     * Applies a whole setup at once (a lesson, an opened file) and starts a fresh, paused run. Plugins that are not
     * installed are kept as chosen; {@link #problem()} then names them.
     */
    public void apply(Setup setup) {
        applyFields(setup);
        rebuild();
    }

    private void applyFields(Setup setup) {
        run.pauseIntent();
        data.apply(setup);
        draft.apply(setup);
        settings = setup.training();
        data.generate();
        fire(Change.DATA);
        fire(Change.NETWORK);
        fire(Change.SETTINGS);
    }

    // ---------------------------------------------------------------- the run

    /** Builds a fresh network from the seed and a new paused (or, if playing, running) session. */
    public void reset() {
        rebuild();
    }

    private void rebuild() {
        rebuild(null);
    }

    /** A new run; from {@code preset}'s weights when given (an opened file), else from the seed. */
    private void rebuild(Network preset) {
        archiveRun();
        run.clear();
        recorder.end();
        try {
            Network network = preset != null ? preset : Network.build(networkSpec(), plugins);
            TrainTestSplit networkData = networkData();
            recorder.begin(network, data.rawData(), data.mapping(), currentSetup(), data.dataSpec());
            run.start(network, networkData, settings, plugins);
        } catch (RuntimeException e) {
            run.fail(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        fire(Change.RUN);
    }

    /** Why there is no run (the network cannot be built), or empty. */
    public String problem() {
        return run.problem();
    }

    /** Whether a run exists (the network could be built). */
    public boolean hasRun() {
        return run.hasRun();
    }

    /** Whether the user wants training to run (Play pressed and not paused, stopped or finished since). */
    public boolean isPlaying() {
        return run.isPlaying();
    }

    /** Starts or resumes training; after a stop (divergence, plugin failure) starts afresh from the seed. */
    public void play() {
        if (run.isPlaying()) {
            return;
        }
        if (run.startPlaying()) {
            rebuild();
        } else {
            fire(Change.RUN);
        }
    }

    /** Steps per frame while playing, or 0 for full speed. */
    public int speed() {
        return run.speed();
    }

    /**
     * How fast Play trains: {@code stepsPerFrame} batches each time {@link #poll()} is called (so about 30 times that
     * per second in the window), slow enough to watch the boundary form; 0 trains at full speed on the session's
     * thread.
     */
    public void setSpeed(int stepsPerFrame) {
        run.setSpeed(stepsPerFrame);
        fire(Change.RUN); // how fast to watch is not part of the experiment: nothing to save
    }

    public void pause() {
        if (!run.isPlaying()) {
            return;
        }
        run.pauseIntent();
        fire(Change.RUN);
    }

    public void togglePlay() {
        if (run.isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** One batch (pausing first if playing). */
    public void stepBatch() {
        pause();
        run.stepBatch();
    }

    /** The rest of the epoch (pausing first if playing). */
    public void stepEpoch() {
        pause();
        run.stepEpoch();
    }

    /** Batches in one epoch of the current run. */
    public int stepsPerEpoch() {
        return run.stepsPerEpoch();
    }

    /**
     * Takes the session's latest snapshot; when it is new, records it in the history and notes a stop. Call at frame
     * rate.
     *
     * @return the latest snapshot, or empty without a run
     */
    public Optional<Snapshot> poll() {
        Optional<RunControl.Poll> polled = run.poll();
        if (polled.isEmpty()) {
            return Optional.empty();
        }
        RunControl.Poll p = polled.get();
        if (p.fresh() && p.snapshot().progress().step() > 0) {
            recorder.noteFirstStep(this::currentSetup);
        }
        if (p.stopped()) {
            fire(Change.RUN);
        }
        return Optional.of(p.snapshot());
    }

    /** The snapshot returned by the last {@link #poll()}, if any. */
    public Optional<Snapshot> lastSnapshot() {
        return run.lastSnapshot();
    }

    /**
     * The latest training loss seen by {@link #poll()}: the mean batch loss over the last frame's steps, kept while
     * paused. NaN before the first step.
     */
    public double trainLoss() {
        return run.trainLoss();
    }

    /** The run's losses and gradient norms so far. */
    public LossHistory history() {
        return run.history();
    }

    /**
     * The training session of the current run, for views that inspect the trainer on its own thread; empty without a
     * run. Do not pause, step or close it: use the model's methods.
     */
    public Optional<TrainingSession> session() {
        return run.session();
    }

    // ---------------------------------------------------------------- runs

    /** The finished runs of this session (and of the opened experiment), oldest first. */
    public RunHistory runs() {
        return recorder.runs();
    }

    /**
     * The current run as it would be kept if it ended now: its setup, initial weights, curve so far, latest losses
     * and a thumbnail of its latest output. Empty before its first step, or without a run.
     */
    public Optional<RunRecord> currentRun() {
        return recorder.currentRun(run.latest(), run.history(), this::currentSetup);
    }

    /** Keeps the current run in the history if it took a step. */
    private void archiveRun() {
        if (recorder.archive(run.latest(), run.history(), this::currentSetup)) {
            dirty = true;
        }
    }

    /** Forgets these runs (by number). */
    public void deleteRuns(Collection<Integer> numbers) {
        if (recorder.delete(numbers) > 0) {
            dirty = true;
        }
    }

    /**
     * Starts a run afresh exactly as {@code run} started: its setup (its data too, when it was generated; otherwise
     * the current data stays) and its initial weights, as a paused run. Change one setting and press Play to see what
     * that one change does. The current run, if trained, is kept in the history first.
     */
    public void restore(RunRecord record) {
        Network start;
        try {
            start = record.initialNetwork(plugins);
        } catch (RuntimeException e) {
            run.setProblem(record.name() + " cannot be restored: " + (e.getMessage() == null ? e : e.getMessage()));
            fire(Change.RUN);
            return;
        }
        if (record.generatedData()) {
            applyFields(record.setup());
        } else {
            Setup s = record.setup();
            run.pauseIntent();
            draft.apply(s);
            settings = s.training();
            fire(Change.NETWORK);
            fire(Change.SETTINGS);
        }
        if (!start.spec().equals(networkSpec())) {
            archiveRun();
            run.close();
            recorder.end();
            run.setProblem(record.name() + " had a " + java.util.Arrays.toString(start.spec().sizes())
                    + " network, which does not fit the data now in use");
            fire(Change.RUN);
            return;
        }
        rebuild(start);
    }

    // ---------------------------------------------------------------- saving

    /**
     * The experiment to save: the network spec and the weights of the latest snapshot, the training settings, where
     * the data comes from, the input features, the loss history and the earlier runs.
     *
     * @throws IllegalStateException when there is no run to save
     */
    public Experiment toExperiment() {
        Snapshot s = run.latest();
        if (s == null) {
            throw new IllegalStateException("there is no network to save: " + run.problem());
        }
        DataSpec spec = data.dataSpec();
        var rows = run.historyRows();
        var saved = recorder.toSaved(currentRun());
        return Experiment.of(s.network(), settings, spec, rows).withRuns(saved).withFeatures(data.featureNames());
    }

    /**
     * Opens a saved experiment: its data, layers, plugins, settings and weights, as a paused run.
     *
     * @throws IOException              when its data (a CSV file) cannot be read
     * @throws IllegalArgumentException when its network does not fit this app's plugins or data
     */
    public void open(Experiment e) throws IOException {
        DataState.Source source = data.read(e.data());
        Network network = e.buildNetwork(plugins);
        NetworkSpec spec = e.network();
        run.pauseIntent();
        data.use(source, e.features());
        draft.apply(spec);
        settings = e.training();
        data.generate();
        if (spec.inputs() != inputCount() || spec.outputs() != outputCount()) {
            throw new IllegalArgumentException("the saved network takes " + spec.inputs() + " inputs and gives "
                    + spec.outputs() + " outputs, but its data needs " + inputCount() + " and " + outputCount());
        }
        fire(Change.DATA);
        fire(Change.NETWORK);
        fire(Change.SETTINGS);
        rebuild(network);
        recorder.replaceWithSaved(e.runs());
        dirty = false;
    }

    /** Whether anything changed since the model was created or {@link #markSaved()} was called. */
    public boolean isDirty() {
        return dirty;
    }

    /** Remembers that what is shown now (settings and trained weights) has been saved. */
    public void markSaved() {
        dirty = false;
        savedSession = run.session().orElse(null);
        savedStep = run.latestStep();
    }

    /**
     * Whether closing now would lose work: changed settings, or a run trained further than when last saved (a fresh,
     * untrained run loses nothing).
     */
    public boolean hasUnsavedWork() {
        if (dirty) {
            return true;
        }
        long step = run.latestStep();
        return run.session().orElse(null) == savedSession ? step > savedStep : step > 0;
    }

    /** Ends the training thread. */
    @Override
    public void close() {
        run.close();
    }
}
