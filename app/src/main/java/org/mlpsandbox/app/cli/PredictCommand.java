package org.mlpsandbox.app.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.mlpsandbox.engine.data.CsvImport;
import org.mlpsandbox.engine.io.Experiment;
import org.mlpsandbox.engine.math.Vectors;
import org.mlpsandbox.engine.net.Network;
import org.mlpsandbox.engine.plugin.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code predict MODEL SAMPLE…} or {@code predict MODEL --input FILE.csv}: the network's outputs, one CSV line per
 * sample, after a header; for a classifier also the class.
 */
@Command(name = "predict", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        abbreviateSynopsis = true,
        description = {"Prints a saved model's outputs for samples given as arguments or in a CSV file: one line "
                + "per sample (CSV, after a header line), for a classifier followed by the class (by the training file's own "
                + "label). Inputs are scaled as in training when the model was trained with --normalize.",
            "--input reads a CSV file with an optional header row; if its rows have one value more than the model "
                    + "has inputs, that column is the target (the model's --target column, or the last one) and is "
                    + "ignored, so the training file itself can be given."},
        footerHeading = "%nExamples:%n",
        footer = {"  predict model.json 0.5,-1.2 3,4", "  predict model.json --input points.csv"})
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "An experiment file written by train --save.")
    Path model;

    @Parameters(index = "1..*", paramLabel = "SAMPLE", arity = "0..*",
            description = "One sample: its input values separated by commas, e.g. 0.5,-1.2.")
    List<String> samples = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FILE", description = "Read the samples from a CSV file.")
    Path input;

    @Mixin
    PluginOptions pluginOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (samples.isEmpty() && input == null) {
            throw new ParameterException(spec.commandLine(), "give samples, e.g. 0.5,-1.2, or --input FILE.csv");
        }
        PluginRegistry plugins = pluginOptions.registry();
        SavedModel opened = SavedModel.open(model, plugins);
        Network network = opened.network();
        int inputs = network.inputs();
        List<double[]> rows = new ArrayList<>();
        for (String sample : samples) {
            rows.add(parseSample(sample, inputs));
        }
        if (input != null) {
            rows.addAll(readCsv(input, inputs, opened.experiment()));
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean classifier = Outputs.classifies(opened.experiment(), plugins);
        int outputs = network.outputs();
        out.println(header(outputs, classifier));
        double[] x = new double[rows.size() * inputs];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, x, r * inputs, inputs);
        }
        opened.experiment().data().normalization().applyInPlace(x, inputs);
        double[] y = rows.isEmpty() ? new double[0] : network.predict(x, rows.size());
        List<String> labels = opened.experiment().data().labels();
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < outputs; c++) {
                line.append(c == 0 ? "" : ",").append(y[r * outputs + c]);
            }
            if (classifier) {
                int c = Vectors.classOf(y, r * outputs, outputs);
                line.append(',').append(c < labels.size() ? labels.get(c) : String.valueOf(c));
            }
            out.println(line);
        }
        out.flush();
        return 0;
    }

    private static String header(int outputs, boolean classifier) {
        List<String> names = new ArrayList<>();
        if (outputs == 1) {
            names.add("output");
        } else {
            for (int c = 0; c < outputs; c++) {
                names.add("output" + c);
            }
        }
        if (classifier) {
            names.add("class");
        }
        return String.join(",", names);
    }

    private double[] parseSample(String text, int inputs) {
        String[] parts = text.split(",", -1);
        if (parts.length != inputs) {
            throw new ParameterException(spec.commandLine(), "sample '" + text + "' has " + parts.length
                    + " value(s), but the model takes " + inputs + " inputs; write them separated by commas, e.g. "
                    + example(inputs));
        }
        double[] values = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "sample '" + text + "': '" + parts[i].strip()
                        + "' is not a number; write the inputs separated by commas, e.g. " + example(inputs));
            }
            if (!Double.isFinite(values[i])) {
                throw new ParameterException(spec.commandLine(), "sample '" + text + "': inputs must be finite");
            }
        }
        return values;
    }

    private static String example(int inputs) {
        String[] xs = new String[inputs];
        Arrays.fill(xs, "0.5");
        return String.join(",", xs);
    }

    /** Reads the samples of a CSV file; see the command's description for the rules. */
    static List<double[]> readCsv(Path file, int inputs, Experiment experiment) throws IOException {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        char[] delimiter = new char[1];
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class)
                     .with(CsvSchema.emptySchema().withColumnSeparator(delimiter(reader, delimiter)))
                     .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.TRIM_SPACES)
                     .readValues(reader)) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (delimiter[0] != ',') { // a decimal comma, as with the training file (CsvImport)
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = cells[c] != null && DECIMAL_COMMA.matcher(cells[c].strip()).matches()
                                ? cells[c].replace(',', '.') : cells[c];
                    }
                }
                records.add(cells);
                lines.add(line);
            }
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(file + ": no such file", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CommandFailedException(file + ": not a CSV file: " + e.getOriginalMessage(), e);
        }
        if (records.isEmpty()) {
            throw new CommandFailedException(file + " holds no samples");
        }
        String[] first = records.get(0);
        boolean header = Arrays.stream(first).anyMatch(c -> !isNumber(c));
        int width = first.length;
        int skip = -1;
        if (width == inputs + 1) {
            String target = experiment.data().target();
            skip = header && target != null && Arrays.asList(first).contains(target)
                    ? Arrays.asList(first).indexOf(target) : width - 1;
        } else if (width != inputs) {
            throw new CommandFailedException(file + " line " + lines.get(0) + ": " + width + " columns, but the model "
                    + "takes " + inputs + " inputs (plus, optionally, one target column that is ignored)");
        }
        List<double[]> rows = new ArrayList<>();
        for (int r = header ? 1 : 0; r < records.size(); r++) {
            String[] cells = records.get(r);
            if (cells.length != width) {
                throw new CommandFailedException(file + " line " + lines.get(r) + ": " + cells.length
                        + " values, but the first line has " + width);
            }
            double[] values = new double[inputs];
            int k = 0;
            for (int c = 0; c < width; c++) {
                if (c == skip) {
                    continue;
                }
                if (!isNumber(cells[c])) {
                    throw new CommandFailedException(file + " line " + lines.get(r) + ", column " + (c + 1) + ": '"
                            + cells[c] + "' is not a number");
                }
                values[k++] = Double.parseDouble(cells[c].strip());
            }
            rows.add(values);
        }
        return rows;
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");

    /** The file's delimiter as {@link CsvImport} detects it, also kept in {@code found[0]}. */
    private static char delimiter(BufferedReader reader, char[] found) throws IOException {
        found[0] = CsvImport.detectDelimiter(reader);
        return found[0];
    }

    private static boolean isNumber(String s) {
        if (s == null) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(s.strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
