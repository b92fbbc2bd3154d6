package org.mlpsandbox.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.engine.data.CsvOptions;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.Normalization;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import picocli.CommandLine.Option;

/**
 * {@code --data} and its companions, shared by {@code train} and {@code eval}. Every field is {@code null} when not
 * given, so that {@code eval} can tell which parts of a model's saved data spec to replace.
 */
final class DataOptions {

    static final String WHAT_DATA = "a generated dataset (" + String.join(", ", Generators.names())
            + "), digits (the MNIST subset shipped in the jar), a .csv file, or a folder holding the MNIST IDX files";

    @Option(names = "--data", paramLabel = "DATA",
            description = "circle, xor, gauss, spiral, blobs, linear (classes); line, bent, sine, square, plane "
                    + "(regression); the id of a dataset plugin, with its settings as id(key=value) (train); digits (the shipped MNIST subset); a FILE.csv; "
                    + "or a folder with the MNIST IDX files. train's default: circle.")
    String data;

    @Option(names = "--samples", paramLabel = "N",
            description = "Generated: how many samples (default " + DataSpec.DEFAULT_SAMPLES + "). Files and digits: "
                    + "use at most N training samples (default all).")
    Integer samples;

    @Option(names = "--noise", paramLabel = "SD",
            description = "Generated data: standard deviation of the Gaussian noise (default 0).")
    Double noise;

    @Option(names = "--test-ratio", paramLabel = "R",
            description = "Share of the samples held out for testing, 0 to 0.9. Digits and MNIST folders have a "
                    + "split of their own.")
    Double testRatio;

    @Option(names = "--target", paramLabel = "COLUMN",
            description = "CSV: the column to predict (default: the last column).")
    String target;

    @Option(names = "--classes", paramLabel = "K", arity = "0..1", fallbackValue = "0",
            description = {"spiral and blobs: draw K classes, 2 to " + Generators.MAX_CLASSES + " (default 2); "
                    + "3 or more get a softmax output.",
                "CSV (without K): read a numeric target column as class labels (e.g. 0, 1, 2)."})
    Integer classes;

    @Option(names = "--delimiter", paramLabel = "C",
            description = "CSV: the character between values, e.g. ';' or tab (default: detected from the header; "
                    + "with ; or tab, numbers may have a decimal comma).")
    String delimiter;

    @Option(names = "--inputs", paramLabel = "COLS",
            description = "CSV: the input columns, by header, separated by commas, e.g. x1,x2 (default: every "
                    + "column but the target; other columns are skipped and may hold text).")
    String inputs;

    @Option(names = "--decimal-mark", paramLabel = "MARK",
            description = "CSV: the decimal mark of the numbers, . or , (default: a comma is read as one when the "
                    + "delimiter is ; or tab).")
    String decimalMark;

    @Option(names = "--normalize", paramLabel = "HOW",
            description = "Scale the inputs: standard (mean 0, sd 1), minmax (onto [-1, 1]) or none (default), "
                    + "with statistics from the training part only; saved with the model and used by predict, "
                    + "eval and the exports.")
    String normalize;

    /** Whether {@code --data} was given. */
    boolean given() {
        return data != null;
    }

    /** The first word of {@code --data}: generated, digits, csv or mnist. */
    DataSpec.Kind kind() {
        return kindOf(data);
    }

    /**
     * The spec named on the command line, with defaults for what was not given.
     *
     * @param fallbackData      the data when {@code --data} is missing
     * @param defaultTestRatio  the test ratio when {@code --test-ratio} is missing
     * @throws IllegalArgumentException naming the option when a value is not allowed
     */
    DataSpec spec(String fallbackData, double defaultTestRatio, long seed) {
        return spec(fallbackData, defaultTestRatio, seed, List.of());
    }

    /** The spec named on the command line, where {@code --data} may also name one of {@code plugins} (datasets). */
    DataSpec spec(String fallbackData, double defaultTestRatio, long seed, List<? extends Generator> plugins) {
        String given = data != null ? data : fallbackData;
        PluginChoice plugin = datasetPlugin(given, plugins); // "example.moons(gap=0.8)" or "example.moons:gap=0.8"
        String name = plugin != null ? plugin.id() : given;
        DataSpec.Kind kind = plugin != null ? DataSpec.Kind.GENERATED : kindOf(name);
        checkApplicable(kind);
        double ratio = testRatio != null ? testRatio : defaultTestRatio;
        checkRatio(ratio);
        DataSpec spec = switch (kind) {
            case GENERATED -> DataSpec.generated(name, generatedSamples(), noise == null ? 0 : checkNoise(noise),
                    ratio, seed, plugins).withClasses(generatedClasses(name))
                    .withParameters(plugin != null ? plugin.parameters() : java.util.Map.of());
            case DIGITS -> DataSpec.digits(fileSamples(), seed);
            case CSV -> DataSpec.csv(Path.of(name), csvOptions(new CsvOptions(target, classes != null)), ratio,
                    seed);
            case MNIST -> DataSpec.mnist(Path.of(name), fileSamples(), seed);
            case DRAWN -> throw new IllegalStateException("drawn data is named by no --data value");
        };
        if (plugin != null) {
            spec.generator(plugins); // a setting the plugin does not declare or refuses: say so now, by name
        }
        return normalize == null ? spec : spec.withNormalization(Normalization.unfitted(method()));
    }

    /**
     * The dataset plugin (with its settings, in the plugin syntax) that {@code --data} names, or null when it names
     * no installed dataset plugin (a built-in, a file, a folder).
     */
    private static PluginChoice datasetPlugin(String given, List<? extends Generator> plugins) {
        if (Generators.names().contains(given) || plugins.isEmpty()) {
            return null;
        }
        PluginChoice choice;
        try {
            choice = PluginSyntax.choice(given);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return plugins.stream().anyMatch(g -> g.name().equals(choice.id())) ? choice : null;
    }

    /** The {@code --normalize} method. */
    private Normalization.Method method() {
        try {
            return Normalization.Method.byId(normalize.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--normalize: " + e.getMessage(), e);
        }
    }

    /**
     * A saved spec with the values given on the command line in place of the saved ones.
     *
     * @throws IllegalArgumentException naming the option when a value is not allowed
     */
    DataSpec over(DataSpec saved, Long seed) {
        checkApplicable(saved.kind());
        DataSpec s = saved;
        if (samples != null) {
            s = s.withSamples(saved.kind() == DataSpec.Kind.GENERATED ? generatedSamples() : fileSamples());
        }
        if (noise != null) {
            s = s.withNoise(checkNoise(noise));
        }
        if (testRatio != null) {
            s = s.withTestRatio(checkRatio(testRatio));
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (saved.kind() == DataSpec.Kind.CSV) {
            CsvOptions read = s.csvOptions();
            read = target != null ? read.withTarget(target) : read;
            read = csvOptions(classes != null ? read.withTargetAsClasses() : read);
            s = new DataSpec(s.kind(), s.name(), s.path(), read.targetColumn(), read.targetIsClasses(), s.samples(),
                    s.noise(), s.testRatio(), s.seed(), s.classes(), read.delimiter(), s.normalization(), s.labels(),
                    s.drawn(), s.parameters(), read.inputColumns(), read.decimalMark());
        }
        if (classes != null && saved.kind() == DataSpec.Kind.GENERATED) {
            s = s.withClasses(generatedClasses(saved.name()));
        }
        if (normalize != null) {
            throw new IllegalArgumentException("--normalize is chosen when training; a saved model scales its "
                    + "inputs with the statistics it was trained with");
        }
        return s;
    }

    /** What kind of data a {@code --data} value names. */
    static DataSpec.Kind kindOf(String data) {
        if (Generators.names().contains(data)) {
            return DataSpec.Kind.GENERATED;
        }
        if (data.equals("digits")) {
            return DataSpec.Kind.DIGITS;
        }
        Path path = Path.of(data);
        if (Files.isDirectory(path)) {
            return DataSpec.Kind.MNIST;
        }
        if (Files.isRegularFile(path) || data.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return DataSpec.Kind.CSV;
        }
        throw new IllegalArgumentException("unknown data '" + data + "'; use " + WHAT_DATA);
    }

    /** The default hidden layers for a kind of data. */
    static String defaultLayers(DataSpec.Kind kind) {
        return kind == DataSpec.Kind.DIGITS || kind == DataSpec.Kind.MNIST ? "100:sigmoid" : "8:tanh,8:tanh";
    }

    private void checkApplicable(DataSpec.Kind kind) {
        if (noise != null && kind != DataSpec.Kind.GENERATED) {
            throw new IllegalArgumentException("--noise applies to generated data only ("
                    + String.join(", ", Generators.names()) + ")");
        }
        if (testRatio != null && (kind == DataSpec.Kind.DIGITS || kind == DataSpec.Kind.MNIST)) {
            throw new IllegalArgumentException("--test-ratio does not apply to " + kind.id() + ": it comes with a "
                    + "training and a test part of its own (use --samples to take fewer)");
        }
        String csvOnly = target != null ? "--target" : delimiter != null ? "--delimiter" : inputs != null ? "--inputs"
                : decimalMark != null ? "--decimal-mark" : null;
        if (csvOnly != null && kind != DataSpec.Kind.CSV) {
            throw new IllegalArgumentException(csvOnly + " applies to CSV files only");
        }
        if (classes != null && classes == 0 && kind != DataSpec.Kind.CSV) {
            throw new IllegalArgumentException("--classes applies to CSV files only; spiral and blobs take a number "
                    + "of classes, e.g. --classes 3");
        }
        if (classes != null && kind != DataSpec.Kind.CSV && kind != DataSpec.Kind.GENERATED) {
            throw new IllegalArgumentException("--classes K applies to generated data (spiral, blobs)");
        }
        if (classes != null && classes != 0 && kind == DataSpec.Kind.CSV) {
            throw new IllegalArgumentException("--classes K chooses the classes of spiral and blobs; for a CSV file "
                    + "give --classes alone (the file's labels decide how many)");
        }
    }

    /** {@code --classes K} for a generator: 0 when not given (the generator's usual number). */
    private int generatedClasses(String generator) {
        if (classes == null) {
            return 0;
        }
        try {
            Generators.named(generator, classes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--classes " + classes + ": " + e.getMessage(), e);
        }
        return classes;
    }

    /**
     * {@code options} with the delimiter, input columns and decimal mark given on the command line in place of its
     * own.
     *
     * @throws IllegalArgumentException naming the option when a value is not allowed
     */
    private CsvOptions csvOptions(CsvOptions options) {
        CsvOptions o = options;
        o = delimiter != null ? o.withDelimiter(delimiterChar()) : o;
        o = inputs != null ? o.withInputs(inputColumns()) : o;
        Character mark = decimalMark != null ? decimalMarkChar() : o.decimalMark();
        try {
            return o.withDecimalMark(mark);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((decimalMark != null ? "--decimal-mark: " : "--delimiter: ")
                    + e.getMessage(), e);
        }
    }

    /** {@code --inputs} as column names: not empty, none twice, not the target. */
    private List<String> inputColumns() {
        List<String> columns = java.util.Arrays.stream(inputs.split(",", -1)).map(String::strip).toList();
        if (columns.contains("")) {
            throw new IllegalArgumentException("--inputs: a column name is empty in '" + inputs
                    + "'; give the headers separated by commas, e.g. --inputs x1,x2");
        }
        for (String c : columns) {
            if (columns.indexOf(c) != columns.lastIndexOf(c)) {
                throw new IllegalArgumentException("--inputs names '" + c + "' twice");
            }
            if (target != null && c.equals(target.strip())) {
                throw new IllegalArgumentException("--inputs: '" + c + "' is the --target, so it cannot also be an "
                        + "input");
            }
        }
        return columns;
    }

    /** {@code --decimal-mark} as '.' or ','. */
    private Character decimalMarkChar() {
        String m = decimalMark.strip();
        if (!m.equals(".") && !m.equals(",")) {
            throw new IllegalArgumentException("--decimal-mark must be . or , (a point or a comma), got '"
                    + decimalMark + "'");
        }
        return m.charAt(0);
    }

    /** {@code --delimiter} as one character ("tab" and "\\t" for a tab), or {@code null} to detect it. */
    private Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1) {
            throw new IllegalArgumentException("--delimiter must be one character (or tab), got '" + delimiter
                    + "'");
        }
        try {
            return CsvOptions.defaults().withDelimiter(d.charAt(0)).delimiter();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--delimiter: " + e.getMessage(), e);
        }
    }

    private int generatedSamples() {
        int n = samples == null ? DataSpec.DEFAULT_SAMPLES : samples;
        if (n < 1 || n > Generators.MAX_SAMPLES) {
            throw new IllegalArgumentException("--samples must be 1 to " + Generators.MAX_SAMPLES
                    + " for generated data, got " + n);
        }
        return n;
    }

    private int fileSamples() {
        int n = samples == null ? 0 : samples;
        if (n < 0) {
            throw new IllegalArgumentException("--samples must be 0 (all) or more, got " + n);
        }
        return n;
    }

    private static double checkNoise(double sd) {
        if (!(sd >= 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("--noise is a standard deviation: 0 or more, got " + sd);
        }
        return sd;
    }

    private static double checkRatio(double ratio) {
        if (!(ratio >= 0 && ratio <= TrainTestSplit.MAX_TEST_RATIO)) {
            throw new IllegalArgumentException("--test-ratio must be 0 to " + TrainTestSplit.MAX_TEST_RATIO + ", got "
                    + ratio);
        }
        return ratio;
    }

    /** Whether the generator of a generated spec, a built-in or one of {@code plugins} (datasets), makes classes. */
    static boolean generatorClassifies(String name, List<? extends Generator> plugins) {
        Generator g = Generators.named(name, plugins);
        return g.classCount() >= 2;
    }
}
