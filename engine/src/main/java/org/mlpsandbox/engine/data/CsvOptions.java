package org.mlpsandbox.engine.data;

/**
 * How to read a CSV file: its target and the character between values.
 *
 * @param targetColumn    the header of the target column, or {@code null} for the last column
 * @param targetIsClasses read every target value as a class name, even when the values are numbers (e.g. 0, 1, 2);
 *                        otherwise a column of numbers is a regression target and a column of text holds class names
 * @param delimiter       the character between values ({@code ,} {@code ;} or tab, say), or {@code null} to take
 *                        the one of those three that the header line holds most often. With any delimiter but the
 *                        comma, numbers may be written with a decimal comma, as European spreadsheets write them
 *                        ({@code 1,5;2,0;a})
 */
public record CsvOptions(String targetColumn, boolean targetIsClasses, Character delimiter) {

    /** The delimiters that are detected, in order of preference when the header holds as many of each. */
    public static final String DETECTED_DELIMITERS = ",;\t";

    public CsvOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r'
                || Character.isLetterOrDigit(delimiter) || delimiter == '.' || delimiter == '-')) {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate values; use , ; or a tab");
        }
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
        return new CsvOptions(column, targetIsClasses, delimiter);
    }

    /** The same options, reading the target values as class names. */
    public CsvOptions withTargetAsClasses() {
        return new CsvOptions(targetColumn, true, delimiter);
    }

    /** The same options with this delimiter ({@code null}: detect it). */
    public CsvOptions withDelimiter(Character c) {
        return new CsvOptions(targetColumn, targetIsClasses, c);
    }
}
