package org.mlpsandbox.engine.data;

import java.util.List;

/**
 * How to read a CSV file: its target, its inputs, the character between values and the decimal mark.
 *
 * @param targetColumn    the header of the target column, or {@code null} for the last column
 * @param targetIsClasses read every target value as a class name, even when the values are numbers (e.g. 0, 1, 2);
 *                        otherwise a column of numbers is a regression target and a column of text holds class names
 * @param delimiter       the character between values ({@code ,} {@code ;} or tab, say), or {@code null} to take
 *                        the one of those three that the header line holds most often. With any delimiter but the
 *                        comma, numbers may be written with a decimal comma, as European spreadsheets write them
 *                        ({@code 1,5;2,0;a})
 * @param inputColumns    the headers of the input columns, in file order; empty for every column but the target.
 *                        Columns that are neither inputs nor the target are skipped (and may hold text)
 * @param decimalMark     {@code '.'} or {@code ','}, or {@code null} to accept a decimal comma whenever the delimiter
 *                        is not a comma
 */
public record CsvOptions(String targetColumn, boolean targetIsClasses, Character delimiter, List<String> inputColumns,
                         Character decimalMark) {

    /** The delimiters that are detected, in order of preference when the header holds as many of each. */
    public static final String DETECTED_DELIMITERS = ",;\t";

    public CsvOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r'
                || Character.isLetterOrDigit(delimiter) || delimiter == '.' || delimiter == '-')) {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate values; use , ; or a tab");
        }
        inputColumns = inputColumns == null ? List.of() : List.copyOf(inputColumns);
        if (decimalMark != null && decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark is '.' or ',', not '" + decimalMark + "'");
        }
        if (decimalMark != null && delimiter != null && decimalMark.equals(delimiter)) {
            throw new IllegalArgumentException("'" + delimiter + "' cannot be both the delimiter and the decimal mark");
        }
        if (targetColumn != null && inputColumns.contains(targetColumn.strip())) {
            throw new IllegalArgumentException("the target '" + targetColumn + "' cannot also be an input");
        }
    }

    /** Options with every column but the target as inputs and a detected decimal mark. */
    public CsvOptions(String targetColumn, boolean targetIsClasses, Character delimiter) {
        this(targetColumn, targetIsClasses, delimiter, List.of(), null);
    }

    /** Options with a detected delimiter. */
    public CsvOptions(String targetColumn, boolean targetIsClasses) {
        this(targetColumn, targetIsClasses, null);
    }

    /** The last column is the target; numbers mean regression, text means classes; the delimiter is detected. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, false, null);
    }

    /** The same options with the target in the column with this header. */
    public CsvOptions withTarget(String column) {
        return new CsvOptions(column, targetIsClasses, delimiter, inputColumns, decimalMark);
    }

    /** The same options, reading the target values as class names. */
    public CsvOptions withTargetAsClasses() {
        return withTargetAsClasses(true);
    }

    /** The same options, reading the target values as class names or not. */
    public CsvOptions withTargetAsClasses(boolean classes) {
        return new CsvOptions(targetColumn, classes, delimiter, inputColumns, decimalMark);
    }

    /** The same options with this delimiter ({@code null}: detect it). */
    public CsvOptions withDelimiter(Character c) {
        return new CsvOptions(targetColumn, targetIsClasses, c, inputColumns, decimalMark);
    }

    /** The same options with these input columns (empty: every column but the target). */
    public CsvOptions withInputs(List<String> columns) {
        return new CsvOptions(targetColumn, targetIsClasses, delimiter, columns, decimalMark);
    }

    /** The same options with this decimal mark ({@code null}: a comma is accepted unless it is the delimiter). */
    public CsvOptions withDecimalMark(Character mark) {
        return new CsvOptions(targetColumn, targetIsClasses, delimiter, inputColumns, mark);
    }
}
