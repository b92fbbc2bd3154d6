package org.mlpsandbox.engine.data;

import java.util.List;
import java.util.Objects;

/**
 * A dataset read from a CSV file, with the names that the file gave its columns and classes.
 *
 * @param data       the samples; named after the file
 * @param inputNames the headers of the input columns, in the order of {@code data}'s inputs
 * @param targetName the header of the target column
 * @param classNames for classification, the class names in order of first appearance in the file (class 0 first);
 *                   empty for regression
 */
public record CsvDataset(Dataset data, List<String> inputNames, String targetName, List<String> classNames) {

    public CsvDataset {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(targetName, "targetName");
        inputNames = List.copyOf(inputNames);
        classNames = List.copyOf(classNames);
        if (inputNames.size() != data.inputCount()) {
            throw new IllegalArgumentException(inputNames.size() + " input names for " + data.inputCount()
                    + " inputs");
        }
        if (classNames.size() != data.classCount()) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + data.classCount()
                    + " classes");
        }
    }
}
