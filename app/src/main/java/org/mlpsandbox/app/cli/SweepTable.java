package org.mlpsandbox.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mlpsandbox.engine.io.AtomicFiles;

/** A sweep's runs as a table: printed aligned, or written as CSV or JSON (by the file's extension). */
final class SweepTable {

    private SweepTable() {
    }

    /** The header: rank, the grid's keys, then the results. */
    private static List<String> header(List<SweepResult> results) {
        List<String> h = new ArrayList<>(List.of("rank"));
        h.addAll(results.get(0).point().keySet());
        h.addAll(List.of("test_accuracy", "test_loss", "train_loss", "parameters", "epochs", "seconds", "failure"));
        return h;
    }

    private static List<String> row(int rank, SweepResult r) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(rank)));
        cells.addAll(r.point().values());
        cells.addAll(List.of(Text.percent(r.testAccuracy()), Text.loss(r.testLoss()), Text.loss(r.trainLoss()),
                String.valueOf(r.parameters()), String.valueOf(r.epochs()),
                String.format(Locale.ROOT, "%.2f", r.seconds()), r.failure()));
        return cells;
    }

    /** Aligned columns, best run first. */
    static void print(PrintWriter out, List<SweepResult> results) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header(results));
        for (int i = 0; i < results.size(); i++) {
            rows.add(row(i + 1, results.get(i)));
        }
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == 0 ? "" : "  ").append(String.format("%-" + width[c] + "s", row.get(c)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Writes {@code file} as CSV or JSON (an array of objects), atomically. */
    static void write(Path file, List<SweepResult> results) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        AtomicFiles.writeString(file, name.endsWith(".json") ? json(results) : csv(results));
    }

    private static String csv(List<SweepResult> results) {
        StringBuilder b = new StringBuilder(String.join(",", header(results))).append('\n');
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(i + 1)));
            cells.addAll(r.point().values());
            cells.addAll(List.of(number(r.testAccuracy()), number(r.testLoss()), number(r.trainLoss()),
                    String.valueOf(r.parameters()), String.valueOf(r.epochs()), number(r.seconds()), r.failure()));
            b.append(String.join(",", cells.stream().map(SweepTable::quoted).toList())).append('\n');
        }
        return b.toString();
    }

    private static String json(List<SweepResult> results) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartArray();
            for (int i = 0; i < results.size(); i++) {
                SweepResult r = results.get(i);
                g.writeStartObject();
                g.writeNumberField("rank", i + 1);
                for (var e : r.point().entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                numberOrNull(g, "test_accuracy", r.testAccuracy());
                numberOrNull(g, "test_loss", r.testLoss());
                numberOrNull(g, "train_loss", r.trainLoss());
                g.writeNumberField("parameters", r.parameters());
                g.writeNumberField("epochs", r.epochs());
                g.writeNumberField("seconds", r.seconds());
                g.writeStringField("failure", r.failure());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return text + "\n";
    }

    private static void numberOrNull(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumberField(field, v);
        } else {
            g.writeNullField(field);
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
    private static String quoted(String cell) {
        return cell.matches("[^,\"\\r\\n]*") ? cell : "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
