package org.mlpsandbox.engine.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpsandbox.engine.limits.Excerpt;

/** The first lines of a CSV file as text, cell by cell, for an import dialog to show before the file is read. */
public final class CsvPreview {

    private CsvPreview() {
    }

    /**
     * The header and at most {@code rows} rows of {@code file}, cell by cell as written (for a preview), read with
     * {@code delimiter} or a detected one.
     *
     * @throws DataFileException when the file is not CSV text
     */
    public static List<List<String>> read(Path file, Character delimiter, int rows) throws IOException {
        String fileName = file.getFileName().toString();
        try (BufferedReader text = new BufferedReader(CsvImport.withoutByteOrderMark(
                Files.newBufferedReader(file, StandardCharsets.UTF_8)))) {
            char d = delimiter != null ? delimiter : CsvImport.detectDelimiter(text);
            List<List<String>> table = new ArrayList<>();
            try (CsvParser parser = CsvImport.FACTORY.createParser(text)) {
                parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(d));
                while (table.size() <= rows && parser.nextToken() == JsonToken.START_ARRAY) {
                    List<String> cells = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        cells.add(parser.getText().strip());
                    }
                    if (!cells.stream().allMatch(String::isEmpty)) {
                        table.add(cells);
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                String line = where == null || where.getLineNr() < 1 ? "" : " line " + where.getLineNr();
                throw new DataFileException(fileName + line + ": " + Excerpt.of(e.getOriginalMessage()), e);
            }
            return table;
        } catch (CharacterCodingException e) {
            throw new DataFileException(fileName + " is not UTF-8 text", e);
        }
    }
}
