package org.mlpsandbox.engine.data;

import java.util.List;
import java.util.Map;
import org.mlpsandbox.api.Hyperparameter;

/**
 * A named recipe for a synthetic dataset, such as "circle" or "sine". A generator holds no state: the same samples,
 * noise and seed always give the same dataset, bit for bit. Find one with {@link Generators#named(String)}.
 */
public interface Generator {

    /** The short lower-case name used on the command line and in lessons, e.g. "spiral". */
    String name();

    /** One line for people, e.g. "2 classes: 2 interleaved spiral arms". */
    String description();

    /** Number of inputs per sample: 1 or 2. */
    int inputCount();

    /**
     * The number of classes: 2 for one 0/1 target column, 3 or more for one-hot target columns, 0 for regression (one
     * numeric target column).
     */
    int classCount();

    /**
     * This generator drawing {@code classes} classes. Only some generators (spiral, blobs) draw any number; the
     * others return themselves for their own number.
     *
     * @throws IllegalArgumentException when the generator cannot draw that many classes
     */
    default Generator withClassCount(int classes) {
        if (classes == classCount()) {
            return this;
        }
        throw new IllegalArgumentException(name() + (classCount() == 0 ? " is regression data, without classes"
                : " always has " + classCount() + " classes") + "; only spiral and blobs draw 2 to "
                + Generators.MAX_CLASSES + " classes");
    }

    /**
     * The settings of its own this generator declares (a dataset plugin's hyperparameters, say), in display order;
     * empty for the built-ins.
     */
    default List<Hyperparameter> hyperparameters() {
        return List.of();
    }

    /**
     * This generator with these values for its {@link #hyperparameters()} (keys left out take their defaults).
     *
     * @throws IllegalArgumentException naming the generator and the key when a key is unknown or a value out of range
     */
    default Generator withParameters(Map<String, Double> values) {
        if (values.isEmpty()) {
            return this;
        }
        throw new IllegalArgumentException("the dataset '" + name() + "' has no settings of its own, got "
                + new java.util.TreeMap<>(values));
    }

    /**
     * Draws a dataset.
     *
     * @param samples number of samples, 1 to {@value Generators#MAX_SAMPLES}
     * @param noise   standard deviation of the Gaussian noise, ≥ 0: added to the inputs of a classification set
     *                (labels stay those of the clean points), to the target of a regression set
     * @param seed    seed of the random numbers; the same seed gives the same points, and with another noise level
     *                the same points moved by proportionally more or less noise
     * @throws IllegalArgumentException when samples or noise are out of range
     */
    Dataset generate(int samples, double noise, long seed);
}
