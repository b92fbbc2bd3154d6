package org.mlpsandbox.app.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mlpsandbox.api.Activation;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTest;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.HistoryRow;
import org.mlpsandbox.engine.io.SavedRun;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginEntry;
import org.mlpsandbox.engine.plugin.PluginKind;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.Trainer;
import org.mlpsandbox.engine.train.TrainingSession;
import org.mlpsandbox.engine.train.TrainingSession.Snapshot;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * The state of one sandbox window, without Swing: the data, the network being edited, the training settings and the
 * training run. Views read it and call its setters; it tells them what changed through {@link Listener}s.
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
    public static final int MAX_NEURONS = 64;
    /** Most hidden layers in the editor. */
    public static final int MAX_HIDDEN_LAYERS = 8;
    /** Points kept by the loss history. */
    public static final int HISTORY_CAPACITY = 4000;

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LossHistory history = new LossHistory(HISTORY_CAPACITY);
    private PluginRegistry plugins;

    private DataSettings dataSettings = DataSettings.defaults();
    private CsvDataset csv;
    private Path csvFile;
    private TrainTest fixedSplit;
    private DataSpec fixedSource;
    private Dataset rawData;
    private TrainTest rawSplit;
    private EnumSet<Feature> features = EnumSet.of(Feature.X1, Feature.X2);
    private InputMapping mapping;

    private final List<LayerSpec> hidden = new ArrayList<>();
    private PluginChoice outputActivation;
    private PluginChoice loss;
    private PluginChoice initializer;
    private long networkSeed = 1;
    private TrainingSettings settings = TrainingSettings.defaults();

    private TrainingSession session;
    private int stepsPerEpoch = 1;
    private String problem = "";
    private boolean playing;
    private int stepsPerFrame;
    private long seenVersion = -1;
    private Snapshot shown;
    private double trainLoss = Double.NaN;
    private boolean dirty;
    private TrainingSession savedSession;
    private long savedStep;

    private final RunHistory runs = new RunHistory();
    /** The current run's initial weights, its data as drawn and mapped, its setup and data source. */
    private Network runStart;
    private Dataset runRaw;
    private InputMapping runMapping;
    private Setup runSetup;
    private DataSpec runData;
    private boolean runStarted;

    /** A model with the default data (circle), two hidden tanh layers and plain SGD, ready to play. */
    public SandboxModel(PluginRegistry plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
        String act = preferred(PluginKind.ACTIVATION, "tanh", "relu", "sigmoid");
        hidden.add(new LayerSpec(6, PluginChoice.of(act)));
        hidden.add(new LayerSpec(6, PluginChoice.of(act)));
        initializer = PluginChoice.of(preferred(PluginKind.INITIALIZER, "xavier-uniform", "xavier-normal", "he"));
        settings = settings.withOptimizer(PluginChoice.of(preferred(PluginKind.OPTIMIZER, "sgd", "adam")));
        generate();
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
        for (int i = 0; i < hidden.size(); i++) {
            LayerSpec l = hidden.get(i);
            if (!installed(PluginKind.ACTIVATION, l.activation().id())) {
                hidden.set(i, new LayerSpec(l.size(), PluginChoice.of(preferred(PluginKind.ACTIVATION, "tanh"))));
            }
        }
        if (!installed(PluginKind.ACTIVATION, outputActivation.id()) || !installed(PluginKind.LOSS, loss.id())) {
            fitOutputToData();
        }
        if (!installed(PluginKind.INITIALIZER, initializer.id())) {
            initializer = PluginChoice.of(preferred(PluginKind.INITIALIZER, "xavier-uniform"));
        }
        if (!installed(PluginKind.OPTIMIZER, settings.optimizer().id())) {
            settings = settings.withOptimizer(PluginChoice.of(preferred(PluginKind.OPTIMIZER, "sgd")));
        }
        fire(Change.PLUGINS);
        rebuild();
    }

    private boolean installed(PluginKind kind, String id) {
        return plugins.find(kind, id).isPresent();
    }

    /** The first installed of the wanted ids, else the first installed plugin of the kind, else the first wanted. */
    private String preferred(PluginKind kind, String... ids) {
        for (String id : ids) {
            if (installed(kind, id)) {
                return id;
            }
        }
        List<PluginEntry> usable = plugins.usable(kind);
        return usable.isEmpty() ? ids[0] : usable.get(0).id();
    }

    // ---------------------------------------------------------------- data

    public DataSettings dataSettings() {
        return dataSettings;
    }

    /** New data settings: regenerates the data (leaving CSV data) and re-initialises the network. */
    public void setDataSettings(DataSettings newSettings) {
        boolean generatorChanged = !newSettings.generator().equals(dataSettings.generator()) || csv != null;
        dataSettings = Objects.requireNonNull(newSettings);
        if (generatorChanged || fixedSplit != null) {
            csv = null;
            csvFile = null;
            fixedSplit = null;
            fixedSource = null;
        }
        dataChanged();
    }

    /** Draws the same settings again with the next seed: new points, new split. */
    public void regenerate() {
        dataSettings = dataSettings.withSeed(dataSettings.seed() + 1);
        dataChanged();
    }

    /**
     * Uses imported CSV data instead of a generator (the test ratio and seed still split it).
     *
     * @param file where it was read from, saved in experiment files
     */
    public void useCsv(CsvDataset data, Path file) {
        csv = Objects.requireNonNull(data);
        csvFile = file;
        fixedSplit = null;
        fixedSource = null;
        dataChanged();
    }

    /** Whether the data comes from a generator (not CSV, not data handed in with {@link #useData}). */
    public boolean isGenerated() {
        return csv == null && fixedSplit == null;
    }

    /** The imported CSV data in use, if any. */
    public Optional<CsvDataset> csv() {
        return Optional.ofNullable(csv);
    }

    private void dataChanged() {
        boolean wasClassification = rawData.isClassification();
        int oldClasses = rawData.classCount();
        int oldInputs = rawData.inputCount();
        generate();
        if (wasClassification != rawData.isClassification() || oldClasses != rawData.classCount()) {
            fitOutputToData();
        }
        fire(Change.DATA);
        if (oldInputs != rawData.inputCount()) {
            fire(Change.NETWORK);
        }
        rebuild();
    }

    /**
     * Uses data that comes already split, such as the digits ({@code DataSpec.load()} of a lesson or a file). The
     * generator settings are then ignored until another generator is chosen.
     *
     * @param source where it came from, saved in experiment files
     */
    public void useData(TrainTest split, DataSpec source) {
        fixedSplit = Objects.requireNonNull(split);
        fixedSource = Objects.requireNonNull(source);
        csv = null;
        csvFile = null;
        dataChanged();
    }

    private void generate() {
        if (fixedSplit != null) {
            rawSplit = fixedSplit;
            rawData = concat(fixedSplit.train(), fixedSplit.test(), fixedSource.name());
        } else {
            rawData = csv != null ? csv.data() : Generators.generate(dataSettings.generator(),
                    dataSettings.samples(), dataSettings.noise(), dataSettings.seed());
            // the split seed follows the engine's DataSpec convention (seed + 1), so files and the CLI split alike
            rawSplit = TrainTest.split(rawData, dataSettings.testRatio(), dataSettings.seed() + 1);
        }
        mapping = rawData.inputCount() == 2 ? new InputMapping(2, features) : InputMapping.identity(
                rawData.inputCount());
    }

    private static Dataset concat(Dataset a, Dataset b, String name) {
        double[] x = new double[a.x().length + b.x().length];
        double[] y = new double[a.y().length + b.y().length];
        System.arraycopy(a.x(), 0, x, 0, a.x().length);
        System.arraycopy(b.x(), 0, x, a.x().length, b.x().length);
        System.arraycopy(a.y(), 0, y, 0, a.y().length);
        System.arraycopy(b.y(), 0, y, a.y().length, b.y().length);
        return new Dataset(name, a.inputCount(), a.targetCount(), a.classCount(), x, y);
    }

    /** The data as drawn or imported, before features. */
    public Dataset rawData() {
        return rawData;
    }

    /** The raw data split into training and test samples; views draw these. */
    public TrainTest rawSplit() {
        return rawSplit;
    }

    /** How raw rows become network inputs. */
    public InputMapping inputMapping() {
        return mapping;
    }

    /** Whether input features can be chosen (2-D data). */
    public boolean featuresApply() {
        return rawData.inputCount() == 2;
    }

    public Set<Feature> features() {
        return EnumSet.copyOf(features);
    }

    /**
     * Turns one feature on or off. The last feature cannot be turned off.
     *
     * @return whether anything changed
     */
    public boolean setFeature(Feature f, boolean on) {
        if (on == features.contains(f) || (!on && features.size() == 1)) {
            return false;
        }
        if (on) {
            features.add(f);
        } else {
            features.remove(f);
        }
        generate();
        fire(Change.DATA);
        fire(Change.NETWORK);
        rebuild();
        return true;
    }

    /** The training and test sets as the network sees them: features applied, targets fitted to the outputs. */
    public TrainTest networkData() {
        return new TrainTest(toNetwork(rawSplit.train()), toNetwork(rawSplit.test()));
    }

    private Dataset toNetwork(Dataset raw) {
        Dataset d = raw;
        if (!mapping.passesThrough() && raw.inputCount() == 2) {
            double[] x = new double[raw.size() * mapping.width()];
            mapping.map(raw.x(), raw.size(), x);
            d = new Dataset(raw.name(), mapping.width(), raw.targetCount(), raw.classCount(), x, raw.y());
        }
        return d.withTargetColumns(outputCount());
    }

    // ---------------------------------------------------------------- network

    /** The hidden layers, first to last (a copy). */
    public List<LayerSpec> hiddenLayers() {
        return List.copyOf(hidden);
    }

    /** Appends a hidden layer like the last one (or 4 neurons of the default activation). */
    public void addLayer() {
        if (hidden.size() >= MAX_HIDDEN_LAYERS) {
            return;
        }
        hidden.add(hidden.isEmpty() ? new LayerSpec(4, PluginChoice.of(preferred(PluginKind.ACTIVATION, "tanh")))
                : hidden.get(hidden.size() - 1));
        networkChanged();
    }

    /** Removes the last hidden layer. */
    public void removeLayer() {
        if (hidden.isEmpty()) {
            return;
        }
        hidden.remove(hidden.size() - 1);
        networkChanged();
    }

    /** Sets hidden layer {@code i}'s neuron count, clamped to 1..{@link #MAX_NEURONS}. */
    public void setLayerSize(int i, int size) {
        int clamped = Math.max(1, Math.min(MAX_NEURONS, size));
        LayerSpec l = hidden.get(i);
        if (l.size() != clamped) {
            hidden.set(i, new LayerSpec(clamped, l.activation()));
            networkChanged();
        }
    }

    public void setLayerActivation(int i, PluginChoice activation) {
        LayerSpec l = hidden.get(i);
        if (!l.activation().equals(activation)) {
            hidden.set(i, new LayerSpec(l.size(), activation));
            networkChanged();
        }
    }

    /** Replaces the hidden layers with a preset shape, keeping the first layer's activation. */
    public void applyShape(ShapePreset preset) {
        PluginChoice act = hidden.isEmpty() ? PluginChoice.of(preferred(PluginKind.ACTIVATION, "tanh"))
                : hidden.get(0).activation();
        hidden.clear();
        for (int size : preset.sizes()) {
            hidden.add(new LayerSpec(size, act));
        }
        networkChanged();
    }

    public PluginChoice outputActivation() {
        return outputActivation;
    }

    public void setOutputActivation(PluginChoice activation) {
        if (!activation.equals(outputActivation)) {
            outputActivation = activation;
            networkChanged();
        }
    }

    public PluginChoice loss() {
        return loss;
    }

    public void setLoss(PluginChoice newLoss) {
        if (!newLoss.equals(loss)) {
            loss = newLoss;
            networkChanged();
        }
    }

    public PluginChoice initializer() {
        return initializer;
    }

    public void setInitializer(PluginChoice init) {
        if (!init.equals(initializer)) {
            initializer = init;
            networkChanged();
        }
    }

    public long networkSeed() {
        return networkSeed;
    }

    public void setNetworkSeed(long seed) {
        if (seed != networkSeed) {
            networkSeed = seed;
            networkChanged();
        }
    }

    private void networkChanged() {
        fire(Change.NETWORK);
        rebuild();
    }

    /**
     * Picks the output activation and loss that fit the data: sigmoid + log-loss for two classes, softmax +
     * categorical cross-entropy for more, identity + MSE for regression (falling back to what is installed).
     */
    public void fitOutputToData() {
        if (rawData.isClassification() && rawData.classCount() == 2) {
            outputActivation = PluginChoice.of(preferred(PluginKind.ACTIVATION, "sigmoid", "softmax"));
            loss = PluginChoice.of(preferred(PluginKind.LOSS, outputActivation.id().equals("softmax")
                    ? "categorical-cross-entropy" : "log-loss", "mse"));
        } else if (rawData.isClassification()) {
            outputActivation = PluginChoice.of(preferred(PluginKind.ACTIVATION, "softmax", "sigmoid"));
            loss = PluginChoice.of(preferred(PluginKind.LOSS, "categorical-cross-entropy", "mse"));
        } else {
            outputActivation = PluginChoice.of(preferred(PluginKind.ACTIVATION, "identity"));
            loss = PluginChoice.of(preferred(PluginKind.LOSS, "mse"));
        }
    }

    /** Network inputs: the raw inputs, or the number of chosen features. */
    public int inputCount() {
        return mapping.width();
    }

    /**
     * Output neurons the data needs: one for two classes (two when the output activation needs at least two, like
     * softmax), one per class otherwise, one per target for regression.
     */
    public int outputCount() {
        if (rawData.isClassification() && rawData.classCount() == 2) {
            int min = plugins.find(PluginKind.ACTIVATION, outputActivation.id())
                    .map(e -> ((Activation) e.prototype()).minimumWidth()).orElse(1);
            return min >= 2 ? 2 : 1;
        }
        return rawData.targetCount();
    }

    /** The network the editor describes: inputs, hidden layers, output layer, loss, initializer, seed. */
    public NetworkSpec networkSpec() {
        List<LayerSpec> layers = new ArrayList<>(hidden);
        layers.add(new LayerSpec(outputCount(), outputActivation));
        return new NetworkSpec(inputCount(), layers, loss, initializer, networkSeed);
    }

    /** A warning about the output activation and loss pair, if odd. */
    public Optional<String> pairingWarning() {
        return Pairing.warning(outputActivation.id(), loss.id(), rawData.isClassification());
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
        if (restart || session == null) {
            rebuild();
        } else {
            session.setSettings(newSettings);
        }
    }

    // ---------------------------------------------------------------- setups

    /** The current data, network and training settings as one value. */
    public Setup currentSetup() {
        return new Setup(dataSettings, features, hidden, outputActivation, loss, initializer, networkSeed, settings);
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
        pauseIntent();
        csv = null;
        csvFile = null;
        fixedSplit = null;
        fixedSource = null;
        dataSettings = setup.data();
        features = setup.features().isEmpty() ? EnumSet.of(Feature.X1, Feature.X2) : EnumSet.copyOf(setup.features());
        hidden.clear();
        hidden.addAll(setup.hiddenLayers());
        outputActivation = setup.outputActivation();
        loss = setup.loss();
        initializer = setup.initializer();
        networkSeed = setup.networkSeed();
        settings = setup.training();
        generate();
        fire(Change.DATA);
        fire(Change.NETWORK);
        fire(Change.SETTINGS);
    }

    private void pauseIntent() {
        playing = false;
        if (session != null) {
            session.pause();
        }
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
        if (session != null) {
            session.close();
            session = null;
        }
        runStart = null;
        history.clear();
        trainLoss = Double.NaN;
        shown = null;
        seenVersion = -1;
        problem = "";
        try {
            Network network = preset != null ? preset : Network.build(networkSpec(), plugins);
            TrainTest data = networkData();
            runStart = network.copy();
            runRaw = rawData;
            runMapping = mapping;
            runSetup = currentSetup();
            runData = dataSpec();
            runStarted = false;
            Trainer trainer = new Trainer(network, data.train(), data.test(), settings, plugins);
            stepsPerEpoch = trainer.stepsPerEpoch();
            session = new TrainingSession(trainer, 0);
            if (playing && stepsPerFrame == 0) {
                session.play();
            }
        } catch (RuntimeException e) {
            problem = e.getMessage() == null ? e.toString() : e.getMessage();
            playing = false;
        }
        fire(Change.RUN);
    }

    /** Why there is no run (the network cannot be built), or empty. */
    public String problem() {
        return problem;
    }

    /** Whether a run exists (the network could be built). */
    public boolean hasRun() {
        return session != null;
    }

    /** Whether the user wants training to run (Play pressed and not paused, stopped or finished since). */
    public boolean isPlaying() {
        return playing;
    }

    /** Starts or resumes training; after a stop (divergence, plugin failure) starts afresh from the seed. */
    public void play() {
        if (playing) {
            return;
        }
        playing = true;
        Snapshot s = session == null ? null : session.latest();
        if (session == null || s.state() == TrainingSession.State.STOPPED
                || s.state() == TrainingSession.State.FINISHED) {
            rebuild();
        } else {
            if (stepsPerFrame == 0) {
                session.play();
            }
            fire(Change.RUN);
        }
    }

    /** Steps per frame while playing, or 0 for full speed. */
    public int speed() {
        return stepsPerFrame;
    }

    /**
     * How fast Play trains: {@code stepsPerFrame} batches each time {@link #poll()} is called (so about 30 times that
     * per second in the window), slow enough to watch the boundary form; 0 trains at full speed on the session's
     * thread.
     */
    public void setSpeed(int stepsPerFrame) {
        if (stepsPerFrame < 0) {
            throw new IllegalArgumentException("steps per frame must be 0 (full speed) or more, got " + stepsPerFrame);
        }
        int old = this.stepsPerFrame;
        this.stepsPerFrame = stepsPerFrame;
        if (playing && session != null && (old == 0) != (stepsPerFrame == 0)) {
            if (stepsPerFrame == 0) {
                session.play();
            } else {
                session.pause();
            }
        }
        fire(Change.RUN); // how fast to watch is not part of the experiment: nothing to save
    }

    public void pause() {
        if (!playing) {
            return;
        }
        pauseIntent();
        fire(Change.RUN);
    }

    public void togglePlay() {
        if (playing) {
            pause();
        } else {
            play();
        }
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

    /** Batches in one epoch of the current run. */
    public int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /**
     * Takes the session's latest snapshot; when it is new, records it in the history and notes a stop. Call at frame
     * rate.
     *
     * @return the latest snapshot, or empty without a run
     */
    public Optional<Snapshot> poll() {
        if (session == null) {
            return Optional.empty();
        }
        Snapshot s = session.latest();
        if (playing && stepsPerFrame > 0 && s.state() == TrainingSession.State.PAUSED) {
            for (int i = 0; i < stepsPerFrame; i++) {
                session.stepBatch();
            }
        }
        if (s.version() != seenVersion) {
            seenVersion = s.version();
            shown = s;
            var p = s.progress();
            if (p.step() > 0 && !runStarted) {
                runStarted = true;
                runSetup = currentSetup(); // settings changed between the rebuild and Play count for this run
            }
            if (p.step() > 0 && Double.isFinite(p.trainLoss())) {
                trainLoss = p.trainLoss();
                history.record(p.step(), p.trainLoss(), p.testLoss(), p.trainAccuracy(), p.test().accuracy(),
                        p.gradientNorms());
            }
            if (playing && (s.state() == TrainingSession.State.STOPPED
                    || s.state() == TrainingSession.State.FINISHED)) {
                playing = false;
                fire(Change.RUN);
            }
        }
        return Optional.of(s);
    }

    /** The snapshot returned by the last {@link #poll()}, if any. */
    public Optional<Snapshot> lastSnapshot() {
        return Optional.ofNullable(shown);
    }

    /**
     * The latest training loss seen by {@link #poll()}: the mean batch loss over the last frame's steps, kept while
     * paused. NaN before the first step.
     */
    public double trainLoss() {
        return trainLoss;
    }

    /** The run's losses and gradient norms so far. */
    public LossHistory history() {
        return history;
    }

    // ---------------------------------------------------------------- runs

    /** The finished runs of this session (and of the opened experiment), oldest first. */
    public RunHistory runs() {
        return runs;
    }

    /**
     * The current run as it would be kept if it ended now: its setup, initial weights, curve so far, latest losses
     * and a thumbnail of its latest output. Empty before its first step, or without a run.
     */
    public Optional<RunRecord> currentRun() {
        if (session == null || runStart == null) {
            return Optional.empty();
        }
        Snapshot s = session.latest();
        var p = s.progress();
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
            thumbnail = RunThumbnail.of(s.network(), runRaw, runMapping, RunThumbnail.SIZE);
        } catch (RuntimeException e) {
            thumbnail = RunThumbnail.NONE; // a plugin failing on the plane must not lose the run
        }
        Setup setup = runStarted ? runSetup : currentSetup();
        return Optional.of(RunRecord.of(runs.nextNumber(), setup, runData, runStart.spec(),
                RunRecord.parametersOf(runStart), step, train, test, n, finalTrain, p.testLoss(), p.trainAccuracy(),
                p.test().samples() > 0 ? p.test().accuracy() : Double.NaN, thumbnail));
    }

    /** Keeps the current run in the history if it took a step. */
    private void archiveRun() {
        Optional<RunRecord> ended = currentRun();
        runStart = null; // over: no longer the current run, even for listeners told of it below
        ended.ifPresent(r -> {
            runs.add(r);
            dirty = true;
        });
    }

    /** Forgets these runs (by number). */
    public void deleteRuns(Collection<Integer> numbers) {
        if (runs.delete(numbers) > 0) {
            dirty = true;
        }
    }

    /**
     * Starts a run afresh exactly as {@code run} started: its setup (its data too, when it was generated; otherwise
     * the current data stays) and its initial weights, as a paused run. Change one setting and press Play to see what
     * that one change does. The current run, if trained, is kept in the history first.
     */
    public void restore(RunRecord run) {
        Network start;
        try {
            start = run.initialNetwork(plugins);
        } catch (RuntimeException e) {
            problem = run.name() + " cannot be restored: " + (e.getMessage() == null ? e : e.getMessage());
            fire(Change.RUN);
            return;
        }
        if (run.generatedData()) {
            applyFields(run.setup());
        } else {
            Setup s = run.setup();
            pauseIntent();
            hidden.clear();
            hidden.addAll(s.hiddenLayers());
            outputActivation = s.outputActivation();
            loss = s.loss();
            initializer = s.initializer();
            networkSeed = s.networkSeed();
            settings = s.training();
            fire(Change.NETWORK);
            fire(Change.SETTINGS);
        }
        if (!start.spec().equals(networkSpec())) {
            archiveRun();
            if (session != null) {
                session.close();
                session = null;
            }
            runStart = null;
            problem = run.name() + " had a " + java.util.Arrays.toString(start.spec().sizes())
                    + " network, which does not fit the data now in use";
            fire(Change.RUN);
            return;
        }
        rebuild(start);
    }

    /**
     * The training session of the current run, for views that inspect the trainer on its own thread; empty without a
     * run. Do not pause, step or close it: use the model's methods.
     */
    public Optional<TrainingSession> session() {
        return Optional.ofNullable(session);
    }

    // ---------------------------------------------------------------- saving

    /**
     * The experiment to save: the network spec and the weights of the latest snapshot, the training settings, where
     * the data comes from and the loss history. Input features other than x₁, x₂ are not part of the file format yet.
     *
     * @throws IllegalStateException when there is no run to save
     */
    public Experiment toExperiment() {
        Snapshot s = session == null ? null : session.latest();
        if (s == null) {
            throw new IllegalStateException("there is no network to save: " + problem);
        }
        DataSpec data = dataSpec();
        List<HistoryRow> rows = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            long step = (long) history.step(i);
            double accuracy = Double.isFinite(history.testAccuracy(i)) ? history.testAccuracy(i)
                    : history.trainAccuracy(i);
            rows.add(new HistoryRow(step / Math.max(1, stepsPerEpoch), step, history.trainLoss(i),
                    history.testLoss(i), accuracy));
        }
        List<SavedRun> saved = new ArrayList<>();
        for (RunRecord r : runs.runs()) {
            saved.add(r.toSaved());
        }
        currentRun().ifPresent(r -> saved.add(r.toSaved()));
        return Experiment.of(s.network(), settings, data, rows).withRuns(saved);
    }

    /** Where the current data comes from, as experiment files name it. */
    private DataSpec dataSpec() {
        return fixedSource != null ? fixedSource : csv != null && csvFile != null
                ? DataSpec.csv(csvFile, null, false, dataSettings.testRatio(), dataSettings.seed())
                : DataSpec.generated(dataSettings.generator(), dataSettings.samples(), dataSettings.noise(),
                        dataSettings.testRatio(), dataSettings.seed());
    }

    /**
     * Opens a saved experiment: its data, layers, plugins, settings and weights, as a paused run.
     *
     * @throws IOException              when its data (a CSV file) cannot be read
     * @throws IllegalArgumentException when its network does not fit this app's plugins or data
     */
    public void open(Experiment e) throws IOException {
        DataSpec d = e.data();
        CsvDataset newCsv = null;
        TrainTest newFixed = null;
        DataSettings newData;
        if (d.kind() == DataSpec.Kind.GENERATED) {
            newData = new DataSettings(d.name(), d.samples(), d.noise(), d.testRatio(), d.seed());
        } else if (d.kind() == DataSpec.Kind.CSV) {
            newCsv = CsvImport.read(Path.of(d.path()));
            newData = dataSettings.withTestRatio(d.testRatio()).withSeed(d.seed());
        } else {
            var loaded = d.load();
            newFixed = new TrainTest(loaded.train(), loaded.test());
            newData = dataSettings;
        }
        Network network = e.buildNetwork(plugins);
        NetworkSpec spec = e.network();
        pauseIntent();
        csv = newCsv;
        csvFile = newCsv == null ? null : Path.of(d.path());
        fixedSplit = newFixed;
        fixedSource = newFixed == null ? null : d;
        dataSettings = newData;
        features = EnumSet.of(Feature.X1, Feature.X2);
        hidden.clear();
        hidden.addAll(spec.layers().subList(0, spec.layers().size() - 1));
        outputActivation = spec.layers().get(spec.layers().size() - 1).activation();
        loss = spec.loss();
        initializer = spec.initializer();
        networkSeed = spec.seed();
        settings = e.training();
        generate();
        if (spec.inputs() != inputCount() || spec.outputs() != outputCount()) {
            throw new IllegalArgumentException("the saved network takes " + spec.inputs() + " inputs and gives "
                    + spec.outputs() + " outputs, but its data needs " + inputCount() + " and " + outputCount());
        }
        fire(Change.DATA);
        fire(Change.NETWORK);
        fire(Change.SETTINGS);
        rebuild(network);
        List<RunRecord> opened = new ArrayList<>();
        for (SavedRun r : e.runs()) {
            opened.add(RunRecord.fromSaved(r, opened.size() + 1));
        }
        runs.replaceAll(opened);
        dirty = false;
    }

    /** Whether anything changed since the model was created or {@link #markSaved()} was called. */
    public boolean isDirty() {
        return dirty;
    }

    /** Remembers that what is shown now (settings and trained weights) has been saved. */
    public void markSaved() {
        dirty = false;
        savedSession = session;
        savedStep = session == null ? 0 : session.latest().progress().step();
    }

    /**
     * Whether closing now would lose work: changed settings, or a run trained further than when last saved (a fresh,
     * untrained run loses nothing).
     */
    public boolean hasUnsavedWork() {
        if (dirty) {
            return true;
        }
        long step = session == null ? 0 : session.latest().progress().step();
        return session == savedSession ? step > savedStep : step > 0;
    }

    /** Ends the training thread. */
    @Override
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
