package org.mlpsandbox.engine.data;

import java.util.Arrays;
import java.util.Objects;
import org.mlpsandbox.engine.math.Vectors;

/**
 * A table of samples: inputs {@code x} ({@code size × inputCount}, row-major) and targets {@code y}
 * ({@code size × targetCount}, row-major), as the network sees them. Immutable: the arrays are never written after
 * construction, and accessors hand out the internal arrays for speed, so callers must not write them either.
 *
 * <p>For classification, {@code classCount ≥ 2} and the targets are either one 0/1 column (two classes, for a sigmoid
 * output) or one-hot columns (one per class, for softmax). For regression {@code classCount == 0}.
 *
 * @param name        what the data is, for people ("circle", "digits", "iris.csv")
 * @param inputCount  values per sample
 * @param targetCount target values per sample
 * @param classCount  number of classes, or 0 for regression
 * @param x           inputs, {@code size × inputCount}
 * @param y           targets, {@code size × targetCount}
 */
public record Dataset(String name, int inputCount, int targetCount, int classCount, double[] x, double[] y) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        if (inputCount < 1 || targetCount < 1) {
            throw new IllegalArgumentException("a dataset needs at least one input and one target column");
        }
        if (x.length % inputCount != 0 || y.length % targetCount != 0
                || x.length / inputCount != y.length / targetCount) {
            throw new IllegalArgumentException("inputs (" + x.length + " values / " + inputCount
                    + " columns) and targets (" + y.length + " values / " + targetCount
                    + " columns) do not hold the same number of samples");
        }
        if (classCount == 1 || classCount < 0) {
            throw new IllegalArgumentException("classCount must be 0 (regression) or at least 2, got " + classCount);
        }
    }

    /** Number of samples. */
    public int size() {
        return x.length / inputCount;
    }

    public boolean isClassification() {
        return classCount >= 2;
    }

    /** The class of sample {@code i} (classification only): the 0/1 target, or the index of the largest target. */
    public int label(int i) {
        return Vectors.classOf(y, i * targetCount, targetCount);
    }

    /**
     * The same samples with targets re-encoded for a network with {@code columns} outputs: for two classes, one 0/1
     * column or two one-hot columns. Returns {@code this} when nothing changes.
     *
     * @throws IllegalArgumentException when the data cannot be given that many target columns
     */
    public Dataset withTargetColumns(int columns) {
        if (columns == targetCount) {
            return this;
        }
        if (classCount == 2 && (columns == 1 || columns == 2)) {
            int n = size();
            double[] t = new double[n * columns];
            for (int i = 0; i < n; i++) {
                int label = label(i);
                if (columns == 1) {
                    t[i] = label;
                } else {
                    t[i * 2 + label] = 1;
                }
            }
            return new Dataset(name, inputCount, columns, classCount, x, t);
        }
        throw new IllegalArgumentException("the data '" + name + "' has " + targetCount + " target column(s)"
                + (isClassification() ? " (" + classCount + " classes)" : "") + "; a network with " + columns
                + " outputs does not fit it");
    }

    /** The samples at the given positions, in that order. */
    public Dataset select(int[] indices, String newName) {
        double[] nx = new double[indices.length * inputCount];
        double[] ny = new double[indices.length * targetCount];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(x, indices[k] * inputCount, nx, k * inputCount, inputCount);
            System.arraycopy(y, indices[k] * targetCount, ny, k * targetCount, targetCount);
        }
        return new Dataset(newName, inputCount, targetCount, classCount, nx, ny);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.name.equals(name) && d.inputCount == inputCount
                && d.targetCount == targetCount && d.classCount == classCount && Arrays.equals(d.x, x)
                && Arrays.equals(d.y, y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, inputCount, targetCount, classCount, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + size() + " samples, " + inputCount + " → " + targetCount
                + (isClassification() ? ", " + classCount + " classes]" : ", regression]");
    }
}
