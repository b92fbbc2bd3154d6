package org.mlpsandbox.engine.data;

/**
 * How to read a CSV file's target.
 *
 * @param targetColumn    the header of the target column, or {@code null} for the last column
 * @param targetIsClasses read every target value as a class name, even when the values are numbers (e.g. 0, 1, 2);
 *                        otherwise a column of numbers is a regression target and a column of text holds class names
 */
public record CsvOptions(String targetColumn, boolean targetIsClasses) {

    /** The last column is the target; numbers mean regression, text means classes. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, false);
    }

    /** The same options with the target in the column with this header. */
    public CsvOptions withTarget(String column) {
        return new CsvOptions(column, targetIsClasses);
    }

    /** The same options, reading the target values as class names. */
    public CsvOptions withTargetAsClasses() {
        return new CsvOptions(targetColumn, true);
    }
}
