package org.mlpsandbox.app.lesson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.Mnist;
import org.mlpsandbox.engine.data.TrainTestSplit;
import org.mlpsandbox.engine.net.LayerSpec;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.net.NetworkSpec;
import org.mlpsandbox.engine.plugin.PluginChoice;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import org.mlpsandbox.engine.train.TrainingSettings;

/**
 * The ready setup a lesson opens: which data, which network, how to train it. Turn it into engine objects with
 * {@link #createData()}, {@link #networkSpec()} and {@link #trainingSettings()}, or all at once with
 * {@link #prepare(PluginRegistry)}.
 *
 * @param data     where the samples come from
 * @param network  the layers, loss, initializer and seed
 * @param training the optimizer and its settings, and how many epochs a headless run trains
 */
public record LessonSetup(DataSetup data, NetworkSetup network, TrainingSetup training) {

    /** For the methods without plugins: the built-in generators and the digits only (an immutable, empty registry). */
    private static final PluginRegistry NO_DATA_PLUGINS = new PluginRegistry(List.of());

    public LessonSetup {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(training, "training");
    }

    /**
     * Where the samples come from.
     *
     * @param source      a generator name ({@link Generators#names()}), {@value #DIGITS} for the shipped MNIST subset,
     *                    or the id of a dataset plugin with its settings, written like any plugin in a lesson:
     *                    {@code "example.moons"} or {@code "example.moons(gap=0.3)"}
     * @param samples     samples to draw; for digits, how many of the 8,000 training digits to use
     * @param noise       standard deviation of the generator's noise (ignored for digits)
     * @param testRatio   share held out for testing (ignored for digits, which come split)
     * @param seed        seed of the points and of the split
     * @param autoencoder when true the targets are the inputs themselves (regression, no classes)
     */
    public record DataSetup(String source, int samples, double noise, double testRatio, long seed,
                            boolean autoencoder) {

        /** The source name of the shipped handwritten digits. */
        public static final String DIGITS = "digits";

        /** Pixels per digit image. */
        public static final int DIGIT_INPUTS = 28 * 28;

        public DataSetup {
            Objects.requireNonNull(source, "source");
        }

        public boolean isDigits() {
            return DIGITS.equals(source);
        }

        /** Whether the source is a dataset plugin (not a built-in generator, not the digits). */
        public boolean isPlugin() {
            return !isDigits() && !Generators.names().contains(source);
        }

        /**
         * The dataset plugin and its settings named by the source ("example.moons(gap=0.3)"); a built-in's name
         * without settings.
         *
         * @throws IllegalArgumentException when the source is not written like a plugin
         */
        public PluginChoice choice() {
            try {
                return LessonParser.plugin(source, "setup.data.source");
            } catch (LessonFormatException e) {
                throw new IllegalArgumentException("data: " + e.getMessage(), e);
            }
        }

        /** Inputs per sample, for a built-in generator or the digits. */
        public int inputCount() {
            return inputCount(List.of());
        }

        /** Inputs per sample, the source being a built-in, the digits or one of {@code plugins} (dataset plugins). */
        public int inputCount(List<? extends Generator> plugins) {
            return isDigits() ? DIGIT_INPUTS : generator(plugins).inputCount();
        }

        /**
         * The generator the source names, a built-in or one of {@code plugins} configured with the lesson's settings.
         *
         * @throws IllegalArgumentException starting "data: ", naming the missing plugin or the refused setting
         */
        Generator generator(List<? extends Generator> plugins) {
            if (!isPlugin()) {
                return Generators.named(source);
            }
            PluginChoice choice = choice();
            if (Generators.names().contains(choice.id())) { // "circle(r=2)": a built-in takes no settings
                try {
                    return Generators.named(choice.id()).withParameters(choice.parameters());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("data: " + e.getMessage(), e);
                }
            }
            Generator found = plugins.stream().filter(g -> g.name().equals(choice.id())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("data: unknown dataset '" + choice.id()
                            + "': not a built-in one (" + String.join(", ", Generators.names()) + ", " + DIGITS
                            + ") nor an installed dataset plugin (" + (plugins.isEmpty() ? "none is installed"
                            : String.join(", ", plugins.stream().map(Generator::name).toList())) + "). If it comes"
                            + " from a plugin jar, put the jar in the plugin folder ("
                            + org.mlpsandbox.engine.plugin.PluginFolders.defaultFolder() + ") and reload plugins"));
            try {
                return found.withParameters(choice.parameters());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("data: " + e.getMessage(), e);
            }
        }

        /**
         * Checks the values without drawing any data; the source is a built-in generator or the digits.
         *
         * @throws IllegalArgumentException saying which value is wrong and what is allowed
         */
        void validate() {
            validate(List.of());
        }

        /**
         * Checks the values without drawing any data; the source may be one of {@code plugins} (dataset plugins).
         *
         * @throws IllegalArgumentException starting "data: ", saying which value is wrong and what is allowed
         */
        void validate(List<? extends Generator> plugins) {
            if (autoencoder && isDigits()) {
                throw new IllegalArgumentException("data: \"targets\": \"inputs\" is not supported for digits");
            }
            if (isPlugin()) {
                generator(plugins);
            }
            if (samples < 1 || samples > Generators.MAX_SAMPLES) {
                throw new IllegalArgumentException("data: samples must be between 1 and " + Generators.MAX_SAMPLES
                        + ", got " + samples);
            }
            if (!(noise >= 0) || Double.isInfinite(noise)) {
                throw new IllegalArgumentException("data: noise must be a number ≥ 0, got " + noise);
            }
            if (!(testRatio >= 0 && testRatio <= TrainTestSplit.MAX_TEST_RATIO)) {
                throw new IllegalArgumentException("data: testRatio must be between 0 and "
                        + TrainTestSplit.MAX_TEST_RATIO + ", got " + testRatio);
            }
        }

        /** Draws (or reads) the samples and splits them; targets as the source gives them. */
        TrainTestSplit create(List<? extends Generator> plugins) throws IOException {
            if (isDigits()) {
                TrainTestSplit digits = Mnist.shippedDigits();
                Dataset train = digits.train();
                if (samples < train.size()) {
                    int[] first = new int[samples];
                    Arrays.setAll(first, i -> i);
                    train = train.select(first, train.name());
                }
                return new TrainTestSplit(train, digits.test());
            }
            Dataset drawn = generator(plugins).generate(samples, noise, seed);
            if (autoencoder) {
                drawn = new Dataset(drawn.name() + " (autoencoder)", drawn.inputCount(), drawn.inputCount(), 0,
                        drawn.x(), drawn.x().clone());
            }
            // the split seed follows the engine's DataSpec convention (seed + 1), as the desktop sandbox does, so a
            // lesson gives the same training and test points in the window and from train --lesson
            return TrainTestSplit.split(drawn, testRatio, seed + 1);
        }

        /** How many target columns a network may have for this data, as a message fragment; or null if it fits. */
        String misfit(int outputs, List<? extends Generator> plugins) {
            if (isDigits()) {
                return outputs == Mnist.CLASS_COUNT ? null : "digits have 10 classes, so the output layer needs 10"
                        + " neurons";
            }
            Generator g = generator(plugins);
            if (autoencoder) {
                return outputs == g.inputCount() ? null : "an autoencoder reproduces its " + g.inputCount()
                        + " inputs, so the output layer needs " + g.inputCount() + " neurons";
            }
            if (g.classCount() == 2) {
                return outputs == 1 || outputs == 2 ? null : "'" + source + "' has 2 classes, so the output layer"
                        + " needs 1 neuron (sigmoid) or 2 (softmax)";
            }
            return outputs == 1 ? null : "'" + source + "' is regression with one target, so the output layer needs"
                    + " 1 neuron";
        }
    }

    /**
     * The network.
     *
     * @param hidden      hidden layers, first to last; may be empty
     * @param output      the output layer
     * @param loss        the loss
     * @param initializer the weight initializer
     * @param seed        seed of the starting weights
     */
    public record NetworkSetup(List<LayerSpec> hidden, LayerSpec output, PluginChoice loss, PluginChoice initializer,
                               long seed) {

        public NetworkSetup {
            hidden = List.copyOf(hidden);
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(loss, "loss");
            Objects.requireNonNull(initializer, "initializer");
        }

        /** Hidden layers then the output layer. */
        public List<LayerSpec> layers() {
            List<LayerSpec> all = new ArrayList<>(hidden);
            all.add(output);
            return all;
        }
    }

    /**
     * How to train.
     *
     * @param optimizer        the optimizer and its parameters
     * @param learningRate     step size for the weights
     * @param biasLearningRate step size for the biases, or {@code NaN} for the same as the weights
     * @param batchSize        samples per step
     * @param l1               L1 strength
     * @param l2               L2 strength
     * @param epochs           epochs a headless run ({@code train --lesson}) trains
     * @param seed             seed of the shuffling
     */
    public record TrainingSetup(PluginChoice optimizer, double learningRate, double biasLearningRate, int batchSize,
                                double l1, double l2, int epochs, long seed) {

        public TrainingSetup {
            Objects.requireNonNull(optimizer, "optimizer");
        }
    }

    /**
     * The setup as the desktop sandbox takes it ({@link org.mlpsandbox.app.model.SandboxModel#apply}): generator
     * settings, features x₁ and x₂, the hidden layers, the output activation (its size follows from the data), loss,
     * initializer, seeds and training settings. For digits and autoencoders the generator settings are not the whole
     * story: hand the model {@link #createData()} too (see {@link #hasOwnData()}); for digits they are the defaults.
     *
     * @throws IllegalArgumentException from the engine when a training value is out of range
     */
    public org.mlpsandbox.app.model.Setup sandboxSetup() {
        org.mlpsandbox.app.model.DataSettings d = data.isDigits() ? org.mlpsandbox.app.model.DataSettings.defaults()
                : new org.mlpsandbox.app.model.DataSettings(data.choice().id(), data.samples(), data.noise(),
                        data.testRatio(), data.seed(), 0, data.choice().parameters());
        return new org.mlpsandbox.app.model.Setup(d, java.util.Set.of(org.mlpsandbox.app.model.Feature.X1,
                org.mlpsandbox.app.model.Feature.X2), network.hidden(),
                network.output().activation(), network.loss(), network.initializer(), network.seed(),
                trainingSettings());
    }

    /**
     * Whether the sandbox needs this lesson's data handed over as a ready split ({@link #createData()}), because
     * its generator settings cannot describe it: the digits, and autoencoders (targets = inputs).
     */
    public boolean hasOwnData() {
        return data.isDigits() || data.autoencoder();
    }

    /** Where the data comes from, for experiment files: the digits, or the generator (of an autoencoder's inputs). */
    public org.mlpsandbox.engine.io.DataSpec dataSpec() {
        return dataSpec(NO_DATA_PLUGINS);
    }

    /** {@link #dataSpec()} where the data may come from a dataset plugin of {@code plugins}. */
    public org.mlpsandbox.engine.io.DataSpec dataSpec(PluginRegistry plugins) {
        return data.isDigits() ? org.mlpsandbox.engine.io.DataSpec.digits(data.samples(), data.seed())
                : org.mlpsandbox.engine.io.DataSpec.generated(data.choice().id(), data.samples(), data.noise(),
                        data.testRatio(), data.seed(), plugins.dataSources())
                        .withParameters(data.choice().parameters());
    }

    /** Inputs per sample of the lesson's data (a built-in generator's or the digits'). */
    public int inputCount() {
        return data.inputCount();
    }

    /** The network spec: the data's input count, the lesson's layers, loss, initializer and seed. */
    public NetworkSpec networkSpec() {
        return networkSpec(NO_DATA_PLUGINS);
    }

    /** {@link #networkSpec()} where the data may come from a dataset plugin of {@code plugins}. */
    public NetworkSpec networkSpec(PluginRegistry plugins) {
        return new NetworkSpec(data.inputCount(plugins.dataSources()), network.layers(), network.loss(),
                network.initializer(), network.seed());
    }

    /**
     * The training settings (shuffled every epoch).
     *
     * @throws IllegalArgumentException from the engine when a value is out of range
     */
    public TrainingSettings trainingSettings() {
        return new TrainingSettings(training.optimizer(), training.learningRate(), training.biasLearningRate(),
                training.batchSize(), training.l1(), training.l2(), true, training.seed());
    }

    /** Epochs a headless run trains. */
    public int epochs() {
        return training.epochs();
    }

    /**
     * The lesson's data, split into training and test sets, with targets encoded for the output layer (one 0/1
     * column for a single sigmoid output, one-hot columns for softmax; for an autoencoder the inputs themselves).
     *
     * @throws IOException only for digits, when the shipped files cannot be read
     */
    public TrainTestSplit createData() throws IOException {
        return createData(NO_DATA_PLUGINS);
    }

    /** {@link #createData()} where the data may come from a dataset plugin of {@code plugins}. */
    public TrainTestSplit createData(PluginRegistry plugins) throws IOException {
        TrainTestSplit split = data.create(plugins.dataSources());
        int outputs = network.output().size();
        return new TrainTestSplit(split.train().withTargetColumns(outputs), split.test().withTargetColumns(outputs));
    }

    /**
     * Checks everything without drawing data, building the network or training: the values, that the output layer
     * fits the data, and that the engine accepts the network (its plugins, and its size in the memory budget) and the
     * training settings with these plugins.
     *
     * @throws IllegalArgumentException with a message for a teacher
     */
    public void validate(PluginRegistry plugins) {
        data.validate(plugins.dataSources());
        String misfit = data.misfit(network.output().size(), plugins.dataSources());
        if (misfit != null) {
            throw new IllegalArgumentException("network: " + misfit + ", but \"output\" is \"" + network.output()
                    + "\"");
        }
        if (training.epochs() < 1) {
            throw new IllegalArgumentException("training: epochs must be at least 1, got " + training.epochs());
        }
        try {
            Network.check(networkSpec(plugins), plugins);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("network: " + e.getMessage(), e);
        }
        try {
            trainingSettings();
            plugins.optimizer(training.optimizer());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("training: " + e.getMessage(), e);
        }
    }

    /**
     * Builds everything a training run needs: the data, the network with its starting weights, and the settings.
     *
     * @throws IOException              for digits, when the shipped files cannot be read
     * @throws IllegalArgumentException when the engine refuses the setup
     */
    public LessonRun prepare(PluginRegistry plugins) throws IOException {
        return new LessonRun(Network.build(networkSpec(plugins), plugins), createData(plugins), trainingSettings(),
                epochs(), plugins);
    }
}
