package org.mlpsandbox.app.model;

import org.mlpsandbox.engine.data.Generators;
import org.mlpsandbox.engine.data.TrainTestSplit;

/**
 * How the data is drawn: which generator, how many samples, how much noise, which share is held out for testing, and
 * the seed of both the points and the split.
 *
 * @param generator a name from {@link Generators#names()}
 * @param samples   1 to {@link Generators#MAX_SAMPLES}
 * @param noise     standard deviation of the Gaussian noise, ≥ 0
 * @param testRatio share of the samples in the test set, 0 to {@link TrainTestSplit#MAX_TEST_RATIO}
 * @param seed      seed of the points and of the train/test split
 * @param classes   the number of classes of a generator that draws any number (spiral, blobs); 0 for its usual number
 */
public record DataSettings(String generator, int samples, double noise, double testRatio, long seed, int classes) {

    public DataSettings {
        Generators.named(generator, classes);
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

    /** 400 circle points, a little noise, a fifth held out: the first thing a newcomer sees. */
    public static DataSettings defaults() {
        return new DataSettings("circle", 400, 0.2, 0.2, 1);
    }

    /** Another generator; the number of classes stays when the new generator can draw it too. */
    public DataSettings withGenerator(String g) {
        return new DataSettings(g, samples, noise, testRatio, seed, canVary(g) ? classes : 0);
    }

    public DataSettings withSamples(int n) {
        return new DataSettings(generator, n, noise, testRatio, seed, classes);
    }

    public DataSettings withNoise(double v) {
        return new DataSettings(generator, samples, v, testRatio, seed, classes);
    }

    public DataSettings withTestRatio(double r) {
        return new DataSettings(generator, samples, noise, r, seed, classes);
    }

    public DataSettings withSeed(long s) {
        return new DataSettings(generator, samples, noise, testRatio, s, classes);
    }

    /** The same settings drawing {@code k} classes (0: the generator's usual number). */
    public DataSettings withClasses(int k) {
        return new DataSettings(generator, samples, noise, testRatio, seed, k);
    }

    /** Whether the generator {@code name} draws any number of classes (spiral, blobs). */
    public static boolean canVary(String name) {
        try {
            Generators.named(name, Generators.MAX_CLASSES);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
