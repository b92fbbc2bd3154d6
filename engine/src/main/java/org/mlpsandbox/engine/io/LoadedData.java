package org.mlpsandbox.engine.io;

import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.data.Dataset;
import org.mlpsandbox.engine.data.Normalization;

/**
 * The data a {@link DataSpec} stands for, split and ready to train on.
 *
 * @param train      the samples to learn from
 * @param test       the held-out samples (may be empty)
 * @param classNames for classification, a name per class in class order ("0", "1"; the class names of a CSV file);
 *                   empty for regression
 * @param normalization how the inputs of both parts were scaled (statistics from {@code train}), or
 *                      {@link Normalization#NONE}
 */
public record LoadedData(Dataset train, Dataset test, List<String> classNames, Normalization normalization) {

    public LoadedData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(normalization, "normalization");
        classNames = List.copyOf(classNames);
    }

    /** Data with the inputs as they are. */
    public LoadedData(Dataset train, Dataset test, List<String> classNames) {
        this(train, test, classNames, Normalization.NONE);
    }

    /** The inputs scaled by {@code method}, with statistics from the training part (or the given ones when fitted). */
    public LoadedData normalized(Normalization method) {
        if (method.isNone()) {
            return this;
        }
        Normalization fitted = method.isFitted() ? method : method.fit(train);
        return new LoadedData(fitted.apply(train), fitted.apply(test), classNames, fitted);
    }

    public boolean isClassification() {
        return train.isClassification();
    }

    public int inputCount() {
        return train.inputCount();
    }

    /** Both parts re-encoded for a network with {@code outputs} outputs (see {@link Dataset#withTargetColumns}). */
    public LoadedData withTargetColumns(int outputs) {
        return new LoadedData(train.withTargetColumns(outputs), test.withTargetColumns(outputs), classNames,
                normalization);
    }
}
