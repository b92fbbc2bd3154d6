package org.mlpsandbox.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.io.ExperimentFiles;
import org.mlpsandbox.engine.plugin.PluginRegistry;

/**
 * {@code --inputs} and {@code --decimal-mark}: the choices of the app's CSV dialog on the command line. The chosen
 * columns become the network's inputs and are saved with the model; bad values get a one-line message naming the
 * option.
 */
class CsvColumnsOptionsTest {

    @TempDir
    Path dir;

    /** id;x1;label;x2;note with decimal commas: id and note are not inputs a user wants. */
    private Path european() throws Exception {
        StringBuilder text = new StringBuilder("id;x1;label;x2;note\n");
        for (int i = 0; i < 80; i++) {
            double x1 = (i % 9 - 4) * 0.5;
            double x2 = (i % 7 - 3) * 0.5;
            text.append(i).append(';').append(String.format(Locale.ROOT, "%.2f", x1).replace('.', ','))
                    .append(';').append(x1 + x2 > 0 ? 1 : 0).append(';')
                    .append(String.format(Locale.ROOT, "%.2f", x2).replace('.', ',')).append(";n").append(i % 3)
                    .append('\n');
        }
        return Files.writeString(dir.resolve("eu.csv"), text);
    }

    private String err(String... args) {
        Cli.Result r = Cli.run(args);
        assertNotEquals(0, r.exitCode(), r.toString());
        String message = r.err().strip();
        assertFalse(message.contains("\tat ") || message.contains("Exception"), "no stack trace:\n" + message);
        return message;
    }

    @Test
    void theChosenInputsAreTheNetworksInputsAndAreSavedWithTheModel() throws Exception {
        Path csv = european();
        Path model = dir.resolve("m.json");
        String out = Cli.run("train", "--data", csv.toString(), "--target", "label", "--classes", "--inputs",
                "x1, x2", "--decimal-mark", ",", "--epochs", "5", "--save", model.toString()).expect(0).out();
        assertTrue(out.contains("inputs x1, x2, decimal mark ','"), "the summary says how the file was read:\n" + out);
        Experiment e = ExperimentFiles.load(model, PluginRegistry.builtIn());
        assertEquals(2, e.network().inputs(), "x1 and x2 only");
        assertEquals(List.of("x1", "x2"), e.data().inputs());
        assertEquals(',', (char) e.data().decimalMark());
        assertEquals("label", e.data().target());
        Cli.run("eval", model.toString()).expect(0); // the saved spec reads the file the same way again
    }

    @Test
    void withoutInputsTheTextColumnStopsTheRunWithTheFilesOwnMessage() throws Exception {
        String message = err("train", "--data", european().toString(), "--target", "label", "--classes",
                "--epochs", "1", "-q");
        assertTrue(message.contains("note") && message.contains("is not a number"), message);
    }

    @Test
    void theDecimalMarkDecidesHowNumbersAreRead() throws Exception {
        String message = err("train", "--data", european().toString(), "--target", "label", "--classes",
                "--inputs", "x1,x2", "--decimal-mark", ".", "--epochs", "1", "-q");
        assertTrue(message.contains("column 'x1'") && message.contains("is not a number"),
                "with a decimal point, 0,50 is no number: " + message);
    }

    @Test
    void badValuesGetOneLineNamingTheOption() throws Exception {
        String csv = european().toString();
        assertTrue(err("train", "--data", csv, "--decimal-mark", "x").contains("--decimal-mark must be . or ,"));
        assertTrue(err("train", "--data", csv, "--delimiter", ",", "--decimal-mark", ",")
                .contains("--decimal-mark: ',' cannot be both the delimiter and the decimal mark"));
        assertTrue(err("train", "--data", csv, "--inputs", "x1,,x2").contains("--inputs: a column name is empty"));
        assertTrue(err("train", "--data", csv, "--inputs", "x1,x1").contains("--inputs names 'x1' twice"));
        assertTrue(err("train", "--data", csv, "--target", "label", "--inputs", "x1,label")
                .contains("'label' is the --target"));
        String unknown = err("train", "--data", csv, "--inputs", "x1,nope");
        assertTrue(unknown.contains("no input column 'nope'") && unknown.contains("x1, label, x2"), unknown);
        assertTrue(err("train", "--data", "circle", "--inputs", "x1").contains("--inputs applies to CSV files only"));
        assertTrue(err("train", "--data", "circle", "--decimal-mark", ",")
                .contains("--decimal-mark applies to CSV files only"));
    }
}
