package org.mlpsandbox.engine.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loss history as CSV: a header {@code epoch,step,train_loss,test_loss,accuracy} and one row per
 * {@link HistoryRow}. Numbers are written exactly (Java's shortest round-trip form); a value that does not apply
 * (no test set, regression accuracy) is left empty.
 */
public final class HistoryCsv {

    public static final String HEADER = "epoch,step,train_loss,test_loss,accuracy";

    private HistoryCsv() {
    }

    /** The CSV text, lines ending in {@code \n}. */
    public static String format(List<HistoryRow> rows) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (HistoryRow r : rows) {
            b.append(r.epoch()).append(',').append(r.step()).append(',');
            number(b, r.trainLoss()).append(',');
            number(b, r.testLoss()).append(',');
            number(b, r.accuracy()).append('\n');
        }
        return b.toString();
    }

    /** Writes the CSV to {@code file}, atomically. */
    public static void write(Path file, List<HistoryRow> rows) throws IOException {
        AtomicFiles.writeString(file, format(rows));
    }

    private static StringBuilder number(StringBuilder b, double v) {
        return Double.isFinite(v) ? b.append(v) : b;
    }
}
