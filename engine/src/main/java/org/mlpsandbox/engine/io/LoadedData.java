package org.mlpsandbox.engine.io;

import java.util.List;
import java.util.Objects;
import org.mlpsandbox.engine.data.Dataset;

/**
 * The data a {@link DataSpec} stands for, split and ready to train on.
 *
 * @param train      the samples to learn from
 * @param test       the held-out samples (may be empty)
 * @param classNames for classification, a name per class in class order ("0", "1"; the class names of a CSV file);
 *                   empty for regression
 */
public record LoadedData(Dataset train, Dataset test, List<String> classNames) {

    public LoadedData {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        classNames = List.copyOf(classNames);
    }

    public boolean isClassification() {
        return train.isClassification();
    }

    public int inputCount() {
        return train.inputCount();
    }

    /** Both parts re-encoded for a network with {@code outputs} outputs (see {@link Dataset#withTargetColumns}). */
    public LoadedData withTargetColumns(int outputs) {
        return new LoadedData(train.withTargetColumns(outputs), test.withTargetColumns(outputs), classNames);
    }
}
