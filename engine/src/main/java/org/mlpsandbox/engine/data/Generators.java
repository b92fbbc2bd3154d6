package org.mlpsandbox.engine.data;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The built-in synthetic datasets, by name: point clouds of classes in the plane ("circle", "xor", "gauss", "spiral",
 * "blobs", "linear"; spiral and blobs draw any number of classes from 2 to {@value #MAX_CLASSES}, see
 * {@link Generator#withClassCount(int)}) and regression curves ("line", "bent", "sine", "square", and "plane" with two inputs).
 *
 * <p>Scales: classification points lie in about [-5, 5]², as in TensorFlow Playground; regression inputs lie in
 * [-2, 2] (sine: [-π, π]). Noise is the standard deviation of Gaussian noise in the same units: jitter of the points
 * for classification (labels are those of the clean points), noise on the target for regression.
 *
 * <pre>{@code
 * Dataset data = Generators.generate("spiral", 500, 0.2, 42L);
 * }</pre>
 */
public final class Generators {

    /** The most samples a generator draws. */
    public static final int MAX_SAMPLES = 1_000_000;

    /** The most classes a generator of K classes draws (as many as the plane's palette has distinct colours). */
    public static final int MAX_CLASSES = 8;

    private static final List<Generator> ALL = List.of(
            classifier("circle", "2 classes: points inside a circle of radius 2.5 against a ring around it",
                    ClassificationShapes::circle),
            classifier("xor", "2 classes: class 1 where x1*x2 > 0 (the XOR of the signs)",
                    ClassificationShapes::xor),
            classifier("gauss", "2 classes: two Gaussian blobs around (2, 2) and (-2, -2)",
                    ClassificationShapes::gauss),
            classes("spiral", 2, "interleaved spiral arms", ClassificationShapes::spiral),
            classes("blobs", 2, "Gaussian blobs in a ring", ClassificationShapes::blobs),
            classifier("linear", "2 classes, linearly separable: class 1 where x1 - 1.5*x2 > 0.4",
                    ClassificationShapes::linear),
            regression("line", 1, "regression: y = x + 2 for x in [-2, 2]", RegressionShapes::line),
            regression("bent", 1, "regression: a line bent at x = 0.5 (slopes -0.5 and 1.5), two ReLUs fit it",
                    RegressionShapes::bent),
            regression("sine", 1, "regression: y = sin(x) for x in [-pi, pi]", RegressionShapes::sine),
            regression("square", 1, "regression: y = x^2 for x in [-2, 2]", RegressionShapes::square),
            regression("plane", 2, "regression, 2 inputs: y = 1.5*x1 - 0.5*x2 + 1", RegressionShapes::plane));

    private Generators() {
    }

    /** Every generator, classification first, in a fixed order (for pickers and {@code --help}). */
    public static List<Generator> all() {
        return ALL;
    }

    /** The names of {@link #all()}, in the same order. */
    public static List<String> names() {
        return ALL.stream().map(Generator::name).toList();
    }

    /**
     * The generator with this name.
     *
     * @throws IllegalArgumentException when there is none; the message lists the valid names
     */
    public static Generator named(String name) {
        for (Generator generator : ALL) {
            if (generator.name().equals(name)) {
                return generator;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "'; the generated datasets are: "
                + String.join(", ", names()));
    }

    /**
     * The built-in generator with this name, else the one in {@code more} (dataset plugins, say).
     *
     * @throws IllegalArgumentException when there is none; the message lists the valid names
     */
    public static Generator named(String name, List<? extends Generator> more) {
        if (names().contains(name)) {
            return named(name);
        }
        for (Generator generator : more) {
            if (generator.name().equals(name)) {
                return generator;
            }
        }
        throw new IllegalArgumentException("unknown dataset '" + name + "'; the generated datasets are: "
                + String.join(", ", names()) + (more.isEmpty() ? "" : "; from plugins: "
                + String.join(", ", more.stream().map(Generator::name).toList())));
    }

    /**
     * The generator with this name drawing {@code classes} classes; 0 means its usual number.
     *
     * @throws IllegalArgumentException when there is none, or when it cannot draw that many classes
     */
    public static Generator named(String name, int classes) {
        Generator generator = named(name);
        return classes == 0 ? generator : generator.withClassCount(classes);
    }

    /**
     * Shorthand for {@code named(name).generate(samples, noise, seed)}.
     *
     * @throws IllegalArgumentException for an unknown name or out-of-range samples or noise
     */
    public static Dataset generate(String name, int samples, double noise, long seed) {
        return named(name).generate(samples, noise, seed);
    }

    /** Every generator as "name - description", one a line, for help texts. */
    public static String describeAll() {
        int width = names().stream().mapToInt(String::length).max().orElse(0);
        return ALL.stream()
                .map(g -> String.format("%-" + width + "s  %s", g.name(), g.description()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static Generator classifier(String name, String description, RowSampler sampler) {
        return new SampledGenerator(name, description, 2, 2, sampler);
    }

    private static Generator classes(String name, int usual, String what, IntFunction<RowSampler> samplers) {
        return new ClassesGenerator(name, what, usual, samplers);
    }

    private static Generator regression(String name, int inputs, String description, RowSampler sampler) {
        return new SampledGenerator(name, description, inputs, 0, sampler);
    }

    /** A generator of a fixed number of classes (0 for regression). */
    private record SampledGenerator(String name, String description, int inputCount, int classCount,
                                    RowSampler sampler) implements Generator {

        @Override
        public Dataset generate(int samples, double noise, long seed) {
            return draw(name, inputCount, classCount, sampler, samples, noise, seed);
        }

        @Override
        public String toString() {
            return "Generator[" + name + ": " + description + "]";
        }
    }

    /**
     * A generator of any number of classes from 2 to {@value #MAX_CLASSES} (spiral arms, blobs); {@code samplers}
     * gives the sampler for a number of classes.
     */
    private record ClassesGenerator(String name, String what, int classCount, IntFunction<RowSampler> samplers)
            implements Generator {

        @Override
        public String description() {
            return classCount + " classes: " + classCount + " " + what;
        }

        @Override
        public int inputCount() {
            return 2;
        }

        @Override
        public Generator withClassCount(int classes) {
            if (classes < 2 || classes > MAX_CLASSES) {
                throw new IllegalArgumentException(name + " draws 2 to " + MAX_CLASSES + " classes, not " + classes);
            }
            return classes == classCount ? this : new ClassesGenerator(name, what, classes, samplers);
        }

        @Override
        public Dataset generate(int samples, double noise, long seed) {
            return draw(name, 2, classCount, samplers.apply(classCount), samples, noise, seed);
        }

        @Override
        public String toString() {
            return "Generator[" + name + ": " + description() + "]";
        }
    }

    /**
     * Draws the samples one by one from a single seeded random stream. Three or more classes get one-hot targets
     * (the sampler writes the class number).
     */
    private static Dataset draw(String name, int inputCount, int classCount, RowSampler sampler, int samples,
                                double noise, long seed) {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be between 1 and " + MAX_SAMPLES + ", got "
                    + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number >= 0, got " + noise);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[samples * inputCount];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            sampler.sample(random, noise, i, x, y);
        }
        if (classCount <= 2) {
            return new Dataset(name, inputCount, 1, classCount, x, y);
        }
        double[] oneHot = new double[samples * classCount];
        for (int i = 0; i < samples; i++) {
            oneHot[i * classCount + (int) y[i]] = 1;
        }
        return new Dataset(name, inputCount, classCount, classCount, x, oneHot);
    }
}
