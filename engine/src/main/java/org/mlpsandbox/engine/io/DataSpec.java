package org.mlpsandbox.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.data.CsvOptions;
import org.mlpsandbox.engine.data.DataFileException;
import org.mlpsandbox.engine.data.DrawnPoints;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.Mnist;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.data.TrainTestSplit;

/**
 * Where an experiment's data comes from, so that it can be made again: a generator with its settings, the shipped
 * digits, a CSV file or a folder of MNIST files. {@link #load()} gives the same samples and the same train/test split
 * every time (for files: as long as the file is unchanged).
 *
 * <p>Seeds: a generator draws its points from {@code seed}; the train/test split shuffles with {@code seed + 1}, and
 * a subset of a file's samples is drawn with {@code seed + 1} too. Data with a split of its own (the digits, MNIST
 * folders) ignores {@code testRatio}.
 *
 * @param kind            generated, digits, csv or mnist
 * @param name            the generator name ("circle"), "digits", or the file or folder name
 * @param path            the CSV file or MNIST folder as given (relative paths are resolved against the working
 *                        folder); {@code null} for generated data and the digits
 * @param target          the CSV column to predict, or {@code null} for the last column
 * @param targetAsClasses read a numeric CSV target as class labels (e.g. 0, 1, 2) instead of as numbers to fit
 * @param samples         generated: how many samples (at least 1); files: use at most this many training samples,
 *                        0 for all (the test part of digits and MNIST shrinks in proportion)
 * @param noise           generated only: standard deviation of the noise, ≥ 0
 * @param testRatio       share of the samples held out for testing, 0 to {@value TrainTestSplit#MAX_TEST_RATIO}
 * @param seed            seed of the samples and of the split
 * @param classes         generated only: the number of classes of a generator that draws any number (spiral, blobs);
 *                        0 for the generator's usual number
 * @param delimiter       CSV only: the character between values, or {@code null} to detect it (see {@link CsvOptions})
 * @param normalization   how the inputs are scaled: {@link Normalization#NONE}, a method whose statistics {@link #load()}
 *                        fits to the training part, or a fitted one (as a trained model saves it) that is used as is
 * @param labels          the names of the classes in class order as the data gave them (a CSV file's own labels);
 *                        empty when unknown or for regression
 * @param drawn           drawn data only: the points themselves; {@code null} for every other kind
 * @param parameters      generated only: values for the generator's own settings (a dataset plugin's
 *                        hyperparameters, by key); keys left out take their defaults; empty for the built-ins
 * @param inputs          CSV only: the input columns as {@link CsvOptions#inputColumns()} names them; empty for every
 *                        column but the target
 * @param decimalMark     CSV only: {@code '.'} or {@code ','}, or {@code null} to detect it (see {@link CsvOptions})
 */
public record DataSpec(Kind kind, String name, String path, String target, boolean targetAsClasses, int samples,
                       double noise, double testRatio, long seed, int classes, Character delimiter,
                       Normalization normalization, List<String> labels, DrawnPoints drawn,
                       Map<String, Double> parameters, List<String> inputs, Character decimalMark) {

    /** Where the samples come from. */
    public enum Kind {
        /** One of the {@link Generators}; {@code name} is the generator's name. */
        GENERATED,
        /** The MNIST subset shipped in the jar ({@link Mnist#shippedDigits()}). */
        DIGITS,
        /** A CSV file ({@link CsvImport}). */
        CSV,
        /** A folder holding the four MNIST IDX files ({@link Mnist#readDirectory(Path)}). */
        MNIST,
        /** Points drawn by hand in the app, kept in the spec itself ({@link DrawnPoints}). */
        DRAWN;

        /** The lower-case id used in files: "generated", "digits", "csv", "mnist", "drawn". */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind with this id, or {@code null}. */
        public static Kind byId(String id) {
            for (Kind k : values()) {
                if (k.id().equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** Samples used when a command line or lesson does not say. */
    public static final int DEFAULT_SAMPLES = 500;

    /** @throws IllegalArgumentException naming the field when a value is out of range */
    public DataSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(normalization, "normalization");
        labels = List.copyOf(labels);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        if (kind != Kind.CSV && (!inputs.isEmpty() || decimalMark != null)) {
            throw new IllegalArgumentException("only CSV data has input columns and a decimal mark");
        }
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        if (kind != Kind.GENERATED && !parameters.isEmpty()) {
            throw new IllegalArgumentException("only generated data has settings of its own, got " + parameters);
        }
        if ((kind == Kind.DRAWN) != (drawn != null)) {
            throw new IllegalArgumentException(kind == Kind.DRAWN ? "drawn data needs its points"
                    : kind.id() + " data has no drawn points");
        }
        if ((kind == Kind.CSV || kind == Kind.MNIST) && (path == null || path.isBlank())) {
            throw new IllegalArgumentException(kind.id() + " data needs a path");
        }
        if (kind == Kind.GENERATED ? samples < 1 || samples > Generators.MAX_SAMPLES : samples < 0) {
            throw new IllegalArgumentException("samples must be " + (kind == Kind.GENERATED ? "1 to "
                    + Generators.MAX_SAMPLES : "0 (all) or more") + ", got " + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
        }
        if (!(testRatio >= 0 && testRatio <= TrainTestSplit.MAX_TEST_RATIO)) {
            throw new IllegalArgumentException("the test ratio must be between 0 and " + TrainTestSplit.MAX_TEST_RATIO
                    + ", got " + testRatio);
        }
        if (kind == Kind.GENERATED && classes != 0) {
            Generators.named(name, classes);
        } else if (classes != 0) {
            throw new IllegalArgumentException("only generated data has a chosen number of classes");
        }
    }

    /** The spec with every field given but the CSV input columns and decimal mark (all columns, detected). */
    public DataSpec(Kind kind, String name, String path, String target, boolean targetAsClasses, int samples,
                    double noise, double testRatio, long seed, int classes, Character delimiter,
                    Normalization normalization, List<String> labels, DrawnPoints drawn,
                    Map<String, Double> parameters) {
        this(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes, delimiter,
                normalization, labels, drawn, parameters, List.of(), null);
    }

    /** A spec with the generator's usual number of classes and a detected CSV delimiter. */
    public DataSpec(Kind kind, String name, String path, String target, boolean targetAsClasses, int samples,
                    double noise, double testRatio, long seed) {
        this(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, 0, null, Normalization.NONE,
                List.of(), null);
    }

    /** The spec with every field given but the generator's own settings (none: see {@link #withParameters}). */
    public DataSpec(Kind kind, String name, String path, String target, boolean targetAsClasses, int samples,
                    double noise, double testRatio, long seed, int classes, Character delimiter,
                    Normalization normalization, List<String> labels, DrawnPoints drawn) {
        this(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes, delimiter,
                normalization, labels, drawn, Map.of());
    }

    /** The spec with every field given but the drawn points (none: this is not drawn data). */
    public DataSpec(Kind kind, String name, String path, String target, boolean targetAsClasses, int samples,
                    double noise, double testRatio, long seed, int classes, Character delimiter,
                    Normalization normalization, List<String> labels) {
        this(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes, delimiter,
                normalization, labels, null);
    }

    /**
     * Points drawn by hand, split like other data with {@code seed + 1} (all of them train when there are fewer than
     * {@link DrawnPoints#FEW}).
     */
    public static DataSpec drawn(DrawnPoints points, double testRatio, long seed) {
        return new DataSpec(Kind.DRAWN, "drawn", null, null, false, 0, 0, testRatio, seed, 0, null,
                Normalization.NONE, List.of(), Objects.requireNonNull(points, "points"));
    }

    /** Data from the generator {@code name} (see {@link Generators#names()}). */
    public static DataSpec generated(String name, int samples, double noise, double testRatio, long seed) {
        return generated(name, samples, noise, testRatio, seed, List.of());
    }

    /** Data from the generator {@code name}, a built-in or one of {@code more} (dataset plugins). */
    public static DataSpec generated(String name, int samples, double noise, double testRatio, long seed,
                                     List<? extends Generator> more) {
        Generators.named(name, more);
        return new DataSpec(Kind.GENERATED, name, null, null, false, samples, noise, testRatio, seed);
    }

    /** The shipped digits; {@code samples} training digits at most (0 for all 8,000). */
    public static DataSpec digits(int samples, long seed) {
        return new DataSpec(Kind.DIGITS, "digits", null, null, false, samples, 0, 0, seed);
    }

    /**
     * A CSV file.
     *
     * @param target the column to predict, or {@code null} for the last one
     */
    public static DataSpec csv(Path file, String target, boolean targetAsClasses, double testRatio, long seed) {
        return new DataSpec(Kind.CSV, fileName(file), file.toString(), target, targetAsClasses, 0, 0, testRatio,
                seed);
    }

    /** A CSV file read with these options (target, inputs, classes, delimiter and decimal mark). */
    public static DataSpec csv(Path file, CsvOptions options, double testRatio, long seed) {
        return new DataSpec(Kind.CSV, fileName(file), file.toString(), options.targetColumn(),
                options.targetIsClasses(), 0, 0, testRatio, seed, 0, options.delimiter(), Normalization.NONE, List.of(),
                null, Map.of(), options.inputColumns(), options.decimalMark());
    }

    /** CSV data: how its file is read. */
    public CsvOptions csvOptions() {
        return new CsvOptions(target, targetAsClasses, delimiter, inputs, decimalMark);
    }

    /** A folder with the four MNIST IDX files; {@code samples} training digits at most (0 for all). */
    public static DataSpec mnist(Path folder, int samples, long seed) {
        return new DataSpec(Kind.MNIST, fileName(folder), folder.toString(), null, false, samples, 0, 0, seed);
    }

    public DataSpec withSamples(int n) {
        return new DataSpec(kind, name, path, target, targetAsClasses, n, noise, testRatio, seed, classes, delimiter,
                normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    public DataSpec withNoise(double sd) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, sd, testRatio, seed, classes,
                delimiter, normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    public DataSpec withTestRatio(double ratio) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, ratio, seed, classes,
                delimiter, normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    public DataSpec withSeed(long s) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, s, classes,
                delimiter, normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    /** Generated data with {@code k} classes (0: the generator's usual number). */
    public DataSpec withClasses(int k) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, k, delimiter,
                normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    /** CSV data read with this delimiter ({@code null}: detect it). */
    public DataSpec withDelimiter(Character c) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes, c,
                normalization, labels, drawn, parameters, inputs, decimalMark);
    }

    /** The same data with its inputs scaled this way. */
    public DataSpec withNormalization(Normalization n) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes,
                delimiter, n, labels, drawn, parameters, inputs, decimalMark);
    }

    /** The same data with these class labels remembered. */
    public DataSpec withLabels(List<String> classLabels) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes,
                delimiter, normalization, classLabels, drawn, parameters, inputs, decimalMark);
    }

    /** Generated data with these values for the generator's own settings (a dataset plugin's hyperparameters). */
    public DataSpec withParameters(Map<String, Double> values) {
        return new DataSpec(kind, name, path, target, targetAsClasses, samples, noise, testRatio, seed, classes,
                delimiter, normalization, labels, drawn, values, inputs, decimalMark);
    }

    /** The generator of generated data, drawing {@link #classes()} classes. */
    public Generator generator() {
        return generator(List.of());
    }

    /** The generator, which may be one of {@code more} (dataset plugins), drawing this spec's number of classes. */
    public Generator generator(List<? extends Generator> more) {
        Generator generator = Generators.named(name, more).withParameters(parameters);
        return classes == 0 ? generator : generator.withClassCount(classes);
    }

    /** Whether the data brings its own train/test split, so that {@code testRatio} is not used. */
    public boolean hasOwnSplit() {
        return kind == Kind.DIGITS || kind == Kind.MNIST;
    }

    /**
     * Makes or reads the data and splits it.
     *
     * @throws DataFileException        when a file is not readable as data (the message names the file)
     * @throws IOException              when a file cannot be read
     * @throws IllegalArgumentException when the generator name is unknown
     */
    public LoadedData load() throws IOException {
        return load(List.of());
    }

    /**
     * Makes or reads the data, splits it and normalises it; a generated spec may name one of {@code more} (dataset
     * plugins).
     *
     * @see #load()
     */
    public LoadedData load(List<? extends Generator> more) throws IOException {
        return DataLoader.load(this, more).normalized(normalization);
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }

    /** "circle, 500 samples, noise 0.1, test ratio 0.2, seed 1" and the like, for summaries. */
    public String describe() {
        return describeSource() + (normalization.isNone() ? "" : ", " + normalization.method().id() + " inputs");
    }

    private String describeSource() {
        return switch (kind) {
            case GENERATED -> name + (parameters.isEmpty() ? "" : parameters.toString())
                    + (classes == 0 ? "" : ", " + classes + " classes") + ", " + samples + " samples, noise " + noise + ", test ratio " + testRatio
                    + ", seed " + seed;
            case CSV -> path + (target == null ? "" : ", target '" + target + "'")
                    + (targetAsClasses ? " as classes" : "")
                    + (delimiter == null ? "" : ", delimiter '" + (delimiter == '\t' ? "\\t" : delimiter) + "'")
                    + (inputs.isEmpty() ? "" : ", inputs " + String.join(", ", inputs))
                    + (decimalMark == null ? "" : ", decimal mark '" + decimalMark + "'")
                    + ", test ratio " + testRatio + ", seed " + seed;
            case DRAWN -> name + ", " + drawn.size() + " points" + (drawn.isClassification() ? " of "
                    + drawn.classCount() + " classes" : "") + ", test ratio " + testRatio + ", seed " + seed;
            case DIGITS, MNIST -> (kind == Kind.DIGITS ? name : path)
                    + (samples > 0 ? ", " + samples + " training samples, seed " + seed : "");
        };
    }
}
