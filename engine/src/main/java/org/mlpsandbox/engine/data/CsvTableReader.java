package org.mlpsandbox.engine.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mlpsandbox.engine.limits.Excerpt;

/**
 * Reads the table of one CSV file for {@link CsvImport}: the header, the chosen target and input columns, the rows,
 * and the target as numbers or as classes in their natural order. Holds the rows read so far.
 */
final class CsvTableReader {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");

    /** One non-blank CSV record: its first line in the file and its values, stripped of surrounding spaces. */
    private record Row(int line, List<String> cells) {
    }

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

    CsvTableReader(CsvParser parser, String fileName, CsvOptions options, boolean decimalComma) {
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
            if (classes.size() > CsvImport.MAX_CLASSES) {
                throw new DataFileException(where(lines[i], target) + "more than " + CsvImport.MAX_CLASSES
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
