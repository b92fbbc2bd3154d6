package org.mlpsandbox.engine.data;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A training set and a test set drawn from the same data.
 *
 * @param train the samples to learn from
 * @param test  the held-out samples to measure on; may be empty
 */
public record TrainTestSplit(Dataset train, Dataset test) {

    /** The largest share of the samples that may go to the test set. */
    public static final double MAX_TEST_RATIO = 0.9;

    public TrainTestSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }

    /** The training samples followed by the test samples, as one dataset named {@code name}. */
    public Dataset joined(String name) {
        double[] x = new double[train.x().length + test.x().length];
        double[] y = new double[train.y().length + test.y().length];
        System.arraycopy(train.x(), 0, x, 0, train.x().length);
        System.arraycopy(test.x(), 0, x, train.x().length, test.x().length);
        System.arraycopy(train.y(), 0, y, 0, train.y().length);
        System.arraycopy(test.y(), 0, y, train.y().length, test.y().length);
        return new Dataset(name, train.inputCount(), train.targetCount(), train.classCount(), x, y);
    }

    /**
     * Shuffles the samples with {@code seed} and puts {@code round(size × testRatio)} of them in the test set, the rest
     * in the training set (always at least one). The same data, ratio and seed give the same split. The parts are
     * named after the data: "circle (train)" and "circle (test)".
     *
     * @param testRatio share of the samples for testing, 0 to {@value #MAX_TEST_RATIO}
     * @throws IllegalArgumentException when the ratio is out of range
     */
    public static TrainTestSplit split(Dataset data, double testRatio, long seed) {
        if (!(testRatio >= 0 && testRatio <= MAX_TEST_RATIO)) {
            throw new IllegalArgumentException("the test ratio must be between 0 and " + MAX_TEST_RATIO + ", got "
                    + testRatio);
        }
        int n = data.size();
        int[] order = shuffledIndices(n, seed);
        int testCount = Math.min((int) Math.round(n * testRatio), n - 1);
        Dataset test = data.select(Arrays.copyOfRange(order, 0, Math.max(testCount, 0)), data.name() + " (test)");
        Dataset train = data.select(Arrays.copyOfRange(order, Math.max(testCount, 0), n), data.name() + " (train)");
        return new TrainTestSplit(train, test);
    }

    /** 0 .. n-1 in a random order (Fisher–Yates with a seeded stream). */
    static int[] shuffledIndices(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
