package org.mlpsandbox.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.io.DataSpec;
import picocli.CommandLine.Option;

/**
 * {@code --data} and its companions, shared by {@code train} and {@code eval}. Every field is {@code null} when not
 * given, so that {@code eval} can tell which parts of a model's saved data spec to replace.
 */
final class DataOptions {

    static final String WHAT_DATA = "a generated dataset (" + String.join(", ", Generators.names())
            + "), digits (the MNIST subset shipped in the jar), a .csv file, or a folder holding the MNIST IDX files";

    @Option(names = "--data", paramLabel = "DATA",
            description = "circle, xor, gauss, spiral, linear (2 classes); line, bent, sine, square, plane "
                    + "(regression); the id of a dataset plugin (train); digits (the shipped MNIST subset); a FILE.csv; "
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

    @Option(names = "--classes",
            description = "CSV: read a numeric target column as class labels (e.g. 0, 1, 2).")
    boolean classes;

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
        String name = data != null ? data : fallbackData;
        boolean plugin = !Generators.names().contains(name) && plugins.stream().anyMatch(g -> g.name().equals(name));
        DataSpec.Kind kind = plugin ? DataSpec.Kind.GENERATED : kindOf(name);
        checkApplicable(kind);
        double ratio = testRatio != null ? testRatio : defaultTestRatio;
        checkRatio(ratio);
        return switch (kind) {
            case GENERATED -> DataSpec.generated(name, generatedSamples(), noise == null ? 0 : checkNoise(noise),
                    ratio, seed, plugins);
            case DIGITS -> DataSpec.digits(fileSamples(), seed);
            case CSV -> DataSpec.csv(Path.of(name), target, classes, ratio, seed);
            case MNIST -> DataSpec.mnist(Path.of(name), fileSamples(), seed);
        };
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
        if (target != null || classes) {
            s = new DataSpec(s.kind(), s.name(), s.path(), target != null ? target : s.target(),
                    classes || s.targetAsClasses(), s.samples(), s.noise(), s.testRatio(), s.seed());
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
        if ((target != null || classes) && kind != DataSpec.Kind.CSV) {
            throw new IllegalArgumentException((target != null ? "--target" : "--classes")
                    + " applies to CSV files only");
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

    /** Whether the generator of a generated spec makes classes. */
    static boolean generatorClassifies(String name) {
        Generator g = Generators.named(name);
        return g.classCount() >= 2;
    }
}
