package org.mlpsandbox.app.model;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mlpsandbox.engine.data.CsvDataset;
import org.mlpsandbox.engine.data.CsvOptions;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;

/**
 * Where the sandbox's data comes from (a generator, imported CSV or data handed in already split) and the data it
 * yields: the raw samples, their train/test split and the input features that map them to network inputs. Views read
 * it and edit it here; each edit goes through its {@link SandboxModel}, which tells listeners, re-fits the output layer
 * to a new kind of target and rebuilds the run.
 */
public final class DataState {

    private DataSettings settings = DataSettings.defaults();
    private CsvDataset csv;
    private Path csvFile;
    private CsvOptions csvOptions = CsvOptions.defaults();
    private TrainTestSplit fixedSplit;
    private DataSpec fixedSource;
    private Dataset rawData;
    private TrainTestSplit rawSplit;
    private EnumSet<Feature> features = EnumSet.of(Feature.X1, Feature.X2);
    private InputMapping mapping;
    private Normalization.Method normalize = Normalization.Method.NONE;
    private final DrawnData drawn = new DrawnData(this::drawnEdited);
    private boolean drawing;
    private Plane plane;

    private final SandboxModel owner;
    private final DataEdits edits;

    /** Default generated data, drawn. */
    DataState(SandboxModel owner) {
        this.owner = owner;
        edits = new DataEdits(owner);
        generate();
    }

    public DataSettings settings() {
        return settings;
    }

    /**
     * New data settings: regenerates the data and re-initialises the network. A new generator (or any settings while
     * CSV or fixed data is in use) goes back to a generator.
     */
    public void setSettings(DataSettings newSettings) {
        newSettings.generator(owner.plugins().dataSources()); // an unknown dataset changes nothing
        edits.changed(() -> replaceSettings(newSettings));
    }

    /** Draws the same settings again with the next seed: new points, new split. */
    public void regenerate() {
        edits.changed(this::nextSeed);
    }

    /**
     * Uses imported CSV data instead of a generator (the test ratio and seed still split it).
     *
     * @param file where it was read from, saved in experiment files
     */
    public void useCsv(CsvDataset data, Path file) {
        useCsv(data, file, CsvOptions.defaults());
    }

    /**
     * Uses CSV data read with {@code options} (target, inputs, classes, delimiter, decimal mark), which experiment
     * files keep so that the file reads the same way when reopened.
     */
    public void useCsv(CsvDataset data, Path file, CsvOptions options) {
        edits.changed(() -> replaceByCsv(data, file, Objects.requireNonNull(options)));
    }

    /**
     * Uses data that comes already split, such as the digits ({@code DataSpec.load()} of a lesson or a file). The
     * generator settings are then ignored until another generator is chosen.
     *
     * @param source where it came from, saved in experiment files
     */
    public void useData(TrainTestSplit split, DataSpec source) {
        edits.changed(() -> replaceBySplit(split, source));
    }

    /**
     * Trains on points drawn by hand ({@link #drawn()}) from now on. A first drawing starts empty on the plane shown
     * now, with the classes of the data in use (or values, for regression); coming back to drawing finds the points
     * drawn before.
     */
    public void useDrawn() {
        if (drawing) {
            return;
        }
        edits.changed(() -> {
            drawn.prepare(rawData, plane);
            clearSource();
            drawing = true;
            generate();
        });
    }

    /** Whether the data are points drawn by hand. */
    public boolean isDrawn() {
        return drawing;
    }

    /** The points drawn by hand (kept while other data is in use, so that drawing again finds them). */
    public DrawnData drawn() {
        return drawn;
    }

    /**
     * A new test share and seed for data that is not generated (drawn points, a CSV file): splits it again and starts
     * afresh. Generated data takes them with {@link #setSettings}.
     */
    public void setSplit(double testRatio, long seed) {
        DataSettings next = settings.withTestRatio(testRatio).withSeed(seed);
        if (!next.equals(settings) && fixedSplit == null) {
            edits.changed(() -> {
                settings = next;
                generate();
            });
        }
    }

    /** Why the data cannot train a network (too few drawn points, one class only), or empty. */
    public String problem() {
        return drawing ? drawn.points().problem() : "";
    }

    /** The drawn points changed: train on them (keeping the weights when the kind of target stays). */
    private void drawnEdited() {
        if (drawing) {
            edits.pointsChanged(this::generate);
        }
    }

    /** How the inputs are scaled before the network sees them. */
    public Normalization.Method normalization() {
        return normalize;
    }

    /**
     * Scales the inputs this way from now on, with statistics from the training split only, and re-initialises the
     * network. The views keep showing raw values.
     */
    public void setNormalization(Normalization.Method method) {
        if (method != normalize) {
            edits.changed(() -> {
                normalize = Objects.requireNonNull(method);
                generate();
            });
        }
    }

    /**
     * Turns one input feature on or off and maps the data again. The last feature cannot be turned off.
     *
     * @return whether anything changed
     */
    public boolean setFeature(Feature f, boolean on) {
        if (!toggleFeature(f, on)) {
            return false;
        }
        edits.featuresChanged();
        return true;
    }

    private void replaceSettings(DataSettings newSettings) {
        boolean generatorChanged = !newSettings.generator().equals(settings.generator()) || csv != null || drawing;
        settings = Objects.requireNonNull(newSettings);
        if (generatorChanged || fixedSplit != null) {
            clearSource();
        }
        generate();
    }

    private void nextSeed() {
        settings = settings.withSeed(settings.seed() + 1);
        generate();
    }

    private void replaceByCsv(CsvDataset data, Path file, CsvOptions options) {
        csv = Objects.requireNonNull(data);
        csvFile = file;
        csvOptions = options;
        drawing = false;
        fixedSplit = null;
        fixedSource = null;
        generate();
    }

    private void replaceBySplit(TrainTestSplit split, DataSpec source) {
        fixedSplit = Objects.requireNonNull(split);
        fixedSource = Objects.requireNonNull(source);
        drawing = false;
        csv = null;
        csvFile = null;
        generate();
    }

    /** A setup's generated data and features; call {@link #generate()} after. */
    void apply(Setup setup) {
        clearSource();
        settings = setup.data();
        features = setup.features().isEmpty() ? EnumSet.of(Feature.X1, Feature.X2) : EnumSet.copyOf(setup.features());
    }

    /**
     * Uses data an experiment file names with the given features (by name: {@link Feature#named}); call
     * {@link #generate()} after.
     */
    void use(OpenedData s, List<String> featureNames) {
        csv = s.csv();
        csvFile = s.csvFile();
        csvOptions = s.csvOptions() != null ? s.csvOptions() : CsvOptions.defaults();
        fixedSplit = s.fixedSplit();
        fixedSource = s.fixedSource();
        settings = s.settings();
        normalize = s.normalize();
        drawing = s.drawn() != null;
        if (drawing) {
            drawn.reset(s.drawn());
        }
        features = Feature.named(featureNames);
    }

    /** The features by name, as experiment files keep them; empty where features do not apply. */
    List<String> featureNames() {
        return featuresApply() ? features.stream().sorted().map(Feature::name).toList() : List.of();
    }

    private void clearSource() {
        csv = null;
        csvFile = null;
        fixedSplit = null;
        fixedSource = null;
        drawing = false;
    }

    /** Whether the data comes from a generator (not CSV, not drawn, not data handed in with {@link #useData}). */
    public boolean isGenerated() {
        return csv == null && fixedSplit == null && !drawing;
    }

    /**
     * What the Dataset control shows: the generator's name, or for CSV or ready-split data (the digits, an
     * autoencoder's) that data's name, never a generator that is not in use.
     */
    public String sourceName() {
        return isGenerated() ? settings.generator() : rawData.name();
    }

    /** Samples in use, training and test together: what the Samples control shows (CSV and ready data included). */
    public int sampleCount() {
        return isGenerated() ? settings.samples() : rawData.size();
    }

    /** The share of samples held out for testing: the settings' ratio, or how ready-split data (digits) is split. */
    public double testRatioInUse() {
        return fixedSplit == null ? settings.testRatio() : rawSplit.test().size() / (double) Math.max(1,
                rawData.size());
    }

    /** The noise in the data in use: the generator's; none added to CSV or ready-split data. */
    public double noiseInUse() {
        return isGenerated() ? settings.noise() : 0;
    }

    /** The imported CSV data in use, if any. */
    public Optional<CsvDataset> csv() {
        return Optional.ofNullable(csv);
    }

    /** Draws (or splits) the data from its source and maps it through the features. */
    void generate() {
        if (drawing) {
            rawData = drawn.points().toDataset("drawn");
            rawSplit = drawn.points().split("drawn", settings.testRatio(), settings.seed() + 1);
        } else if (fixedSplit != null) {
            rawSplit = fixedSplit;
            rawData = fixedSplit.joined(fixedSource.name());
        } else {
            rawData = csv != null ? csv.data() : settings.generator(owner.plugins().dataSources())
                    .generate(settings.samples(), settings.noise(), settings.seed());
            // the split seed follows the engine's DataSpec convention (seed + 1), so files and the CLI split alike
            rawSplit = TrainTestSplit.split(rawData, settings.testRatio(), settings.seed() + 1);
        }
        mapping = (rawData.inputCount() == 2 ? new InputMapping(2, features) : InputMapping.identity(
                rawData.inputCount())).withNormalization(rawSplit.train().size() == 0 ? Normalization.NONE
                : Normalization.unfitted(normalize).fit(rawSplit.train()));
        plane = drawing ? drawn.plane() : PlotRanges.plane(rawData);
    }

    /** The data as drawn or imported, before features. */
    public Dataset rawData() {
        return rawData;
    }

    /**
     * The stretch of the plane that shows 2-D data: drawn points keep the plane they are drawn on, other data get
     * {@link PlotRanges#plane}.
     */
    public Plane plane() {
        return plane;
    }

    /** The raw data split into training and test samples; views draw these. */
    public TrainTestSplit rawSplit() {
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

    /** The live feature set, for building a {@link Setup} (which copies it). */
    Set<Feature> featureSet() {
        return features;
    }

    private boolean toggleFeature(Feature f, boolean on) {
        if (on == features.contains(f) || (!on && features.size() == 1)) {
            return false;
        }
        if (on) {
            features.add(f);
        } else {
            features.remove(f);
        }
        generate();
        return true;
    }

    /** The training and test sets as the network sees them: features applied, targets fitted to the outputs. */
    public TrainTestSplit networkData() {
        int outputs = owner.network().outputCount();
        return new TrainTestSplit(mapping.map(rawSplit.train()).withTargetColumns(outputs),
                mapping.map(rawSplit.test()).withTargetColumns(outputs));
    }

    /** Where the current data comes from, as experiment files name it. */
    DataSpec dataSpec() {
        return source().withNormalization(mapping.normalization());
    }

    private DataSpec source() {
        if (drawing) {
            return DataSpec.drawn(drawn.points(), settings.testRatio(), settings.seed());
        }
        return fixedSource != null ? fixedSource : csv != null && csvFile != null
                ? DataSpec.csv(csvFile, csvOptions, settings.testRatio(), settings.seed())
                : DataSpec.generated(settings.generator(), settings.samples(), settings.noise(),
                        settings.testRatio(), settings.seed(), owner.plugins().dataSources()).withClasses(settings.classes())
                        .withParameters(settings.parameters());
    }
}
