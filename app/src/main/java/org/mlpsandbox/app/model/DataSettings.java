package org.mlpsandbox.app.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mlpsandbox.engine.data.Generator;
import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;

/**
 * How the data is drawn: which generator, how many samples, how much noise, which share is held out for testing, and
 * the seed of both the points and the split.
 *
 * @param generator a name from {@link Generators#names()}, or the id of a dataset plugin (checked against the
 *                  plugins installed where the data is drawn, see {@link #generator(List)})
 * @param samples   1 to {@link Generators#MAX_SAMPLES}
 * @param noise     standard deviation of the Gaussian noise, ≥ 0
 * @param testRatio share of the samples in the test set, 0 to {@link TrainTestSplit#MAX_TEST_RATIO}
 * @param seed      seed of the points and of the train/test split
 * @param classes   the number of classes of a generator that draws any number (spiral, blobs); 0 for its usual number
 * @param parameters values for a dataset plugin's own hyperparameters, by key (keys left out take their defaults;
 *                   checked where the data is drawn, see {@link #generator(List)}); empty for the built-ins
 */
public record DataSettings(String generator, int samples, double noise, double testRatio, long seed, int classes,
                           Map<String, Double> parameters) {

    public DataSettings {
        parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
        if (!parameters.isEmpty() && Generators.names().contains(generator)) {
            Generators.named(generator).withParameters(parameters); // throws: a built-in has none
        }
        if (generator == null || !Generators.names().contains(generator) && (generator.isBlank()
                || !generator.equals(generator.strip().toLowerCase(java.util.Locale.ROOT)))) {
            Generators.named(String.valueOf(generator)); // throws, listing the built-in names
        }
        if (Generators.names().contains(generator)) {
            Generators.named(generator, classes);
        } else if (classes != 0) {
            throw new IllegalArgumentException("the dataset '" + generator + "' draws its own number of classes");
        }
        if (samples < 1 || samples > Generators.MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be between 1 and " + Generators.MAX_SAMPLES + ", got "
                    + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite number ≥ 0, got " + noise);
        }
        if (!(testRatio >= 0 && testRatio <= TrainTestSplit.MAX_TEST_RATIO)) {
            throw new IllegalArgumentException("the test ratio must be between 0 and " + TrainTestSplit.MAX_TEST_RATIO
                    + ", got " + testRatio);
        }
    }

    /** Settings with the generator's usual number of classes. */
    public DataSettings(String generator, int samples, double noise, double testRatio, long seed) {
        this(generator, samples, noise, testRatio, seed, 0);
    }

    /** Settings with the generator's own settings at their defaults. */
    public DataSettings(String generator, int samples, double noise, double testRatio, long seed, int classes) {
        this(generator, samples, noise, testRatio, seed, classes, Map.of());
    }

    /** 400 circle points, a little noise, a fifth held out: the first thing a newcomer sees. */
    public static DataSettings defaults() {
        return new DataSettings("circle", 400, 0.2, 0.2, 1);
    }

    /**
     * Another generator; the number of classes stays when the new generator can draw it too, and its own settings
     * start at their defaults.
     */
    public DataSettings withGenerator(String g) {
        return new DataSettings(g, samples, noise, testRatio, seed, canVary(g) ? classes : 0);
    }

    public DataSettings withSamples(int n) {
        return new DataSettings(generator, n, noise, testRatio, seed, classes, parameters);
    }

    public DataSettings withNoise(double v) {
        return new DataSettings(generator, samples, v, testRatio, seed, classes, parameters);
    }

    public DataSettings withTestRatio(double r) {
        return new DataSettings(generator, samples, noise, r, seed, classes, parameters);
    }

    public DataSettings withSeed(long s) {
        return new DataSettings(generator, samples, noise, testRatio, s, classes, parameters);
    }

    /** The same settings drawing {@code k} classes (0: the generator's usual number). */
    public DataSettings withClasses(int k) {
        return new DataSettings(generator, samples, noise, testRatio, seed, k, parameters);
    }

    /** The same generator with these values for its own settings (a dataset plugin's hyperparameters). */
    public DataSettings withParameters(Map<String, Double> values) {
        return new DataSettings(generator, samples, noise, testRatio, seed, classes, values);
    }

    /**
     * The generator these settings name, a built-in or one of {@code plugins} (dataset plugins), drawing their number
     * of classes, with their values for its own settings.
     *
     * @throws IllegalArgumentException when there is none (the message lists what there is), or when a value does not
     *                                  suit the plugin (the message names it and the key)
     */
    public Generator generator(List<? extends Generator> plugins) {
        Generator g = Generators.named(generator, plugins).withParameters(parameters);
        return classes == 0 ? g : g.withClassCount(classes);
    }

    /** Whether the generator {@code name} draws any number of classes (spiral, blobs); never a plugin's. */
    public static boolean canVary(String name) {
        if (!Generators.names().contains(name)) {
            return false;
        }
        try {
            Generators.named(name, Generators.MAX_CLASSES);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
