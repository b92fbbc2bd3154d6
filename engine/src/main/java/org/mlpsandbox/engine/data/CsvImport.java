package org.mlpsandbox.engine.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mlpsandbox.engine.limits.Excerpt;
import org.mlpsandbox.engine.limits.MemoryBudget;
import org.mlpsandbox.engine.limits.NotEnoughMemoryException;

/**
 * Reads a dataset from a CSV file (UTF-8, quotes allowed; values separated by commas, semicolons or tabs).
 *
 * <p>The rules:
 * <ul>
 *   <li>The first line is a header naming every column; names must be unique and not empty.</li>
 *   <li>The target is the last column, or the column named in {@link CsvOptions#targetColumn()}; the inputs are
 *       the columns named in {@link CsvOptions#inputColumns()}, or every other column, and must hold numbers; other
 *       columns are skipped.</li>
 *   <li>A target column of numbers is a regression target. A target column of text holds class names: two classes
 *       become one 0/1 column, three or more become one-hot columns. Classes are numbered in their natural order:
 *       numbers numerically, names alphabetically (numbers before names), so labels 0 and 1 stay classes 0 and 1
 *       whichever comes first in the file.
 *       {@link CsvOptions#targetIsClasses()} reads numbers as class names too (e.g. labels 0, 1, 2).</li>
 *   <li>The delimiter is {@link CsvOptions#delimiter()}, or else the one of {@code , ; tab} that the header line holds
 *       most often. With a semicolon or tab, numbers may have a decimal comma ({@code 1,5;2,0;a}).</li>
 *   <li>Spaces around values are ignored; blank lines (and lines of empty cells) are skipped.</li>
 *   <li>Every row has as many values as the header; no value may be missing.</li>
 * </ul>
 * Problems are reported as a {@link DataFileException} naming the file, the line and the column, e.g.
 * {@code iris.csv line 17, column 'petal_width': 'abc' is not a number}.
 */
public final class CsvImport {

    /** The most classes a target column may hold. */
    public static final int MAX_CLASSES = 1000;

    /**
     * Memory per byte of a CSV file once loaded, at most: a value takes at least two characters ("0,") and becomes a
     * double of 8 bytes, twice over (the table, and the copy a split makes).
     */
    static final long LOADED_BYTES_PER_BYTE = 2 * (Double.BYTES / 2);

    static final CsvFactory FACTORY = CsvFactory.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** How far ahead the header line is looked for when detecting the delimiter. */
    private static final int DETECTION_WINDOW = 1 << 16;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");

    private CsvImport() {
    }

    /** Reads {@code file} with the {@linkplain CsvOptions#defaults() default options}. */
    public static CsvDataset read(Path file) throws IOException {
        return read(file, CsvOptions.defaults());
    }

    /**
     * Reads {@code file} as UTF-8. The dataset is named after the file.
     *
     * @throws DataFileException when the content is not a table of numbers as described above
     * @throws IOException       when the file cannot be read
     */
    public static CsvDataset read(Path file, CsvOptions options) throws IOException {
        String fileName = file.getFileName().toString();
        try {
            MemoryBudget.ofRuntime().require(MemoryBudget.times(Files.size(file), LOADED_BYTES_PER_BYTE), fileName);
        } catch (NotEnoughMemoryException e) {
            throw new DataFileException(e.getMessage(), e);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, fileName, options);
        } catch (CharacterCodingException e) {
            throw new DataFileException(fileName + " is not UTF-8 text", e);
        }
    }

    /**
     * Reads CSV text from {@code reader}, which is closed afterwards.
     *
     * @param fileName names the data in the dataset and in error messages
     * @throws DataFileException when the content is not a table of numbers as described above
     */
    public static CsvDataset read(Reader reader, String fileName, CsvOptions options) throws IOException {
        BufferedReader text = new BufferedReader(withoutByteOrderMark(reader));
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
        try (CsvParser parser = FACTORY.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
            boolean decimalComma = options.decimalMark() == null ? delimiter != ',' : options.decimalMark() == ',';
            if (decimalComma && delimiter == ',') {
                throw new DataFileException(fileName + ": the comma cannot be both the delimiter and the decimal mark");
            }
            return new TableReader(parser, fileName, options, decimalComma).read();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String line = where == null || where.getLineNr() < 1 ? "" : " line " + where.getLineNr();
            throw new DataFileException(fileName + line + ": " + Excerpt.of(e.getOriginalMessage()), e);
        }
    }

    /**
     * The one of {@link CsvOptions#DETECTED_DELIMITERS} that the first non-blank line holds most often (outside
     * quotes); a comma when it holds none. Leaves {@code text} where it was.
     */
    public static char detectDelimiter(BufferedReader text) throws IOException {
        text.mark(DETECTION_WINDOW);
        char[] window = new char[DETECTION_WINDOW];
        int n = 0;
        for (int r; n < window.length && (r = text.read(window, n, window.length - n)) > 0; ) {
            n += r;
        }
        text.reset();
        String line = null;
        for (String candidate : new String(window, 0, n).split("\\R", -1)) {
            if (!candidate.isBlank()) {
                line = candidate;
                break;
            }
        }
        if (line == null) {
            return ',';
        }
        int[] counts = new int[CsvOptions.DETECTED_DELIMITERS.length()];
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            quoted ^= c == '"';
            int which = CsvOptions.DETECTED_DELIMITERS.indexOf(c);
            if (!quoted && which >= 0) {
                counts[which]++;
            }
        }
        int best = 0;
        for (int d = 1; d < counts.length; d++) {
            best = counts[d] > counts[best] ? d : best;
        }
        return CsvOptions.DETECTED_DELIMITERS.charAt(best);
    }

    /** The text of {@code reader} without the byte order mark that some editors write first. */
    static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    /** One non-blank CSV record: its first line in the file and its values, stripped of surrounding spaces. */
    private record Row(int line, List<String> cells) {
    }

    /** Reads one file; holds the rows read so far. */
    private static final class TableReader {

        private final CsvParser parser;
        private final String fileName;
        private final CsvOptions options;
        private final boolean decimalComma;
        private List<String> names;
        private int target;
        /** The columns read as inputs, in file order. */
        private int[] inputs;
        private double[] x = new double[256];
        private String[] targets = new String[64];
        private int[] lines = new int[64];
        private int rows;

        TableReader(CsvParser parser, String fileName, CsvOptions options, boolean decimalComma) {
            this.parser = parser;
            this.fileName = fileName;
            this.options = options;
            this.decimalComma = decimalComma;
        }

        CsvDataset read() throws IOException {
            Row header = nextRow();
            if (header == null) {
                throw new DataFileException(fileName + " is empty");
            }
            names = headerNames(header);
            target = targetIndex();
            inputs = inputIndices();
            for (Row row = nextRow(); row != null; row = nextRow()) {
                add(row);
            }
            if (rows == 0) {
                throw new DataFileException(fileName + " has a header but no data rows");
            }
            List<String> inputNames = Arrays.stream(inputs).mapToObj(names::get).toList();
            String targetName = names.get(target);
            int inputCount = inputs.length;
            double[] inputs = Arrays.copyOf(x, rows * inputCount);
            double[] numbers = options.targetIsClasses() ? null : numericTarget();
            if (numbers != null) {
                return new CsvDataset(new Dataset(fileName, inputCount, 1, 0, inputs, numbers), inputNames,
                        targetName, List.of());
            }
            List<String> classNames = classNames();
            return new CsvDataset(new Dataset(fileName, inputCount, classNames.size() == 2 ? 1 : classNames.size(),
                    classNames.size(), inputs, encode(classNames)), inputNames, targetName, classNames);
        }

        private Row nextRow() throws IOException {
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText().strip());
                }
                if (!cells.stream().allMatch(String::isEmpty)) {
                    return new Row(line, cells);
                }
            }
            return null;
        }

        private List<String> headerNames(Row header) throws DataFileException {
            List<String> cells = header.cells();
            if (cells.stream().allMatch(cell -> cell.isEmpty() || parseNumber(cell) != null)) {
                throw new DataFileException(fileName + " line " + header.line() + " holds numbers, not column "
                        + "names: the first line must be a header row naming the columns (e.g. x1,x2,label)");
            }
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isEmpty()) {
                    throw new DataFileException(fileName + " line " + header.line() + ": column " + (c + 1)
                            + " has no name in the header");
                }
                if (cells.indexOf(cells.get(c)) != c) {
                    throw new DataFileException(fileName + " line " + header.line() + ": the header names column '"
                            + Excerpt.of(cells.get(c)) + "' twice");
                }
            }
            if (cells.size() < 2) {
                throw new DataFileException(fileName + " has only one column ('" + Excerpt.of(cells.get(0))
                        + "'); it needs at least one input column and a target column");
            }
            return cells;
        }

        private int targetIndex() throws DataFileException {
            if (options.targetColumn() == null) {
                return names.size() - 1;
            }
            int index = names.indexOf(options.targetColumn().strip());
            if (index < 0) {
                throw new DataFileException(fileName + " has no column '" + Excerpt.of(options.targetColumn())
                        + "'; its columns are: " + Excerpt.of(String.join(", ", names)));
            }
            return index;
        }

        private int[] inputIndices() throws DataFileException {
            if (options.inputColumns().isEmpty()) {
                int[] all = new int[names.size() - 1];
                for (int c = 0, k = 0; c < names.size(); c++) {
                    if (c != target) {
                        all[k++] = c;
                    }
                }
                return all;
            }
            boolean[] chosen = new boolean[names.size()];
            for (String column : options.inputColumns()) {
                int index = names.indexOf(column.strip());
                if (index < 0) {
                    throw new DataFileException(fileName + " has no input column '" + Excerpt.of(column)
                            + "'; its columns are: " + Excerpt.of(String.join(", ", names)));
                }
                if (index == target) {
                    throw new DataFileException(fileName + ": '" + Excerpt.of(column)
                            + "' is the target, so it cannot also be an input");
                }
                chosen[index] = true;
            }
            int[] picked = new int[options.inputColumns().size()];
            int k = 0;
            for (int c = 0; c < chosen.length; c++) {
                if (chosen[c]) {
                    picked[k++] = c;
                }
            }
            return Arrays.copyOf(picked, k);
        }

        private void add(Row row) throws DataFileException {
            int width = names.size();
            if (row.cells().size() != width) {
                throw new DataFileException(fileName + " line " + row.line() + ": " + row.cells().size()
                        + " values, but the header names " + width + " columns");
            }
            int inputCount = inputs.length;
            if (x.length < (rows + 1) * inputCount) {
                x = Arrays.copyOf(x, Math.max(2 * x.length, (rows + 1) * inputCount));
            }
            if (rows == targets.length) {
                targets = Arrays.copyOf(targets, 2 * rows);
                lines = Arrays.copyOf(lines, 2 * rows);
            }
            int k = rows * inputCount;
            String label = row.cells().get(target);
            if (label.isEmpty()) {
                throw new DataFileException(where(row.line(), target) + "missing value");
            }
            targets[rows] = label;
            for (int c : inputs) {
                String cell = row.cells().get(c);
                if (cell.isEmpty()) {
                    throw new DataFileException(where(row.line(), c) + "missing value");
                }
                x[k++] = number(cell, row.line(), c);
            }
            lines[rows] = row.line();
            rows++;
        }

        private double number(String cell, int line, int column) throws DataFileException {
            Double value = parseNumber(cell);
            if (value == null) {
                throw new DataFileException(where(line, column) + "'" + Excerpt.of(cell) + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw new DataFileException(where(line, column) + "'" + Excerpt.of(cell) + "' is not a finite number");
            }
            return value;
        }

        /** The target as numbers, or {@code null} when it holds text only (class names). */
        private double[] numericTarget() throws DataFileException {
            double[] y = new double[rows];
            int firstText = -1;
            boolean anyNumber = false;
            for (int i = 0; i < rows; i++) {
                Double value = parseNumber(targets[i]);
                if (value == null || !Double.isFinite(value)) {
                    firstText = firstText < 0 ? i : firstText;
                } else {
                    y[i] = value;
                    anyNumber = true;
                }
            }
            if (firstText < 0) {
                return y;
            }
            if (anyNumber) {
                throw new DataFileException(where(lines[firstText], target) + "'" + Excerpt.of(targets[firstText])
                        + "' is not a number, but other rows hold numbers (to use the values as class names,"
                        + " read the target as classes)");
            }
            return null;
        }

        private List<String> classNames() throws DataFileException {
            LinkedHashSet<String> classes = new LinkedHashSet<>();
            for (int i = 0; i < rows; i++) {
                classes.add(targets[i]);
                if (classes.size() > MAX_CLASSES) {
                    throw new DataFileException(where(lines[i], target) + "more than " + MAX_CLASSES
                            + " different classes; is this column really a class label?");
                }
            }
            if (classes.size() < 2) {
                throw new DataFileException(fileName + ", column '" + Excerpt.of(names.get(target)) + "': every row has the "
                        + "class '" + Excerpt.of(targets[0]) + "'; a classifier needs at least two classes");
            }
            Map<String, Double> values = new HashMap<>();
            for (String name : classes) {
                Double value = parseNumber(name);
                values.put(name, value == null ? Double.NaN : value);
            }
            Comparator<String> numbersFirst = Comparator.comparing(name -> Double.isNaN(values.get(name)));
            return classes.stream()
                    .sorted(numbersFirst.thenComparing(values::get)
                            .thenComparing(String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }

        /** Two classes: one 0/1 column; more: one-hot columns. */
        private double[] encode(List<String> classNames) {
            Map<String, Integer> index = new HashMap<>();
            classNames.forEach(name -> index.put(name, index.size()));
            int columns = classNames.size() == 2 ? 1 : classNames.size();
            double[] y = new double[rows * columns];
            for (int i = 0; i < rows; i++) {
                int label = index.get(targets[i]);
                if (columns == 1) {
                    y[i] = label;
                } else {
                    y[i * columns + label] = 1;
                }
            }
            return y;
        }

        private String where(int line, int column) {
            return fileName + " line " + line + ", column '" + Excerpt.of(names.get(column)) + "': ";
        }

        /** The number a cell holds, or {@code null}; with a delimiter other than the comma, "1,5" is 1.5. */
        private Double parseNumber(String text) {
            if (decimalComma && text.indexOf(',') >= 0 && DECIMAL_COMMA.matcher(text).matches()) {
                text = text.replace(',', '.');
            }
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
