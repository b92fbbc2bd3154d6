package org.mlpsandbox.engine.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
            return new CsvTableReader(parser, fileName, options, decimalComma).read();
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
}
